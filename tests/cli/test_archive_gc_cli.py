"""`humas-desktop check-db --gc-photos`."""

from __future__ import annotations

import os
import time
from pathlib import Path

from humas_desktop.archive import Archive
from humas_desktop.cli import main
from humas_desktop.i18n import set_language


def test_check_db_gc_photos_deletes_unused_files(tmp_path: Path, capsys) -> None:
    set_language("id")
    data = tmp_path / "data"
    with Archive.open(data) as archive:
        orphan = archive.add_photo_bytes(b"tidak dipakai" * 40, "yatim.jpg")
        path = archive.photo_path(orphan.sha256)
    old = time.time() - 3 * 86400
    os.utime(path, (old, old))
    assert main(["--data-dir", str(data), "check-db"]) == 0
    assert path.exists()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "check-db", "--gc-photos"]) == 0
    out = capsys.readouterr().out
    assert "utuh" in out and "1 berkas foto yang tidak dipakai dihapus." in out
    assert not path.exists()
