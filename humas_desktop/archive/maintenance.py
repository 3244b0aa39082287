"""The day's full check and backup, apart from opening, so a big archive's window appears at once.

`Archive.open(defer_maintenance=True)` does only the light check; the GUI then calls
`Archive.run_maintenance()` on a worker thread. It uses its own sqlite3 connections (WAL lets the
GUI read and save meanwhile): PRAGMA quick_check first, and only if the file is sound the daily
backup, from one read snapshot (backup.copy_database). Damage found here stops all writing
(base.ArchiveBase._write) and leaves a marker so the next open checks fully and recovers.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from humas_desktop.archive.errors import ArchiveError, from_sqlite
from humas_desktop.archive.recovery import classify_error
from humas_desktop.i18n import tr


@dataclass(frozen=True)
class MaintenanceReport:
    db_path: Path
    checked: bool  # the full quick_check ran
    problem: str | None = None  # damage the check found (technical detail, for the log)
    backup_path: Path | None = None  # today's backup, when this run made it
    error: str | None = None  # user message: check or backup could not run (not damage)
    cancelled: bool = False  # the archive was closed meanwhile
    seconds: float = 0.0

    @property
    def damaged(self) -> bool:
        return self.problem is not None

    @property
    def ok(self) -> bool:
        return not self.damaged and self.error is None and not self.cancelled

    def message(self, lang: str | None = None) -> str:
        """What to tell the user; for damage, exactly what to do now."""
        if self.damaged:
            return tr("archive.maintenance_damaged", lang, path=str(self.db_path))
        if self.error is not None:
            return self.error
        if self.cancelled:
            return tr("archive.maintenance_cancelled", lang)
        if self.backup_path is not None:
            return tr("archive.maintenance_done_backup", lang, backup=self.backup_path.name)
        return tr("archive.maintenance_done", lang)


class Canceller:
    """Lets `Archive.close()` stop a running check (sqlite3 interrupt) or backup promptly."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._conns: list[sqlite3.Connection] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            for conn in self._conns:
                conn.interrupt()

    def is_set(self) -> bool:
        return self._event.is_set()

    def connect(self, db_path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(db_path, timeout=5, check_same_thread=False)
        with self._lock:
            self._conns.append(conn)
            if self._event.is_set():
                conn.interrupt()
        return conn

    def release(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._conns.remove(conn)
        conn.close()


class Interrupted(Exception):
    pass


def quick_check(db_path: Path, canceller: Canceller) -> str | None:
    """Damage PRAGMA quick_check finds in `db_path`, or None; Interrupted when cancelled;
    ArchiveError when the file cannot be read for another reason (locked, I/O)."""
    if canceller.is_set():
        raise Interrupted
    try:
        conn = canceller.connect(db_path)
    except sqlite3.Error as exc:
        raise from_sqlite(exc, db_path) from exc
    try:
        conn.execute("PRAGMA query_only=ON")
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        if canceller.is_set():
            raise Interrupted from exc
        problem = classify_error(exc, db_path)  # raises ArchiveError when it is not damage
        return problem
    finally:
        canceller.release(conn)
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:3])
    return None


def damage_error(db_path: Path) -> ArchiveError:
    """What a write says once the background check has found the file damaged."""
    return ArchiveError(tr("archive.writes_stopped", path=str(db_path)))
