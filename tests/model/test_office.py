from datetime import date

from humas_desktop.model.office import format_number, number_matches

PATTERN = "{no}/HUMAS-DKISP/{bulan}/{tahun}"


def test_format_number() -> None:
    assert format_number(PATTERN, 45, date(2023, 11, 28)) == "045/HUMAS-DKISP/XI/2023"


def test_number_matches() -> None:
    assert number_matches(PATTERN, "045/HUMAS-DKISP/XI/2023")
    assert number_matches(PATTERN, " 7/HUMAS-DKISP/IV/2024 ")
    assert not number_matches(PATTERN, "045/HUMAS-DKISP/XIII/2023")
    assert not number_matches(PATTERN, "045/HUMAS/XI/2023")
    assert not number_matches(PATTERN, "045/HUMAS-DKISP/XI/23")


def test_running_number() -> None:
    from humas_desktop.model.office import running_number

    assert running_number(PATTERN, "045/HUMAS-DKISP/XI/2023") == 45
    assert running_number(PATTERN, "045/LAIN/XI/2023") is None
    assert running_number("{tahun}-{no}", "2024-7") == 7
