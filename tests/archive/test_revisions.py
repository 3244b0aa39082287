from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from humas_desktop.archive import Archive, NotFound
from humas_desktop.archive.thinning import RevisionStamp, revisions_to_keep
from humas_desktop.model.release import Block, ContactPerson
from humas_desktop.model.workflow import Status

from .conftest import FakeClock, make_release

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def stamps(*ages: timedelta, pinned: frozenset[int] = frozenset()) -> list[RevisionStamp]:
    """Revision n is ages[n-1] old; numbers grow with time (oldest first in `ages`)."""
    return [RevisionStamp(n, NOW - age, n in pinned) for n, age in enumerate(ages, 1)]


def test_policy_keeps_everything_from_the_last_ten_minutes() -> None:
    ages = [timedelta(minutes=m) for m in (9, 7, 5, 3, 1, 0)]
    assert revisions_to_keep(stamps(*ages), NOW) == {1, 2, 3, 4, 5, 6}


def test_policy_one_per_hour_within_a_day() -> None:
    ages = [timedelta(hours=3, minutes=50), timedelta(hours=3, minutes=20),  # 08:10, 08:40
            timedelta(hours=2, minutes=30), timedelta(hours=2, minutes=5),  # 09:30, 09:55
            timedelta(minutes=30), timedelta(minutes=2)]
    assert revisions_to_keep(stamps(*ages), NOW) == {2, 4, 5, 6}


def test_policy_one_per_day_within_a_month_then_one_per_week() -> None:
    ages = [
        timedelta(days=60, hours=5), timedelta(days=60, hours=1),  # same ISO week → keep newer
        timedelta(days=45),                                          # another week
        timedelta(days=10, hours=6), timedelta(days=10, hours=2),    # same day → keep newer
        timedelta(days=3), timedelta(hours=2), timedelta(seconds=5),
    ]
    assert revisions_to_keep(stamps(*ages), NOW) == {2, 3, 5, 6, 7, 8}


def test_policy_never_drops_newest_or_pinned() -> None:
    ages = [timedelta(days=400, hours=h) for h in (3, 2, 1)]  # one day, so one week
    assert revisions_to_keep(stamps(*ages), NOW) == {3}  # one week bucket: only the newest
    assert revisions_to_keep(stamps(*ages, pinned=frozenset({1})), NOW) == {1, 3}
    only_old = [RevisionStamp(1, NOW - timedelta(days=900))]
    assert revisions_to_keep(only_old, NOW) == {1}


def test_policy_applied_at_every_save_still_covers_every_day_and_week() -> None:
    """Thinning runs at each save on what earlier runs left; no period may end up empty."""
    ages = [timedelta(minutes=m) for m in range(0, 60 * 24 * 40, 7)]
    history = stamps(*reversed(ages))
    kept = {s.number for s in history}
    for hours in range(0, 24 * 60, 5):
        now = NOW + timedelta(hours=hours)
        kept = revisions_to_keep([s for s in history if s.number in kept], now)
    survivors = [s for s in history if s.number in kept]
    recent = {s.saved_at.date() for s in history if now - s.saved_at < timedelta(days=29)}
    assert recent <= {s.saved_at.date() for s in survivors}
    weeks = {s.saved_at.isocalendar()[:2] for s in history}
    assert weeks <= {s.saved_at.isocalendar()[:2] for s in survivors}
    assert len(kept) < 45  # from 8,229 autosaves


def test_autosave_history_is_thinned_with_injected_clock(archive: Archive,
                                                         clock: FakeClock) -> None:
    release = archive.save(make_release("Versi 0"))
    for i in range(1, 31):  # one autosave a minute for half an hour
        clock.advance(minutes=1)
        release = archive.save(release.edited(title=f"Versi {i}"))
    numbers = [r.number for r in archive.history(release.id)]
    assert numbers[0] == 31
    assert set(range(22, 32)) <= set(numbers)  # everything from the last 10 minutes
    assert len(numbers) == len(set(numbers)) < 31
    archive.pin(release.id, 22)
    clock.advance(days=3)
    release = archive.save(release.edited(title="Tiga hari kemudian"))
    history = archive.history(release.id)
    assert [r.number for r in history] == [32, 31, 22]
    assert [r.pinned for r in history] == [False, False, True]
    assert archive.revision(release.id, 22).title == "Versi 21"


def test_history_diff_restore(archive: Archive, clock: FakeClock) -> None:
    first = archive.save(make_release(
        "Bupati Tinjau Banjir", dateline_city="Meureudu",
        contacts=(ContactPerson("Rina", "Pranata Humas", "0812"),)))
    clock.advance(minutes=1)
    second = archive.save(first.edited(
        title="Bupati Tinjau Lokasi Banjir",
        body=(*first.body, Block.plain("Bantuan disalurkan hari ini."))))
    clock.advance(minutes=1)
    third = archive.save(second.edited(status=Status.REVIEW))
    history = archive.history(first.id)
    assert [(r.number, r.title) for r in history] == [
        (3, "Bupati Tinjau Lokasi Banjir"), (2, "Bupati Tinjau Lokasi Banjir"),
        (1, "Bupati Tinjau Banjir")]
    assert history[0].saved_at == clock.now and history[0].size > 100
    diff = archive.diff(first.id, 1, 2)
    assert "-Bupati Tinjau Banjir" in diff
    assert "+Bupati Tinjau Lokasi Banjir" in diff
    assert "+Bantuan disalurkan hari ini." in diff
    assert any(line.startswith(" MEUREUDU – ") for line in diff)
    assert not any("{" in line for line in diff)  # readable text, not JSON
    restored = archive.restore(first.id, 1)
    assert restored.revision == 4 and restored.title == "Bupati Tinjau Banjir"
    assert restored.status is Status.REVIEW  # restoring wording never bypasses the workflow
    assert archive.get(first.id).body == first.body
    assert third.revision == 3
    with pytest.raises(NotFound):
        archive.revision(first.id, 99)
    with pytest.raises(NotFound):
        archive.pin(first.id, 99)


def test_revision_snapshots_are_compressed(archive: Archive) -> None:
    long_body = "Pemerintah daerah terus meningkatkan pelayanan publik. " * 200
    release = archive.save(make_release(body=long_body))
    info = archive.history(release.id)[0]
    with archive._read() as session:
        stored = session.connection().exec_driver_sql(
            "SELECT length(data) FROM revisions").scalar()
    assert stored < info.size / 3
