from dataclasses import replace
from datetime import date

from humas_desktop.i18n import set_language
from humas_desktop.model.completeness import (
    checklist,
    headline_chars,
    reading_seconds,
    release_word_count,
)
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Block, ContactPerson, Photo, Quote, new_release

PROFILE = OfficeProfile(name="Diskominfo", number_pattern="{no}/HUMAS-DKISP/{bulan}/{tahun}")
LEAD = ("Bupati Kepulauan Selayar Muhammad Basli Ali meresmikan Pasar Rakyat Benteng di "
        "Kelurahan Benteng, Selasa (28/11), untuk pedagang kecil.")

GOOD = new_release(
    office="Diskominfo",
    category="kegiatan",
    title="Bupati Resmikan Pasar Rakyat Benteng",
    dateline_city="BENTENG",
    release_date=date(2023, 11, 28),
    number="045/HUMAS-DKISP/XI/2023",
    body=(Block.plain(LEAD), Block.plain("Pasar menampung 240 pedagang.")),
    quotes=(Quote("Muhammad Basli Ali", "Bupati Kepulauan Selayar", "Pasar ini milik warga."),),
    contacts=(ContactPerson("Andi Rahman", "Kabid IKP", "0812-4455-6677"),),
    photos=(Photo("a" * 64, "pasar.jpg", "Bupati menggunting pita.", "Humas"),),
)


def _by_id(release):
    return {item.id: item for item in checklist(release, PROFILE)}


def setup_function() -> None:
    set_language("id")


def test_complete_release_passes_everything() -> None:
    items = checklist(GOOD, PROFILE)
    assert all(item.ok for item in items), [i for i in items if not i.ok]
    ids = [item.id for item in items]
    assert ids[:4] == ["title", "lead_length", "lead_5w", "news_dates"]
    assert {"quotes", "photo_captions", "contact", "number"} <= set(ids)


def test_headline_missing_and_too_long() -> None:
    assert not _by_id(replace(GOOD, title="  "))["title"].ok
    long = _by_id(replace(GOOD, title="x" * 101))["title"]
    assert not long.ok and "101" in long.message and long.target == "title"
    assert _by_id(replace(GOOD, title="x" * 100))["title"].ok


def test_lead_too_long_and_missing_answers() -> None:
    words = " ".join(["kata"] * 41)
    items = _by_id(replace(GOOD, body=(Block.plain(LEAD + " " + words),)))
    assert not items["lead_length"].ok and items["lead_length"].target == "lead"
    vague = _by_id(replace(GOOD, dateline_city="", body=(Block.plain("Kegiatan ini bermanfaat."),)))
    assert not vague["lead_5w"].ok
    assert "kapan" in vague["lead_5w"].message and "di mana" in vague["lead_5w"].message


def test_quote_without_position_points_at_it() -> None:
    quotes = (*GOOD.quotes, Quote("Andi", "", "Siap."))
    item = _by_id(replace(GOOD, quotes=quotes))["quotes"]
    assert not item.ok and item.target == "quotes:1" and "2" in item.message


def test_contact_needs_a_way_to_reach() -> None:
    assert not _by_id(replace(GOOD, contacts=()))["contact"].ok
    unreachable = _by_id(replace(GOOD, contacts=(ContactPerson("Andi"),)))["contact"]
    assert not unreachable.ok and "telepon" in unreachable.message


def test_photo_without_caption() -> None:
    photos = (*GOOD.photos, Photo("b" * 64, "b.jpg"))
    item = _by_id(replace(GOOD, photos=photos))["photo_captions"]
    assert not item.ok and item.target == "photos:1"


def test_number_pattern() -> None:
    assert not _by_id(replace(GOOD, number=""))["number"].ok
    bad = _by_id(replace(GOOD, number="45/HUMAS/XI/2023"))["number"]
    assert not bad.ok and "045/HUMAS-DKISP/XI/2023" in bad.message


def test_day_name_must_match_date_with_release_year() -> None:
    lead = LEAD.replace("Selasa (28/11)", "Rabu (28/11)")
    item = _by_id(replace(GOOD, body=(Block.plain(lead),)))["news_dates"]
    assert not item.ok and "Selasa" in item.message
    start = lead.index("Rabu")
    assert item.target == f"lead#{start}-{start + len('Rabu (28/11)')}"
    # 28/11 was a Thursday in 2024: the release year decides
    item = _by_id(replace(GOOD, release_date=date(2024, 11, 28)))["news_dates"]
    assert not item.ok and "Kamis" in item.message


def test_template_required_sections() -> None:
    items = _by_id(replace(GOOD, body=(Block.plain(LEAD),), photos=(), quotes=()))
    assert not items["required_body"].ok and items["required_body"].target == "body"
    assert items["required_body"].message == "Tulis isi berita setelah teras."
    assert not items["photo_captions"].ok and "Tambahkan foto" in items["photo_captions"].message
    assert not items["quotes"].ok and "kutipan" in items["quotes"].message
    plain = _by_id(replace(GOOD, category="", body=(Block.plain(LEAD),), photos=(), quotes=()))
    assert "required_body" not in plain
    # optional without a template: a ✓ that says so, never "✓ Belum ada foto."
    assert plain["photo_captions"].ok and plain["photo_captions"].message == "Foto: tidak wajib."
    assert plain["quotes"].ok and plain["quotes"].message == "Kutipan: tidak wajib."
    optional = _by_id(replace(GOOD, category="layanan", photos=(), quotes=()))
    assert optional["photo_captions"].ok
    assert optional["photo_captions"].message == "Foto: tidak wajib untuk templat ini."
    assert optional["quotes"].message == "Kutipan: tidak wajib untuk templat ini."


def test_items_are_stable_while_the_release_is_filled() -> None:
    """Filling a section turns its ✗ into ✓; no item appears or vanishes (no 3/9 → 6/8)."""
    empty = new_release(office="Diskominfo", category="kegiatan")
    steps = [
        empty,
        replace(empty, title="Bupati Resmikan Pasar"),
        replace(empty, title="Bupati Resmikan Pasar", body=(Block.plain(LEAD),)),
        replace(GOOD, body=(Block.plain(LEAD), Block.plain("Pasar menampung 240 pedagang."))),
    ]
    ids = [[item.id for item in checklist(release, PROFILE)] for release in steps]
    assert all(each == ids[0] for each in ids), ids
    assert "required_body" in ids[0] and "required_dateline" in ids[0]
    body = _by_id(steps[-1])["required_body"]
    assert body.ok and body.message == "Isi berita ditulis (4 kata)."
    dateline = _by_id(GOOD)["required_dateline"]
    assert dateline.ok and dateline.message == "Dateline: BENTENG, Selasa, 28 November 2023."
    assert not _by_id(replace(GOOD, release_date=None))["required_dateline"].ok


def test_day_names_item_says_when_there_is_nothing_to_compare() -> None:
    none = _by_id(replace(GOOD, release_date=None, body=(Block.plain("Pasar diresmikan."),)))
    assert none["news_dates"].ok
    assert none["news_dates"].message == "Nama hari: tidak ada tanggal di teks untuk dicocokkan."
    assert _by_id(GOOD)["news_dates"].message == "Nama hari cocok dengan tanggalnya (1 tanggal)."


def test_every_ok_message_is_positive_in_both_languages() -> None:
    """No "✓ Belum ada …" / "✓ No … yet": a ✓ item never reads like something missing."""
    bare = replace(GOOD, category="", photos=(), quotes=(), release_date=None,
                   body=(Block.plain("Pasar diresmikan."),))
    for lang in ("id", "en"):
        set_language(lang)
        try:
            for release in (GOOD, bare):
                for item in checklist(release, PROFILE):
                    if item.ok:
                        lowered = item.message.lower()
                        assert "belum ada" not in lowered and " yet" not in lowered, item
        finally:
            set_language("id")


def test_contact_name_with_abbreviation_has_one_full_stop() -> None:
    release = replace(GOOD, contacts=(ContactPerson("Andi Rahman, S.Sos.", "", "0812"),))
    assert _by_id(release)["contact"].message == "Narahubung: Andi Rahman, S.Sos."


def test_messages_follow_language() -> None:
    set_language("en")
    try:
        assert _by_id(replace(GOOD, title=""))["title"].message == "The headline is empty."
    finally:
        set_language("id")


def test_stats_helpers() -> None:
    assert release_word_count(GOOD) > 20
    assert reading_seconds(200) == 60 and reading_seconds(1) == 1 and reading_seconds(0) == 0
    assert headline_chars("  Judul  ") == 5
