from datetime import date

from humas_desktop.model.dates import long_date, news_date, news_date_mismatches


def test_news_date_and_long_date() -> None:
    assert news_date(date(2023, 11, 28)) == "Selasa (28/11)"
    assert long_date(date(2023, 11, 28)) == "Selasa, 28 November 2023"


def test_mismatch_found_with_offsets() -> None:
    text = "Rapat digelar Rabu (28/11) di Makassar dan Selasa (28/11) lagi."
    found = news_date_mismatches(text, 2023)
    assert len(found) == 1
    assert text[found[0].start:found[0].end] == "Rabu (28/11)"
    assert found[0].actual_day == "Selasa"


def test_jumat_with_apostrophe_and_explicit_year() -> None:
    assert news_date_mismatches("Jum'at (1/12/2023)", 2020) == []


def test_impossible_date() -> None:
    found = news_date_mismatches("Senin (31/2)", 2023)
    assert found and found[0].actual_day == ""
