from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.archive import Archive, ArchiveDamaged, ListQuery
from humas_desktop.archive.backup import integrity_ok, list_backups
from humas_desktop.i18n import tr

from .conftest import FakeClock, make_release


def fill(archive: Archive, n: int, prefix: str = "Rilis") -> list[str]:
    return archive.import_releases(
        [make_release(f"{prefix} {i}", body="Paragraf panjang tentang pembangunan daerah. " * 40)
         for i in range(n)])


def test_daily_backup_once_a_day_keeps_the_last_n(data_dir: Path, clock: FakeClock) -> None:
    for day in range(10):
        with Archive.open(data_dir, clock=clock, backups_to_keep=3) as archive:
            archive.save(make_release(f"Hari {day}"))
        with Archive.open(data_dir, clock=clock, backups_to_keep=3):
            pass  # a second open the same day makes no second backup
        clock.advance(days=1)
    backups = list_backups(data_dir / "backups")
    assert [b.day for b in backups] == [date(2026, 12, d) for d in (2, 1)] + [date(2026, 11, 30)]
    newest = backups[0].path
    assert integrity_ok(newest)
    conn = sqlite3.connect(newest)
    # the backup of day 9 is taken at open, before that day's save: it holds days 0..8
    assert conn.execute("SELECT count(*) FROM releases").fetchone() == (9,)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()


def test_backups_can_be_switched_off(data_dir: Path, clock: FakeClock) -> None:
    with Archive.open(data_dir, clock=clock, backups_to_keep=0):
        pass
    assert list_backups(data_dir / "backups") == []


def test_explicit_backup_to_a_path_is_a_complete_database(archive: Archive,
                                                          tmp_path: Path) -> None:
    ids = fill(archive, 20)
    out = archive.backup(tmp_path / "salinan" / "arsip-salinan.sqlite")
    assert out.exists() and integrity_ok(out)
    with Archive.open(tmp_path / "copy-dir", clock=FakeClock()) as other:
        assert other.count(ListQuery()) == 0
    copy_dir = tmp_path / "restored"
    copy_dir.mkdir()
    out.rename(copy_dir / "arsip.sqlite")
    with Archive.open(copy_dir) as restored:
        assert restored.get(ids[7]).title == "Rilis 7"
        assert restored.list(ListQuery(text="rilis 19")).total == 1
    into_dir = archive.backup(tmp_path)
    assert into_dir.parent == tmp_path and into_dir.name.startswith("arsip-")


def _damage_middle(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek((size // 2) // 4096 * 4096)
        fh.write(os.urandom(3 * 4096))


def _damage_header(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.write(b"Ini bukan berkas SQLite sama sekali!")


def _truncate(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 3)


@pytest.mark.parametrize("damage", [_damage_middle, _damage_header, _truncate])
def test_damaged_file_is_moved_aside_and_newest_good_backup_restored(
        data_dir: Path, clock: FakeClock, damage) -> None:
    with Archive.open(data_dir, clock=clock) as archive:  # day 1: backup of the empty archive
        fill(archive, 40, "Kemarin")
    clock.advance(days=1)
    with Archive.open(data_dir, clock=clock) as archive:  # day 2: backup holds 40
        fill(archive, 10, "Hari ini")
    db = data_dir / "arsip.sqlite"
    original = db.read_bytes()
    damage(db)
    clock.advance(hours=2)
    with Archive.open(data_dir, clock=clock) as archive:
        report = archive.open_report
        assert report is not None
        assert archive.count(ListQuery()) == 40  # the day-2 backup; today's 10 are lost
        assert archive.list(ListQuery(text="kemarin 39")).total == 1
        assert archive.check().ok
        archive.save(make_release("Setelah pemulihan"))
    moved = report.damaged_path
    assert moved.exists() and moved.name.startswith("arsip.sqlite.rusak-")
    assert moved.read_bytes() != original and len(moved.read_bytes()) > 0
    assert report.backup_path.name == "arsip-2026-11-24.sqlite"
    message = report.message("id")
    assert str(moved) in message and "arsip-2026-11-24.sqlite" in message
    when = report.backup_taken_at.strftime("%Y-%m-%d %H:%M")
    assert message == tr("archive.recovered", "id", moved=str(moved),
                         backup="arsip-2026-11-24.sqlite", when=when)
    assert "tidak ada dalam arsip yang dipulihkan" in message
    assert "are not in the recovered archive" in report.message("en")
    with Archive.open(data_dir, clock=clock) as again:  # the recovered file is a normal archive
        assert again.open_report is None
        assert again.count(ListQuery()) == 41


def test_a_damaged_backup_is_skipped_for_an_older_good_one(data_dir: Path,
                                                           clock: FakeClock) -> None:
    for n in (5, 7):
        with Archive.open(data_dir, clock=clock) as archive:
            fill(archive, n)
        clock.advance(days=1)
    with Archive.open(data_dir, clock=clock):
        pass
    newest, older = list_backups(data_dir / "backups")[:2]
    _damage_header(newest.path)
    _damage_header(data_dir / "arsip.sqlite")
    with Archive.open(data_dir, clock=clock) as archive:
        assert archive.open_report is not None
        assert archive.open_report.backup_path == older.path
        assert archive.count(ListQuery()) == 5


def test_damaged_without_any_good_backup_refuses_and_leaves_the_file(
        data_dir: Path, clock: FakeClock) -> None:
    with Archive.open(data_dir, clock=clock, backups_to_keep=0) as archive:
        fill(archive, 30)
    db = data_dir / "arsip.sqlite"
    _damage_header(db)
    damaged = db.read_bytes()
    for _ in range(2):  # and again: never an empty archive in its place
        with pytest.raises(ArchiveDamaged) as caught:
            Archive.open(data_dir, clock=clock)
        assert str(db) in str(caught.value)
        assert db.read_bytes() == damaged
    assert not list(data_dir.glob("arsip.sqlite.rusak-*"))


def test_empty_file_with_backups_is_damage_without_is_a_new_archive(
        data_dir: Path, tmp_path: Path, clock: FakeClock) -> None:
    with Archive.open(data_dir, clock=clock) as archive:
        fill(archive, 3)
    clock.advance(days=1)
    with Archive.open(data_dir, clock=clock):
        pass
    (data_dir / "arsip.sqlite").write_bytes(b"")
    with Archive.open(data_dir, clock=clock) as archive:
        assert archive.open_report is not None
        assert archive.count(ListQuery()) == 3
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / "arsip.sqlite").write_bytes(b"")
    with Archive.open(fresh, clock=clock) as archive:
        assert archive.open_report is None and archive.count(ListQuery()) == 0


def test_check_reports_integrity(archive: Archive) -> None:
    fill(archive, 3)
    report = archive.check()
    assert report.ok and report.problems == []
    assert "ok" in report.message("en")


@pytest.mark.parametrize("damage", [_damage_header, _truncate])
def test_light_check_of_big_files_still_catches_header_and_truncation(
        data_dir: Path, clock: FakeClock, monkeypatch, damage) -> None:
    """Big archives get quick_check once a day; later opens must still catch the usual harm."""
    from humas_desktop.archive import store

    monkeypatch.setattr(store, "QUICK_CHECK_MAX_BYTES", 0)  # every file counts as big
    with Archive.open(data_dir, clock=clock) as archive:
        fill(archive, 5)
    clock.advance(days=1)
    with Archive.open(data_dir, clock=clock) as archive:  # today's check + backup
        fill(archive, 30)
    damage(data_dir / "arsip.sqlite")
    with Archive.open(data_dir, clock=clock) as archive:  # same day: light check only
        assert archive.open_report is not None
        assert archive.count(ListQuery()) == 5
