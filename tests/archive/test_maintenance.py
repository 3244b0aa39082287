"""Deferred maintenance: light open, then the day's quick_check and backup on a worker thread."""

from __future__ import annotations

import json
import random
import sqlite3
import threading
import time
import zlib
from pathlib import Path

import pytest

from humas_desktop.archive import Archive, ArchiveError, ListQuery, MaintenanceReport, store
from humas_desktop.archive import backup as backups
from humas_desktop.archive.backup import copy_database, integrity_ok, list_backups
from humas_desktop.archive.paths import CHECK_MARKER
from humas_desktop.i18n import tr

from .conftest import FakeClock, make_release

LONG = "Paragraf panjang tentang pembangunan jalan desa dan layanan publik daerah. " * 60


def fill(archive: Archive, n: int) -> list[str]:
    return archive.import_releases([make_release(f"Rilis {i}", body=LONG) for i in range(n)])


def today_backup(data_dir: Path, clock: FakeClock) -> Path:
    return data_dir / "backups" / backups.backup_name(clock().astimezone().date())


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat every file as 'big' (> QUICK_CHECK_MAX_BYTES) without writing 128 MiB."""
    monkeypatch.setattr(store, "QUICK_CHECK_MAX_BYTES", 0)


def damage_middle(db: Path) -> None:
    """Garbage over the middle third of the file: header, schema page and size stay intact,
    so only a full check can see it."""
    size = db.stat().st_size
    rng = random.Random(5)
    with db.open("r+b") as fh:
        fh.seek(size // 3)
        fh.write(bytes(rng.randrange(256) for _ in range(size // 3)))


def consistent(db: Path) -> tuple[int, int]:
    """(releases, revisions) of a backup after checking every row against its snapshot."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT pk, revision, document FROM releases").fetchall()
        for pk, revision, document in rows:
            snap = conn.execute("SELECT data FROM revisions WHERE release_pk = ? AND number = ?",
                                (pk, revision)).fetchone()
            assert snap is not None, f"release {pk} has no snapshot of revision {revision}"
            assert json.loads(zlib.decompress(snap[0]))["title"] == json.loads(document)["title"]
        fts = conn.execute("SELECT count(*) FROM releases_fts").fetchone()[0]
        assert fts == len(rows)
        revisions = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    finally:
        conn.close()
    return len(rows), revisions


def test_deferred_open_leaves_check_and_backup_to_run_maintenance(
        data_dir: Path, clock: FakeClock, big: None) -> None:
    with Archive.open(data_dir, clock=clock) as archive:
        fill(archive, 5)
    today_backup(data_dir, clock).unlink()  # as on the first open of a new day
    with Archive.open(data_dir, clock=clock, defer_maintenance=True) as archive:
        assert not today_backup(data_dir, clock).exists()
        said: list[str] = []
        report = archive.run_maintenance(said.append)
        assert report.ok and report.checked and not report.damaged
        assert report.backup_path == today_backup(data_dir, clock)
        assert integrity_ok(report.backup_path)
        assert said == [tr("archive.maintenance_checking"), tr("archive.maintenance_backing_up")]
        assert report.message("en") == tr("archive.maintenance_done_backup", "en",
                                          backup=report.backup_path.name)
        # later the same day a big file needs neither
        again = archive.run_maintenance()
        assert again.ok and not again.checked and again.backup_path is None
        assert again.message("id") == tr("archive.maintenance_done", "id")
        archive.save(make_release("Masih bisa menyimpan"))


def test_small_files_are_checked_at_every_run(data_dir: Path, clock: FakeClock) -> None:
    with Archive.open(data_dir, clock=clock, defer_maintenance=True) as archive:
        fill(archive, 3)
        assert archive.run_maintenance().checked
        assert archive.run_maintenance().checked


def test_damage_found_later_stops_writes_and_next_open_recovers(
        data_dir: Path, clock: FakeClock, big: None) -> None:
    with Archive.open(data_dir, clock=clock) as archive:
        ids = fill(archive, 120)
    clock.advance(days=1)
    Archive.open(data_dir, clock=clock).close()  # yesterday's backup holds the 120 releases
    clock.advance(days=1)
    db = data_dir / "arsip.sqlite"
    damage_middle(db)

    # the window's open only looks lightly: it does not see the damage and takes no backup
    with Archive.open(data_dir, clock=clock, defer_maintenance=True) as archive:
        assert archive.open_report is None
        report = archive.run_maintenance()
        assert isinstance(report, MaintenanceReport)
        assert report.damaged and report.checked and not report.ok
        assert report.backup_path is None and not today_backup(data_dir, clock).exists()
        assert report.message("id") == tr("archive.maintenance_damaged", "id", path=str(db))
        assert "Tutup Humas Desktop" in report.message("id")
        assert "Close Humas Desktop" in report.message("en")
        assert (data_dir / CHECK_MARKER).exists()
        with pytest.raises(ArchiveError) as caught:
            archive.save(make_release("Jangan ditulis ke berkas rusak"))
        assert str(caught.value) == tr("archive.writes_stopped", path=str(db))
        with pytest.raises(ArchiveError):
            archive.set_setting("x", 1)
    assert list(data_dir.glob("arsip.sqlite.rusak-*")) == []

    # the next open — deferred again, as the GUI does — checks fully and recovers
    with Archive.open(data_dir, clock=clock, defer_maintenance=True) as archive:
        assert archive.open_report is not None
        assert archive.count(ListQuery()) == 120 and archive.get(ids[60]).title == "Rilis 60"
        archive.save(make_release("Sesudah pemulihan"))
        assert archive.run_maintenance().ok
    assert not (data_dir / CHECK_MARKER).exists()
    assert len(list(data_dir.glob("arsip.sqlite.rusak-*"))) == 1


def test_without_defer_the_first_open_of_the_day_still_checks_and_recovers(
        data_dir: Path, clock: FakeClock, big: None) -> None:
    with Archive.open(data_dir, clock=clock) as archive:
        fill(archive, 120)
    clock.advance(days=1)
    damage_middle(data_dir / "arsip.sqlite")
    with Archive.open(data_dir, clock=clock) as archive:
        assert archive.open_report is not None
        assert today_backup(data_dir, clock).exists()


def test_writes_during_a_backup_step_do_not_enter_it(archive: Archive, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Saves by the GUI between backup steps: the copy is the state when it began, whole."""
    ids = fill(archive, 60)
    saved_during = 0

    def save_now(remaining: int, total: int) -> None:
        nonlocal saved_during
        if remaining:
            release = archive.get(ids[saved_during % len(ids)])
            archive.save(release.edited(title=f"{release.title} diubah"))
            archive.save(make_release(f"Baru {saved_during}", body=LONG))
            saved_during += 1

    out = copy_database(archive.db_path, tmp_path / "salinan.sqlite", step_pages=4,
                        on_step=save_now)
    assert saved_during >= 10
    assert integrity_ok(out)
    assert consistent(out) == (60, 60)  # nothing of what was saved meanwhile
    assert archive.count(ListQuery()) == 60 + saved_during


def test_maintenance_on_a_worker_thread_while_saving(data_dir: Path, clock: FakeClock,
                                                    big: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real_copy = backups.copy_database

    def slow_copy(source: Path, out: Path, **kwargs: object) -> Path:
        # a big file on an old disk: many steps, each taking a while
        return real_copy(source, out, step_pages=2, on_step=lambda *_: time.sleep(0.005),
                         **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "copy_database", slow_copy)
    with Archive.open(data_dir, clock=clock, backups_to_keep=3) as archive:
        ids = fill(archive, 80)
    today_backup(data_dir, clock).unlink()
    with Archive.open(data_dir, clock=clock, defer_maintenance=True) as archive:
        backing_up = threading.Event()
        result: list[MaintenanceReport] = []

        def work() -> None:
            result.append(archive.run_maintenance(
                lambda text: backing_up.set() if "cadangan" in text else None))

        worker = threading.Thread(target=work)
        worker.start()
        assert backing_up.wait(30)
        saves = 0
        while worker.is_alive():
            release = archive.get(ids[saves % len(ids)])
            archive.save(release.edited(title=f"Ubah {saves}"))
            archive.save(make_release(f"Tambahan {saves}"))
            saves += 1
        worker.join()
        report = result[0]
        assert report.ok and report.backup_path is not None
        assert saves >= 3, "the test did not save while the backup ran"
        assert integrity_ok(report.backup_path)
        releases, _ = consistent(report.backup_path)
        assert 80 <= releases <= 80 + saves
        assert archive.count(ListQuery()) == 80 + saves


def test_close_stops_a_running_backup_without_leftovers(data_dir: Path, clock: FakeClock,
                                                        big: None) -> None:
    with Archive.open(data_dir, clock=clock) as archive:
        fill(archive, 20)
    today_backup(data_dir, clock).unlink()
    archive = Archive.open(data_dir, clock=clock, defer_maintenance=True)
    report = archive.run_maintenance(
        lambda text: archive.close() if "cadangan" in text else None)
    assert report.cancelled and not report.ok and report.backup_path is None
    assert report.message("en") == tr("archive.maintenance_cancelled", "en")
    assert [p.name for p in (data_dir / "backups").iterdir()] == []


def test_close_before_the_check_cancels_it(data_dir: Path, clock: FakeClock) -> None:
    archive = Archive.open(data_dir, clock=clock, defer_maintenance=True)
    archive.close()
    report = archive.run_maintenance()
    assert report.cancelled and not report.checked


def test_failed_backup_is_reported_not_raised(data_dir: Path, clock: FakeClock,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", full_disk)
    with Archive.open(data_dir, clock=clock, defer_maintenance=True) as archive:
        report = archive.run_maintenance()
        assert report.checked and not report.ok and not report.damaged
        assert report.message() == archive.backup_error
        assert "No space left" in report.message()
        archive.save(make_release("Tetap bisa menyimpan"))
    assert list_backups(data_dir / "backups") == []
