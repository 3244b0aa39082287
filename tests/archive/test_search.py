from __future__ import annotations

from datetime import date

import pytest

from humas_desktop.archive import Archive, ListQuery
from humas_desktop.archive.search import match_expression
from humas_desktop.model.workflow import Status

from .conftest import FakeClock, make_release

HOSTILE = ['"', "'", "AND", "OR NOT", "NEAR(", "-", "pidie-jaya", "*", "stunt*", "a:b",
           "(kabupaten", "^judul", "café's \"", "  ", "\\", "'; DROP TABLE releases; --",
           "ÄÖÜ ß", "判决", "🙂", "title:jembatan", "x" * 500]


@pytest.mark.parametrize("text", HOSTILE)
def test_user_text_never_breaks_the_query(archive: Archive, text: str) -> None:
    archive.save(make_release("Kabupaten Pidie Jaya"))
    page = archive.list(ListQuery(text=text))
    assert page.total == archive.count(ListQuery(text=text))


def test_match_expression_quotes_words_and_prefixes_last() -> None:
    assert match_expression("bupati pidie") == '"bupati" "pidie"*'
    assert match_expression("bupati pidie ") == '"bupati" "pidie"'
    assert match_expression('"desa wisata" banjir') == '"desa wisata" "banjir"*'
    assert match_expression("AND") == '"AND"*'
    assert match_expression("pidie-jaya") == '"pidie" "jaya"*'
    assert match_expression("a") == '"a"'  # one letter: no prefix scan
    assert match_expression("*** ---") == ""


def test_diacritics_insensitive_both_ways(archive: Archive) -> None:
    cafe = archive.save(make_release("Peresmian Café Literasi di Meulaboh"))
    plain = archive.save(make_release("Kafe dan cafe baru di Kabupaten Pidie Jaya"))
    assert {i.id for i in archive.list(ListQuery(text="cafe ")).items} == {cafe.id, plain.id}
    assert {i.id for i in archive.list(ListQuery(text="café ")).items} == {cafe.id, plain.id}
    assert [i.id for i in archive.list(ListQuery(text="Literasi")).items] == [cafe.id]
    decomposed = "cafe\u0301 meulaboh"  # e + combining acute, as some keyboards type it
    assert [i.id for i in archive.list(ListQuery(text=decomposed)).items] == [cafe.id]


def test_prefix_search_as_you_type(archive: Archive) -> None:
    release = archive.save(make_release("Kabupaten Pidie Jaya Tangani Stunting"))
    for typed in ("ka", "kab", "kabup", "kabupaten pid", "stunt"):
        assert [i.id for i in archive.list(ListQuery(text=typed)).items] == [release.id], typed
    assert archive.list(ListQuery(text="kabupaten pid ")).total == 0  # finished word "pid"


def test_searches_body_quotes_and_tags(archive: Archive) -> None:
    release = archive.save(make_release(
        "Judul Biasa", body="Isi tentang posyandu keliling.",
        tags=("gizi buruk",)))
    for text in ("posyandu", "anak sekolah", "Aiyub", "gizi buruk"):
        assert archive.list(ListQuery(text=text)).total == 1, text
    snippet = archive.list(ListQuery(text="posyandu")).items[0].snippet
    assert "[posyandu]" in snippet and "\n" not in snippet
    assert release.id == archive.list(ListQuery(text="gizi")).items[0].id


def test_ranking_prefers_title_and_frequency(archive: Archive, clock: FakeClock) -> None:
    in_title = archive.save(make_release("Banjir Rendam Tiga Desa", body="Warga mengungsi."))
    clock.advance(minutes=1)
    in_body_once = archive.save(make_release("Rapat Anggaran", body="Dibahas pula banjir."))
    clock.advance(minutes=1)
    in_body_often = archive.save(make_release(
        "Laporan Bencana", body="Banjir datang. Banjir surut. Banjir lagi."))
    clock.advance(minutes=1)
    archive.save(make_release("Tidak Relevan", body="Tentang pertanian."))
    items = archive.list(ListQuery(text="banjir ")).items
    assert [i.id for i in items] == [in_title.id, in_body_often.id, in_body_once.id]
    by_update = archive.list(ListQuery(text="banjir ", sort="updated")).items
    assert [i.id for i in by_update] == [in_body_often.id, in_body_once.id, in_title.id]


def test_filters_combine_with_text_and_sort(archive: Archive, clock: FakeClock) -> None:
    def add(title: str, when: date, status: Status, category: str, tags: tuple[str, ...]):
        clock.advance(minutes=1)
        return archive.import_releases([make_release(title, release_date=when, status=status,
                                                     category=category, tags=tags)])[0]

    a = add("Stunting Turun di Gowa", date(2023, 1, 5), Status.PUBLISHED, "kesehatan",
            ("Stunting", "Gowa"))
    b = add("Stunting Jadi Prioritas", date(2023, 3, 1), Status.DRAFT, "kesehatan", ("stunting",))
    c = add("Stunting dan Air Bersih", date(2023, 6, 1), Status.PUBLISHED, "infrastruktur", ())
    d = add("Festival Budaya", date(2023, 2, 1), Status.PUBLISHED, "pariwisata", ("budaya",))

    def ids(**kw) -> list[str]:
        return [i.id for i in archive.list(ListQuery(**kw)).items]

    assert ids(text="stunting", status=Status.PUBLISHED, sort="date") == [c, a]
    assert ids(text="stunting", status=Status.PUBLISHED, sort="date", descending=False) == [a, c]
    assert ids(category="kesehatan", sort="date") == [b, a]
    assert ids(tag="STUNTING", sort="date") == [b, a]
    assert ids(date_from=date(2023, 2, 1), date_to=date(2023, 3, 1), sort="date") == [b, d]
    assert ids(sort="title", descending=False) == [d, b, a, c]  # binary order: "T" < "d"
    assert ids(status=Status.PUBLISHED) == [d, c, a]  # most recently updated first
    assert archive.count(ListQuery(text="stunting", category="kesehatan")) == 2
    item = archive.list(ListQuery(tag="gowa")).items[0]
    assert (item.tags, item.category, item.status) == (("Stunting", "Gowa"), "kesehatan",
                                                        Status.PUBLISHED)
    with pytest.raises(ValueError):
        archive.list(ListQuery(sort="size"))


def test_paging_is_stable_and_complete(archive: Archive) -> None:
    ids = archive.import_releases([make_release(f"Rilis Rapat nomor {i}") for i in range(125)])
    seen: list[str] = []
    for offset in range(0, 125, 50):
        page = archive.list(ListQuery(offset=offset, limit=50, sort="title", descending=False))
        assert page.total == 125 and page.offset == offset
        seen += [i.id for i in page.items]
    assert sorted(seen) == sorted(ids) and len(set(seen)) == 125
    text_pages = [archive.list(ListQuery(text="rapat", offset=o, limit=40))
                  for o in (0, 40, 80, 120)]
    assert [len(p.items) for p in text_pages] == [40, 40, 40, 5]
    assert all(p.total == 125 for p in text_pages)
    assert len({i.id for p in text_pages for i in p.items}) == 125


def test_edits_and_purge_keep_the_index_in_sync(archive: Archive) -> None:
    release = archive.save(make_release("Gotong Royong Bersihkan Pantai"))
    archive.save(release.edited(title="Kerja Bakti Bersihkan Sungai"))
    assert archive.list(ListQuery(text="pantai ")).total == 0
    assert archive.list(ListQuery(text="sungai ")).total == 1
    archive.trash(release.id)
    archive.purge(release.id)
    with archive._read() as session:  # the FTS row is gone, not merely hidden by a join
        rows = session.connection().exec_driver_sql("SELECT count(*) FROM releases_fts")
        assert rows.scalar() == 0


def test_huge_result_sets_rank_title_hits_first_then_newest(archive: Archive,
                                                            monkeypatch) -> None:
    """Past RANK_LIMIT matches bm25 is skipped: title hits first, then the rest newest first."""
    from humas_desktop.archive import search

    monkeypatch.setattr(search, "RANK_LIMIT", 3)
    body_ids = archive.import_releases(
        [make_release(f"Laporan {i}", body="Warga gotong royong membersihkan parit.")
         for i in range(5)])
    title_ids = archive.import_releases(
        [make_release("Gotong Royong Bersihkan Pantai", body="Warga ikut serta.")])
    title_ids += archive.import_releases(
        [make_release("Gotong Royong Akbar", body="Gotong royong di tiap desa.")])
    archive.trash(body_ids[0])
    full = archive.list(ListQuery(text="gotong royong"))
    assert full.total == 6
    expected = [i.id for i in full.items]
    assert set(expected[:2]) == set(title_ids)  # the two title hits, in bm25 order
    assert expected[2:] == list(reversed(body_ids[1:]))  # then newest first, trash left out
    for offset, limit in ((0, 1), (1, 2), (2, 3), (5, 4)):
        page = archive.list(ListQuery(text="gotong royong", offset=offset, limit=limit))
        assert [i.id for i in page.items] == expected[offset:offset + limit], (offset, limit)
        assert page.total == 6


def test_connection_pragmas(archive: Archive) -> None:
    with archive._read() as session:
        conn = session.connection()
        values = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")}
    assert values == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                      "busy_timeout": 5000}


def test_list_rows_carry_tags_as_written_in_order(archive: Archive) -> None:
    from dataclasses import replace

    saved = archive.save(make_release(tags=("Stunting", "Posyandu", "APBD 2026")))
    assert archive.list(ListQuery()).items[0].tags == ("Stunting", "Posyandu", "APBD 2026")
    archive.save(replace(saved, tags=("APBD 2026", "Kesehatan")))
    assert archive.list(ListQuery()).items[0].tags == ("APBD 2026", "Kesehatan")
    archive.save(make_release("Tanpa tag"))
    assert {item.title: item.tags for item in archive.list(ListQuery()).items}["Tanpa tag"] == ()
