import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humas_desktop.model import Block, ContactPerson, Photo, Quote, Release, Run, Status
from humas_desktop.model.interchange import InterchangeError, dumps, from_dict, loads, to_dict
from humas_desktop.model.release import BlockKind, new_release

texts = st.text()
runs = st.builds(Run, text=texts, bold=st.booleans(), italic=st.booleans())
blocks = st.builds(Block, runs=st.tuples(runs) | st.lists(runs, max_size=4).map(tuple),
                   kind=st.sampled_from(BlockKind))
stamps = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                      timezones=st.just(UTC))
releases = st.builds(
    Release,
    id=st.uuids().map(str),
    office=texts, title=texts, subtitle=texts, dateline_city=texts,
    release_date=st.none() | st.dates(min_value=date(1900, 1, 1)),
    number=texts,
    body=st.lists(blocks, max_size=5).map(tuple),
    quotes=st.lists(st.builds(Quote, texts, texts, texts), max_size=3).map(tuple),
    contacts=st.lists(st.builds(ContactPerson, texts, texts, texts, texts), max_size=2).map(tuple),
    about=texts,
    tags=st.lists(texts, max_size=4).map(tuple),
    category=texts,
    status=st.sampled_from(Status),
    photos=st.lists(st.builds(Photo, st.text("0123456789abcdef", min_size=64, max_size=64),
                              texts, texts, texts), max_size=3).map(tuple),
    created_at=stamps, updated_at=stamps,
    revision=st.integers(min_value=0, max_value=10**9),
    deleted=st.booleans(),
)


@settings(max_examples=200)
@given(releases)
def test_round_trip_is_lossless(release: Release) -> None:
    assert loads(dumps(release)) == release
    assert from_dict(json.loads(json.dumps(to_dict(release)))) == release


def test_missing_title_names_the_field() -> None:
    data = to_dict(new_release(title="x"))
    del data["title"]
    with pytest.raises(InterchangeError) as err:
        from_dict(data)
    assert err.value.field == "title"
    assert "title" in str(err.value)


def test_bad_nested_field_is_named() -> None:
    data = to_dict(new_release(title="x", body=(Block.plain("a"),)))
    data["body"][0]["runs"][0]["bold"] = "ya"
    with pytest.raises(InterchangeError) as err:
        from_dict(data)
    assert err.value.field == "body.0.runs.0.bold"


def test_unknown_status_rejected() -> None:
    data = to_dict(new_release(title="x"))
    data["status"] = "selesai"
    with pytest.raises(InterchangeError) as err:
        from_dict(data)
    assert err.value.field == "status"


def test_unknown_field_rejected() -> None:
    data = to_dict(new_release(title="x"))
    data["judul"] = "y"
    with pytest.raises(InterchangeError) as err:
        from_dict(data)
    assert err.value.field == "judul"


def test_not_json() -> None:
    with pytest.raises(InterchangeError, match="JSON"):
        loads("{not json")


def test_naive_timestamp_read_as_utc() -> None:
    data = to_dict(new_release(title="x"))
    data["created_at"] = "2024-03-01T10:00:00"
    assert from_dict(data).created_at == datetime(2024, 3, 1, 10, tzinfo=UTC)


def test_impossible_date_is_named() -> None:
    data = to_dict(new_release(title="x"))
    data["release_date"] = "2023-02-31"
    with pytest.raises(InterchangeError) as err:
        from_dict(data)
    assert err.value.field == "release_date"
