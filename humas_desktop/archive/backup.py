"""Backups with SQLite's online backup API: a consistent copy even while the archive is open.

One file per day, `backups/arsip-YYYY-MM-DD.sqlite`, made when the archive is opened on a day that
has none yet; the newest `keep` files stay, older ones are deleted. Every copy is written to a
temporary name and renamed when complete, so a crash never leaves a half backup that looks whole.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

BACKUP_PATTERN = re.compile(r"^arsip-(\d{4}-\d{2}-\d{2})\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    day: date

    @property
    def taken_at(self) -> datetime:
        """When the copy was made (file time, local), to tell the user what a restore loses."""
        return datetime.fromtimestamp(self.path.stat().st_mtime).astimezone()


def backup_name(day: date) -> str:
    return f"arsip-{day.isoformat()}.sqlite"


# Pages copied per backup step; between steps other threads (the GUI) get the interpreter.
BACKUP_STEP_PAGES = 4096
FSYNC_EACH_STEP = True  # see copy_database; the benchmark measures both ways


class BackupCancelled(Exception):
    """The copy was stopped (the archive is closing); no backup file was left behind."""


def copy_database(source: Path, out: Path, *, step_pages: int | None = None,
                  on_step: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy the database at `source` into `out` (replaced atomically when complete).

    The source connection holds ONE read transaction for the whole copy, so in WAL mode every
    page comes from the same snapshot: saves by other connections go on meanwhile and neither
    show up half in the copy nor make the backup API restart from page one (it restarts only
    when its own connection starts a new read and finds the file changed).
    `on_step(remaining, total)` is called after each step; `cancelled()` true stops the copy
    (BackupCancelled) and removes the partial file.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(source, isolation_level=None, check_same_thread=False)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # start the snapshot

        def progress(_status: int, remaining: int, total: int) -> None:
            # Flush each step's pages now: a pile of unwritten backup data would make the
            # GUI's next save wait for it (an fsync on ext4 can wait for other files' data).
            if FSYNC_EACH_STEP:
                with tmp.open("rb+") as fh:
                    os.fsync(fh.fileno())
            if on_step is not None:
                on_step(remaining, total)
            if cancelled is not None and cancelled():
                raise BackupCancelled

        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=step_pages or BACKUP_STEP_PAGES, progress=progress)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return out


def list_backups(backups_dir: Path) -> list[BackupFile]:
    """Daily backups, newest first."""
    found = []
    if backups_dir.is_dir():
        for path in backups_dir.iterdir():
            match = BACKUP_PATTERN.match(path.name)
            if match and path.is_file():
                try:
                    found.append(BackupFile(path, date.fromisoformat(match.group(1))))
                except ValueError:
                    continue
    return sorted(found, key=lambda b: b.day, reverse=True)


def daily_backup(db_path: Path, backups_dir: Path, today: date, keep: int,
                 cancelled: Callable[[], bool] | None = None) -> Path | None:
    """Make today's backup if there is none yet and drop the ones beyond `keep`."""
    target = backups_dir / backup_name(today)
    made = None
    if keep > 0 and not target.exists():
        made = copy_database(db_path, target, cancelled=cancelled)
    prune(backups_dir, keep)
    return made


def prune(backups_dir: Path, keep: int) -> None:
    """Delete daily backups beyond the newest `keep` (other files there are left alone)."""
    for old in list_backups(backups_dir)[max(keep, 0):]:
        old.path.unlink(missing_ok=True)


def integrity_ok(path: Path, quick: bool = False) -> bool:
    """True when `path` is a SQLite database that passes integrity_check (or quick_check)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
