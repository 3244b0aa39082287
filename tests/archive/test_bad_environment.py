"""Read-only data folder and full disk, on real file systems (a tiny tmpfs when we may mount)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from humas_desktop.archive import Archive, ArchiveError, ListQuery
from humas_desktop.i18n import tr

from .conftest import FakeClock, make_release


def _mount(path: Path, options: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                            capture_output=True)
    return result.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", str(path)], check=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    if not _mount(mount, "size=1m"):
        pytest.skip("cannot mount a tmpfs here (needs root); see test_database_full_*")
    try:
        yield mount
    finally:
        _umount(mount)


def _big(i: int) -> object:
    words = " ".join(f"kata{i}x{j}" for j in range(3000))  # barely compressible
    return make_release(f"Rilis besar {i}", body=words)


def test_read_only_data_folder_is_refused_clearly_and_data_kept(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    clock = FakeClock()
    if os.geteuid() == 0:
        if not _mount(folder, "size=4m"):
            pytest.skip("cannot mount a tmpfs here")
    else:
        folder.mkdir()
    try:
        with Archive.open(folder, clock=clock) as archive:
            release = archive.save(make_release("Tetap Aman"))
        before = (folder / "arsip.sqlite").read_bytes()
        if os.geteuid() == 0:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            folder.chmod(0o555)
        with pytest.raises(ArchiveError) as caught:
            Archive.open(folder, clock=clock)
        assert str(caught.value) == tr("archive.read_only", folder=str(folder))
        assert (folder / "arsip.sqlite").read_bytes() == before
        with pytest.raises(ArchiveError):
            Archive.open(folder / "sub", clock=clock)  # cannot even create the folder
        if os.geteuid() == 0:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)
        else:
            folder.chmod(0o755)
        with Archive.open(folder, clock=clock) as archive:
            assert archive.get(release.id).title == "Tetap Aman"
    finally:
        if os.geteuid() == 0:
            _umount(folder)


def test_full_disk_fails_one_save_cleanly_and_keeps_the_rest(tiny_disk: Path) -> None:
    clock = FakeClock()
    saved = []
    with Archive.open(tiny_disk, clock=clock) as archive:
        with pytest.raises(ArchiveError) as caught:
            for i in range(200):
                saved.append(archive.save(_big(i)).id)
                clock.advance(seconds=1)
        assert str(caught.value) == tr("archive.disk_full", folder=str(tiny_disk))
        assert saved  # some went in before the disk filled
        assert archive.count(ListQuery()) == len(saved)
        with pytest.raises(ArchiveError):
            archive.add_photo_bytes(os.urandom(2 * 2**20), "besar.jpg")
        assert not [p for p in (tiny_disk / "photos").rglob("*") if p.is_file()]
    with Archive.open(tiny_disk, clock=clock) as archive:
        assert archive.check().ok
        assert {i.id for i in archive.list(ListQuery(limit=500)).items} == set(saved)
        assert archive.get(saved[-1]).title == f"Rilis besar {len(saved) - 1}"


def test_full_disk_during_bulk_import_imports_nothing(tiny_disk: Path) -> None:
    with Archive.open(tiny_disk, clock=FakeClock()) as archive:
        first = archive.save(make_release("Sudah Ada"))
        with pytest.raises(ArchiveError):
            archive.import_releases([_big(i) for i in range(200)])
        assert [i.id for i in archive.list(ListQuery()).items] == [first.id]


def test_database_full_via_max_page_count(tmp_path: Path) -> None:
    """The same failure on any machine: SQLite's own size limit gives the same SQLITE_FULL."""
    with Archive.open(tmp_path, clock=FakeClock()) as archive:
        kept = archive.save(make_release("Sebelum Penuh"))

        @event.listens_for(archive._engine, "connect")
        def _limit(dbapi_connection, _record) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 20}")

        archive._engine.dispose()  # new connections get the limit
        with pytest.raises(ArchiveError) as caught:
            for i in range(100):
                archive.save(_big(i))
        assert str(caught.value) == tr("archive.disk_full", folder=str(tmp_path))
        assert archive.get(kept.id).title == "Sebelum Penuh"
        assert archive.check().ok
