from datetime import date

from humas_desktop.archive import Archive
from tests.archive.conftest import make_release

PATTERN = "{no}/HUMAS-DKISP/{bulan}/{tahun}"


def test_next_running_number_per_year(archive: Archive) -> None:
    assert archive.next_running_number(PATTERN, 2024) == 1
    archive.save(make_release(number="007/HUMAS-DKISP/III/2024", release_date=date(2024, 3, 1)))
    archive.save(make_release(number="012/HUMAS-DKISP/V/2024", release_date=date(2024, 5, 2)))
    archive.save(make_release(number="099/HUMAS-DKISP/XII/2023", release_date=date(2023, 12, 2)))
    archive.save(make_release(number="nomor lain", release_date=date(2024, 6, 1)))
    assert archive.next_running_number(PATTERN, 2024) == 13
    assert archive.next_running_number(PATTERN, 2023) == 100
    assert archive.next_running_number(PATTERN, 2025) == 1


def test_numbers_in_trash_are_not_reused(archive: Archive) -> None:
    stored = archive.save(make_release(number="020/HUMAS-DKISP/I/2024",
                                       release_date=date(2024, 1, 5)))
    archive.trash(stored.id)
    assert archive.next_running_number(PATTERN, 2024) == 21
