"""The daily check and backup run behind the open window and report in the status bar."""

import sqlite3
from pathlib import Path

from humas_desktop.archive import Archive, ArchiveError
from humas_desktop.archive import backup as backups
from humas_desktop.i18n import tr
from humas_desktop.model import Block, new_release
from humas_desktop.ui.app import start_maintenance
from tests.ui.conftest import PROFILE, answer_next_dialog


def _fill(archive: Archive, n: int) -> None:
    text = "Paragraf panjang tentang pembangunan jalan desa dan layanan publik daerah. " * 60
    archive.import_releases([new_release(office=PROFILE.name, title=f"Rilis {i}",
                                         body=(Block.plain(text),)) for i in range(n)])


def _break_revisions_table(db: Path) -> None:
    """Garbage over the root page of the revisions table: the window's list still reads,
    only the full check sees the damage."""
    with sqlite3.connect(db) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'revisions'"
                            ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 64)


def test_backup_made_behind_the_window_and_reported(qtbot, make_window, tmp_path: Path):
    data_dir = tmp_path / "kantor"  # not the fixture archive's folder, which stays open
    with Archive.open(data_dir) as archive:
        archive.save_office_profile(PROFILE)
        _fill(archive, 5)
    for old in backups.list_backups(data_dir / "backups"):
        old.path.unlink()  # as on the first start of a new day
    archive = Archive.open(data_dir, defer_maintenance=True)
    try:
        assert backups.list_backups(data_dir / "backups") == []
        window = make_window(archive)
        runner = start_maintenance(window)
        qtbot.waitUntil(lambda: runner.report is not None, timeout=10_000)
        assert runner.report.ok and runner.report.checked
        made = backups.list_backups(data_dir / "backups")
        assert [b.path.name for b in made] == [runner.report.backup_path.name]
        assert window.statusBar().currentMessage() == tr(
            "archive.maintenance_done_backup", backup=runner.report.backup_path.name)
        window.editor._shutdown()
    finally:
        archive.close()


def test_damage_found_behind_the_window_is_explained(qtbot, make_window, tmp_path: Path):
    data_dir = tmp_path / "kantor"  # not the fixture archive's folder, which stays open
    with Archive.open(data_dir) as archive:
        archive.save_office_profile(PROFILE)
        _fill(archive, 120)
    db = data_dir / "arsip.sqlite"
    _break_revisions_table(db)
    archive = Archive.open(data_dir, defer_maintenance=True)
    try:
        assert archive.open_report is None  # the light check at open cannot see it
        window = make_window(archive)
        runner = start_maintenance(window)
        assert runner.wait(30)
        seen = answer_next_dialog(qtbot, lambda: qtbot.waitUntil(
            lambda: runner.report is not None, timeout=10_000), "OK")
        assert runner.report.damaged
        assert seen[0] == "Arsip rusak"
        assert "Tutup Humas Desktop" in seen[1] and "Traceback" not in "".join(seen)
        try:
            archive.save(new_release(office=PROFILE.name, title="Tidak boleh ditulis"))
            raise AssertionError("a damaged archive must not take writes")
        except ArchiveError:
            pass
        window.editor._shutdown()
    finally:
        archive.close()
