"""Recovery journal: the text being typed, on disk before it reaches the archive.

Autosave waits for a pause in typing; a power cut or a crash in those seconds must not cost the
officer a paragraph. While typing, the editor hands the current release to a `JournalWriter`,
which writes one small file per release (`data_dir/journal/<id>.json`) atomically (temporary
file, fsync, rename, fsync of the folder) on a background thread so typing never waits for the
disk. A good save clears the file. Whatever is left at the next start is a pending recovery.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from humas_desktop.i18n import tr
from humas_desktop.model.interchange import InterchangeError, from_dict, to_dict
from humas_desktop.model.release import Release

JOURNAL_DIR = "journal"
STALE_TMP_SECONDS = 3600  # older half-written files are left-overs of a crash, never in use
FORMAT = "humas-journal/1"


def journal_dir(data_dir: Path) -> Path:
    return Path(data_dir) / JOURNAL_DIR


def _entry_path(data_dir: Path, release_id: str) -> Path:
    # The id comes from a release; a UUID round trip keeps it a plain file name.
    return journal_dir(data_dir) / f"{uuid.UUID(release_id)}.json"


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; os.replace is already durable there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_entry(data_dir: Path, release: Release) -> Path:
    """Write the journal file for `release` atomically; returns its path."""
    path = _entry_path(data_dir, release.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT,
        "written_at": datetime.now(UTC).isoformat(),
        "release": to_dict(release),
    }
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    return path


def clear_entry(data_dir: Path, release_id: str) -> None:
    path = _entry_path(data_dir, release_id)
    try:
        path.unlink()
    except FileNotFoundError:
        return
    _fsync_dir(path.parent)


def _content(release: Release) -> Release:
    """The release without the bookkeeping a save changes."""
    return replace(release, revision=0, updated_at=release.created_at)


@dataclass(frozen=True)
class Recovery:
    """Unsaved work found in the journal at start-up."""

    release: Release
    written_at: datetime
    path: Path

    def differs_from(self, stored: Release | None) -> bool:
        """False when the archive already holds exactly this text (the save beat the clear)."""
        return stored is None or _content(stored) != _content(self.release)

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


@dataclass(frozen=True)
class DamagedEntry:
    path: Path
    message: str


def read_journal(data_dir: Path) -> tuple[list[Recovery], list[DamagedEntry]]:
    """Readable recoveries (newest first) and the files that could not be read."""
    folder = journal_dir(data_dir)
    recoveries: list[Recovery] = []
    damaged: list[DamagedEntry] = []
    if not folder.is_dir():
        return recoveries, damaged
    stale = time.time() - STALE_TMP_SECONDS
    for tmp in folder.glob(".*.tmp"):  # a write cut off by the crash; the previous file stands
        with contextlib.suppress(OSError):
            if tmp.stat().st_mtime < stale:
                tmp.unlink()
    for path in folder.glob("*.json"):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(payload, dict) or payload.get("format") != FORMAT:
                raise ValueError(path.name)
            written = datetime.fromisoformat(payload["written_at"])
            recoveries.append(Recovery(from_dict(payload["release"]), written, path))
        except (OSError, ValueError, KeyError, TypeError, InterchangeError):
            damaged.append(DamagedEntry(path, tr("journal.unreadable", file=path.name)))
    recoveries.sort(key=lambda r: r.written_at, reverse=True)
    return recoveries, damaged


def pending_recoveries(data_dir: Path) -> list[Recovery]:
    """Unsaved releases left by a crash, newest first (damaged files are left untouched)."""
    return read_journal(data_dir)[0]


_CLEAR = object()


class JournalWriter:
    """Writes journal entries on one background thread, newest state per release wins.

    Operations for one release are applied in the order they were asked for, so a `clear` after
    a save cannot be overtaken by an older write, and a write after the save is kept.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._pending: dict[str, object] = {}
        self._busy = False
        self._cond = threading.Condition()
        self._closed = False
        self.last_error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="humas-journal", daemon=True)
        self._thread.start()

    def record(self, release: Release) -> None:
        self._put(release.id, release)

    def clear(self, release_id: str) -> None:
        self._put(release_id, _CLEAR)

    def _put(self, release_id: str, op: object) -> None:
        with self._cond:
            if self._closed:
                raise RuntimeError("journal writer is closed")
            self._pending.pop(release_id, None)  # re-insert so order follows the newest request
            self._pending[release_id] = op
            self._cond.notify_all()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything asked so far is on disk; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)

    def close(self, timeout: float = 5.0) -> None:
        self.flush(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending or self._closed)
                if not self._pending:
                    return  # closed and drained
                release_id = next(iter(self._pending))
                op = self._pending.pop(release_id)
                self._busy = True
            try:
                if op is _CLEAR:
                    clear_entry(self.data_dir, release_id)
                elif isinstance(op, Release):
                    write_entry(self.data_dir, op)
                self.last_error = None
            except OSError as exc:  # disk full, permissions: the archive save still protects
                self.last_error = exc
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()
