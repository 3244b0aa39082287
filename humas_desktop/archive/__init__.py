"""The local archive: releases, revisions, photos and settings in one SQLite file (SQLAlchemy 2).

Public API (docs/archive.md; /work/notes/ARCHIVE_API.md is the contract):
`Archive`, `ListQuery`, `ListItem`, `Page`, `RevisionInfo`, `RecoveryReport`, `IntegrityReport`,
`MaintenanceReport`, `ArchiveError`, `ArchiveDamaged`, `NotFound`.
"""

from humas_desktop.archive.errors import ArchiveDamaged, ArchiveError, NotFound
from humas_desktop.archive.maintenance import MaintenanceReport
from humas_desktop.archive.recovery import RecoveryReport
from humas_desktop.archive.revisions import RevisionInfo
from humas_desktop.archive.search import ListItem, ListQuery, Page
from humas_desktop.archive.store import Archive, IntegrityReport

__all__ = [
    "Archive",
    "ArchiveDamaged",
    "ArchiveError",
    "IntegrityReport",
    "ListItem",
    "ListQuery",
    "MaintenanceReport",
    "NotFound",
    "Page",
    "RecoveryReport",
    "RevisionInfo",
]
