"""Archive errors the user can act on; messages come from the i18n catalogues."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from humas_desktop.errors import HumasError
from humas_desktop.i18n import tr


class ArchiveError(HumasError):
    """The archive cannot do what was asked; the message says why and what to do."""


class NotFound(ArchiveError, LookupError):
    """No release (or revision) with that id in the archive."""


class ArchiveDamaged(ArchiveError):
    """The database file is damaged and no good backup could replace it."""


def from_sqlite(exc: BaseException, db_path: Path) -> ArchiveError:
    """Translate a low-level SQLite failure into a message an office worker can act on."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    folder = str(db_path.parent)
    if "disk is full" in text or "database or disk is full" in text:
        return ArchiveError(tr("archive.disk_full", folder=folder))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ArchiveError(tr("archive.read_only", folder=folder))
    if "locked" in text or "busy" in text:
        return ArchiveError(tr("archive.locked", path=str(db_path)))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return ArchiveError(tr("archive.damaged_in_use", path=str(db_path)))
    return ArchiveError(tr("archive.sqlite_failed", path=str(db_path), detail=text))


def from_os(exc: OSError, path: Path) -> ArchiveError:
    if exc.errno == errno.ENOSPC:
        return ArchiveError(tr("archive.disk_full", folder=str(path.parent)))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ArchiveError(tr("archive.read_only", folder=str(path.parent)))
    return ArchiveError(tr("archive.io_failed", path=str(path), detail=exc.strerror or str(exc)))


SQLITE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error,)
