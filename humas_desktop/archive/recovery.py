"""Check the archive file at open and, if it is damaged, put the newest good backup in its place.

A damaged file is never deleted and never silently replaced by an empty archive: it is moved
aside (arsip.sqlite.rusak-<time>, with its -wal/-shm), the newest backup that passes
integrity_check is copied into place, and the user is told what happened and which changes are
missing (everything saved after the backup was taken). With no good backup, opening fails with a
message saying so and the damaged file stays where it is.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from humas_desktop.archive.backup import copy_database, integrity_ok, list_backups
from humas_desktop.archive.errors import ArchiveDamaged, ArchiveError, from_sqlite
from humas_desktop.i18n import tr

_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


@dataclass(frozen=True)
class RecoveryReport:
    damaged_path: Path  # where the damaged file now is
    backup_path: Path
    backup_taken_at: datetime  # local time
    problem: str

    def message(self, lang: str | None = None) -> str:
        return tr(
            "archive.recovered", lang,
            moved=str(self.damaged_path),
            backup=self.backup_path.name,
            when=self.backup_taken_at.strftime("%Y-%m-%d %H:%M"),
        )


def find_damage(db_path: Path, has_backups: bool, thorough: bool = True) -> str | None:
    """Why `db_path` is unusable, or None when it looks sound.

    `thorough` runs PRAGMA quick_check, which reads every page (about 2 s per GiB). The
    light check catches what usually happens to an office PC's file (a garbage or zeroed
    header, a truncated copy, an unreadable schema) at the cost of a few page reads.
    """
    size = db_path.stat().st_size
    if size == 0:
        # SQLite would take an empty file for a new, empty archive; with backups around it is
        # a lost archive, not a new one.
        return "empty file" if has_backups else None
    try:
        conn = sqlite3.connect(db_path)
    except sqlite3.Error as exc:
        return classify_error(exc, db_path)
    try:
        if thorough:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        else:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            wal = Path(f"{db_path}-wal")
            rows = [("ok",)]
            if pages * page_size > size and not (wal.exists() and wal.stat().st_size):
                rows = [(f"file is {size} bytes, header says {pages * page_size}",)]
    except sqlite3.Error as exc:
        return classify_error(exc, db_path)
    finally:
        conn.close()
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:3])
    return None


def classify_error(exc: sqlite3.Error, db_path: Path) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(_DAMAGE_CODES) or "malformed" in str(exc) or "not a database" in str(exc):
        return str(exc)
    # Locked, read-only, I/O: not damage; report it without touching the file.
    raise from_sqlite(exc, db_path) from exc


def _move_aside(db_path: Path, stamp: str) -> Path:
    moved = db_path.with_name(f"{db_path.name}.rusak-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            part.rename(Path(f"{moved}{suffix}"))
    return moved


def recover(db_path: Path, backups_dir: Path, problem: str, now: datetime) -> RecoveryReport:
    """Replace a damaged `db_path` by the newest good backup, or raise ArchiveDamaged."""
    good = next((b for b in list_backups(backups_dir) if integrity_ok(b.path)), None)
    if good is None:
        raise ArchiveDamaged(tr("archive.damaged_no_backup", path=str(db_path),
                                folder=str(backups_dir)))
    taken_at = good.taken_at
    try:
        moved = _move_aside(db_path, now.strftime("%Y%m%d-%H%M%S"))
        copy_database(good.path, db_path)
    except (OSError, sqlite3.Error) as exc:
        raise ArchiveError(tr("archive.recovery_failed", path=str(db_path),
                              detail=str(exc))) from exc
    return RecoveryReport(damaged_path=moved, backup_path=good.path, backup_taken_at=taken_at,
                          problem=problem)
