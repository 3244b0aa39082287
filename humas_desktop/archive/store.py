"""The Archive: every release, revision, photo and setting of one office, in one SQLite file.

All writes go through `_write()` (one IMMEDIATE transaction, SQLite failures turned into
messages the user can act on), so a failed save leaves the archive exactly as it was.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from humas_desktop.archive import backup as backups
from humas_desktop.archive import maintenance, photos, search
from humas_desktop.archive.base import Clock
from humas_desktop.archive.db import make_engine
from humas_desktop.archive.errors import ArchiveError, NotFound, from_os, from_sqlite
from humas_desktop.archive.maintenance import MaintenanceReport
from humas_desktop.archive.migrate import upgrade
from humas_desktop.archive.office_data import OfficeData
from humas_desktop.archive.paths import BACKUPS_DIR, CHECK_MARKER, DB_NAME, resolve_data_dir
from humas_desktop.archive.recovery import find_damage, recover
from humas_desktop.archive.revisions import (
    RevisionInfo,
    diff_lines,
    document_json,
    pack,
    unpack,
)
from humas_desktop.archive.schema import (
    PhotoRefRow,
    PhotoRow,
    ReleaseRow,
    RevisionRow,
    TagRow,
)
from humas_desktop.archive.search import ListQuery, Page
from humas_desktop.archive.thinning import RevisionStamp, revisions_to_drop
from humas_desktop.i18n import tr
from humas_desktop.model.interchange import from_dict
from humas_desktop.model.office import running_number
from humas_desktop.model.release import Photo, Release, utc_now
from humas_desktop.model.workflow import Status, transition

IMPORT_BATCH = 500
# quick_check reads the whole file (~2 s/GiB here). Files up to this size (~7,000 releases) are
# checked at every open; bigger ones at the first open of each day, just before that day's backup
# (so a backup is never taken of a damaged file), and lightly at other opens (recovery.py).
QUICK_CHECK_MAX_BYTES = 128 * 2**20
# Photo files younger than this are never collected: the editor stores a photo when it is
# added, the release that uses it is saved a few seconds later.
PHOTO_GRACE = timedelta(days=1)
OPTIMIZE_AFTER = 5000  # merge the FTS index after imports this big (3 s per 100,000)


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: builtins.list[str]
    path: Path

    def message(self, lang: str | None = None) -> str:
        if self.ok:
            return tr("archive.check_ok", lang, path=str(self.path))
        return tr("archive.check_bad", lang, path=str(self.path), problems="; ".join(self.problems))


class Archive(OfficeData):
    """One office's archive; open it with `Archive.open(data_dir)`."""

    # ---- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, backups_to_keep: int = 7,
             clock: Clock | None = None, defer_maintenance: bool = False) -> Archive:
        """Open (creating, migrating, checking, recovering, backing up as needed).

        `defer_maintenance=True` (the GUI) does only the light check here and leaves the day's
        full check and backup to `run_maintenance()` on a worker thread, so a big archive's
        window appears at once. A file the background check found damaged is fully checked
        (and recovered) at the next open either way.
        """
        clock = clock or utc_now
        folder = resolve_data_dir(data_dir)
        db_path = folder / DB_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise from_os(exc, db_path) from exc
        if not os.access(folder, os.W_OK):
            raise ArchiveError(tr("archive.read_only", folder=str(folder)))
        report = None
        marker = folder / CHECK_MARKER
        if db_path.exists():
            backups_dir = folder / BACKUPS_DIR
            flagged = marker.exists()
            thorough = flagged or (not defer_maintenance
                                   and _check_due(db_path, backups_dir, clock))
            problem = find_damage(db_path, bool(backups.list_backups(backups_dir)), thorough)
            if problem:
                report = recover(db_path, folder / BACKUPS_DIR, problem, clock().astimezone())
        marker.unlink(missing_ok=True)
        engine = make_engine(db_path)
        try:
            upgrade(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise from_sqlite(exc, db_path) from exc
        except BaseException:
            engine.dispose()
            raise
        archive = cls(folder, engine, clock, backups_to_keep, report)
        if not defer_maintenance:
            archive._daily_backup()
        return archive

    def run_maintenance(self, progress: Callable[[str], None] | None = None
                        ) -> MaintenanceReport:
        """The day's full quick_check, then (if the file is sound) the daily backup.

        Safe on a worker thread while this Archive keeps reading and saving on another: it
        uses its own connections. Damage stops all further writes (`save()` raises
        ArchiveError) and the report's message tells the user to restart the program, whose
        next open recovers from the newest good backup. `close()` cancels a run in progress.
        """
        start = time.perf_counter()
        say = progress or (lambda _text: None)
        cancel = self._canceller
        checked, backup_path = False, None
        try:
            if _check_due(self.db_path, self.backups_dir, self._clock):
                say(tr("archive.maintenance_checking"))
                problem = maintenance.quick_check(self.db_path, cancel)
                checked = True
                if problem is not None:
                    self.damage = problem
                    with contextlib.suppress(OSError):  # a full disk must not hide the damage
                        (self.data_dir / CHECK_MARKER).write_text(problem + "\n",
                                                                  encoding="utf-8")
                    return MaintenanceReport(self.db_path, True, problem=problem,
                                             seconds=time.perf_counter() - start)
            target = self.backups_dir / backups.backup_name(self._clock().astimezone().date())
            if self.backups_to_keep > 0 and not target.exists():
                say(tr("archive.maintenance_backing_up"))
            backup_path = backups.daily_backup(self.db_path, self.backups_dir,
                                               self._clock().astimezone().date(),
                                               self.backups_to_keep, cancelled=cancel.is_set)
        except (maintenance.Interrupted, backups.BackupCancelled):
            return MaintenanceReport(self.db_path, checked, cancelled=True,
                                     seconds=time.perf_counter() - start)
        except ArchiveError as exc:
            return MaintenanceReport(self.db_path, checked, error=str(exc),
                                     seconds=time.perf_counter() - start)
        except (OSError, sqlite3.Error) as exc:
            self.backup_error = tr("archive.backup_failed", detail=str(exc))
            return MaintenanceReport(self.db_path, checked, error=self.backup_error,
                                     seconds=time.perf_counter() - start)
        return MaintenanceReport(self.db_path, checked, backup_path=backup_path,
                                 seconds=time.perf_counter() - start)

    def _daily_backup(self) -> None:
        try:
            backups.daily_backup(self.db_path, self.backups_dir, self._clock().astimezone().date(),
                                 self.backups_to_keep)
        except (OSError, sqlite3.Error) as exc:
            # Opening must still work on a full disk so the user can save elsewhere or clean up.
            self.backup_error = tr("archive.backup_failed", detail=str(exc))

    # ---- releases ------------------------------------------------------------------------

    def save(self, release: Release, *, pinned: bool = False) -> Release:
        """Insert or update; a status change must follow the workflow (model/workflow.py)."""
        with self._write() as session:
            return self._save_in(session, release, pinned=pinned, check_workflow=True)

    def _row(self, session: Session, release_id: str) -> ReleaseRow | None:
        return session.scalar(select(ReleaseRow).where(ReleaseRow.id == release_id.lower()))

    def _save_in(self, session: Session, release: Release, *, pinned: bool = False,
                 check_workflow: bool) -> Release:
        now = self._now()
        row = self._row(session, release.id)
        if row is None:
            stored = replace(release, id=release.id.lower(), revision=1, updated_at=now)
            row = ReleaseRow(id=stored.id)
            session.add(row)
        else:
            if check_workflow and row.status != release.status.value:
                transition(Status(row.status), release.status)
            stored = replace(release, id=row.id, revision=row.revision + 1, updated_at=now,
                             created_at=row.created_at, deleted=row.deleted)
        document = document_json(stored)
        self._fill_row(row, stored, document)
        session.flush()
        session.execute(delete(TagRow).where(TagRow.release_pk == row.pk))
        session.add_all(TagRow(release_pk=row.pk, tag_key=key, tag=tag)
                        for key, tag in _tags(stored).items())
        data, size = pack(document)
        session.add(RevisionRow(release_pk=row.pk, number=stored.revision, saved_at=now,
                                title=stored.title, size=size, pinned=pinned, data=data))
        session.flush()
        search.index_rows(session.connection(), [(row.pk, stored)])
        refs = _photo_refs(row.pk, stored)
        if refs:
            session.execute(insert(PhotoRefRow).prefix_with("OR IGNORE"), refs)
        self._thin(session, row.pk, now)
        return stored

    @staticmethod
    def _fill_row(row: ReleaseRow, release: Release, document: str) -> None:
        row.title = release.title
        row.status = release.status.value
        row.category = release.category
        row.release_date = release.release_date
        row.created_at = release.created_at
        row.updated_at = release.updated_at
        row.revision = release.revision
        row.deleted = release.deleted
        row.document = document

    def _thin(self, session: Session, release_pk: int, now: datetime) -> None:
        stamps = [RevisionStamp(number, saved_at, pinned) for number, saved_at, pinned in
                  session.execute(select(RevisionRow.number, RevisionRow.saved_at,
                                         RevisionRow.pinned)
                                  .where(RevisionRow.release_pk == release_pk))]
        drop = revisions_to_drop(stamps, now)
        if drop:
            session.execute(delete(RevisionRow).where(RevisionRow.release_pk == release_pk,
                                                      RevisionRow.number.in_(drop)))

    def import_releases(self, releases: Iterable[Release],
                        progress: Callable[[int], None] | None = None) -> builtins.list[str]:
        """Store many releases in ONE transaction: all are imported or none.

        New releases go in by batched executemany with pre-assigned keys (the write lock is
        held, so nobody else takes them); a release whose id is already archived becomes a new
        revision of it, taking the file's status as it is (an import is not an edit).
        """
        ids: builtins.list[str] = []
        with self._write() as session:
            conn = session.connection()
            next_pk = (session.scalar(select(func.max(ReleaseRow.pk))) or 0) + 1
            pending: builtins.list[tuple[int, Release]] = []
            pending_ids: set[str] = set()
            for release in releases:
                rid = release.id.lower()
                if rid in pending_ids or self._exists(session, rid):
                    self._flush_import(conn, pending)
                    pending, pending_ids = [], set()
                    stored = self._save_in(session, release, check_workflow=False)
                else:
                    stored = replace(release, id=rid, revision=1, updated_at=self._now())
                    pending.append((next_pk, stored))
                    pending_ids.add(rid)
                    next_pk += 1
                ids.append(stored.id)
                if len(pending) >= IMPORT_BATCH:
                    self._flush_import(conn, pending)
                    pending, pending_ids = [], set()
                if progress:
                    progress(len(ids))
            self._flush_import(conn, pending)
            if len(ids) >= OPTIMIZE_AFTER:
                search.optimize(conn)
        return ids

    @staticmethod
    def _exists(session: Session, release_id: str) -> bool:
        return session.scalar(select(ReleaseRow.pk).where(ReleaseRow.id == release_id)) is not None

    def _flush_import(self, conn: Any, rows: builtins.list[tuple[int, Release]]) -> None:
        if not rows:
            return
        releases, tags, revisions, refs = [], [], [], []
        for pk, release in rows:
            document = document_json(release)
            data, size = pack(document)
            releases.append({
                "pk": pk, "id": release.id, "title": release.title,
                "status": release.status.value, "category": release.category,
                "release_date": release.release_date, "created_at": release.created_at,
                "updated_at": release.updated_at, "revision": release.revision,
                "deleted": release.deleted, "document": document,
            })
            tags += [{"release_pk": pk, "tag_key": k, "tag": t} for k, t in _tags(release).items()]
            refs += _photo_refs(pk, release)
            revisions.append({"release_pk": pk, "number": release.revision,
                              "saved_at": release.updated_at, "title": release.title,
                              "size": size, "pinned": False, "data": data})
        conn.execute(insert(ReleaseRow), releases)
        if tags:
            conn.execute(insert(TagRow), tags)
        conn.execute(insert(RevisionRow), revisions)
        if refs:
            conn.execute(insert(PhotoRefRow), refs)
        search.insert_rows(conn, rows)

    def find_id(self, id_or_prefix: str) -> str:
        """The full id for an id or a unique prefix of one (as people copy ids from `list`)."""
        prefix = id_or_prefix.strip().lower()
        if not prefix:
            raise NotFound(tr("archive.not_found", id=id_or_prefix))
        with self._reading() as session:
            ids = builtins.list(session.scalars(
                select(ReleaseRow.id).where(ReleaseRow.id >= prefix,
                                            ReleaseRow.id < prefix + "\uffff").limit(2)))
        if prefix in ids:
            return prefix
        if len(ids) == 1:
            return ids[0]
        key = "archive.ambiguous_id" if ids else "archive.not_found"
        raise NotFound(tr(key, id=id_or_prefix))

    def next_running_number(self, pattern: str, year: int) -> int:
        """One more than the highest running number written in `pattern` for releases dated
        in `year` (trash included, so a number is never handed out twice); 1 for a new year."""
        with self._reading() as session:
            numbers = session.scalars(
                select(func.json_extract(ReleaseRow.document, "$.number")).where(
                    ReleaseRow.release_date >= date(year, 1, 1),
                    ReleaseRow.release_date <= date(year, 12, 31),
                )
            )
            used = [running_number(pattern, n) for n in numbers if n]
        return max((n for n in used if n is not None), default=0) + 1

    def get(self, release_id: str, *, include_deleted: bool = False) -> Release:
        with self._reading() as session:
            row = self._row(session, release_id)
            if row is None or (row.deleted and not include_deleted):
                raise NotFound(tr("archive.not_found", id=release_id))
            return from_dict(json.loads(row.document))

    def list(self, query: ListQuery) -> Page:
        with self._reading() as session:
            return search.page(session.connection(), query)

    def count(self, query: ListQuery) -> int:
        with self._reading() as session:
            return search.count(session.connection(), query)

    def _set_deleted(self, release_id: str, deleted: bool) -> None:
        with self._write() as session:
            row = self._row(session, release_id)
            if row is None:
                raise NotFound(tr("archive.not_found", id=release_id))
            if row.deleted == deleted:
                key = "archive.already_in_trash" if deleted else "archive.not_in_trash"
                raise ArchiveError(tr(key, id=release_id))
            now = self._now()
            document = json.loads(row.document)
            document["deleted"] = deleted
            document["updated_at"] = now.isoformat()
            row.deleted = deleted
            row.updated_at = now
            row.document = json.dumps(document, ensure_ascii=False, separators=(",", ":"))

    def trash(self, release_id: str) -> None:
        """Move to the trash (a tombstone: it stays in the file and can come back)."""
        self._set_deleted(release_id, True)

    def untrash(self, release_id: str) -> None:
        self._set_deleted(release_id, False)

    def purge(self, release_id: str) -> None:
        """Delete for good, with all revisions and the photo files nothing else uses; only a
        release already in the trash."""
        with self._write() as session:
            row = self._row(session, release_id)
            if row is None or not row.deleted:
                key = "archive.not_found" if row is None else "archive.purge_not_in_trash"
                raise NotFound(tr(key, id=release_id))
            search.unindex(session.connection(), row.pk)
            session.execute(delete(ReleaseRow).where(ReleaseRow.pk == row.pk))
        with contextlib.suppress(ArchiveError):  # the purge is done; a stuck file stays
            self.collect_unused_photos()

    # ---- revisions -----------------------------------------------------------------------

    def _release_pk(self, session: Session, release_id: str) -> int:
        row = self._row(session, release_id)
        if row is None:
            raise NotFound(tr("archive.not_found", id=release_id))
        return row.pk

    def history(self, release_id: str) -> builtins.list[RevisionInfo]:
        """Kept revisions, newest first."""
        with self._reading() as session:
            pk = self._release_pk(session, release_id)
            rows = session.execute(
                select(RevisionRow.number, RevisionRow.saved_at, RevisionRow.pinned,
                       RevisionRow.title, RevisionRow.size)
                .where(RevisionRow.release_pk == pk).order_by(RevisionRow.number.desc()))
            return [RevisionInfo(*row) for row in rows]

    def revision(self, release_id: str, number: int) -> Release:
        with self._reading() as session:
            pk = self._release_pk(session, release_id)
            data = session.scalar(select(RevisionRow.data).where(
                RevisionRow.release_pk == pk, RevisionRow.number == number))
            if data is None:
                raise NotFound(tr("archive.revision_not_found", id=release_id, number=number))
            return unpack(data)

    def diff(self, release_id: str, old: int, new: int) -> builtins.list[str]:
        """Unified diff lines between two revisions, over the text a reader sees."""
        return diff_lines(self.revision(release_id, old), self.revision(release_id, new), old, new)

    def restore(self, release_id: str, number: int) -> Release:
        """Make an old revision's content current again, as a new revision.

        Status and trash state stay as they are now: restoring wording must not move a
        published release back to draft behind the workflow's back.
        """
        old = self.revision(release_id, number)
        with self._write() as session:
            row = self._row(session, release_id)
            if row is None:
                raise NotFound(tr("archive.not_found", id=release_id))
            restored = replace(old, status=Status(row.status), deleted=row.deleted)
            return self._save_in(session, restored, check_workflow=False)

    def pin(self, release_id: str, number: int, pinned: bool = True) -> None:
        """A pinned revision is never thinned away."""
        with self._write() as session:
            pk = self._release_pk(session, release_id)
            result = session.execute(update(RevisionRow).where(
                RevisionRow.release_pk == pk, RevisionRow.number == number).values(pinned=pinned))
            if not result.rowcount:  # type: ignore[attr-defined]
                raise NotFound(tr("archive.revision_not_found", id=release_id, number=number))

    # ---- photos --------------------------------------------------------------------------

    def add_photo(self, path: Path, caption: str = "", credit: str = "") -> Photo:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ArchiveError(tr("archive.photo_unreadable", path=str(path),
                                  detail=exc.strerror or str(exc))) from exc
        return self.add_photo_bytes(data, Path(path).name, caption, credit)

    def add_photo_bytes(self, data: bytes, file_name: str, caption: str = "",
                        credit: str = "") -> Photo:
        try:
            digest, _ = photos.store_bytes(self.photos_dir, data)
        except OSError as exc:
            raise from_os(exc, self.photos_dir / "x") from exc
        with self._write() as session:
            if session.get(PhotoRow, digest) is None:
                session.add(PhotoRow(sha256=digest, file_name=file_name, size=len(data),
                                     added_at=self._now()))
        return Photo(sha256=digest, file_name=file_name, caption=caption, credit=credit)

    def photo_path(self, sha256: str) -> Path:
        return photos.photo_path(self.photos_dir, sha256)

    def collect_unused_photos(self) -> int:
        """Delete photo files nothing can show any more; return how many.

        Kept: every photo any revision of a live or trashed release ever showed (photo_refs,
        so restoring any kept revision finds its photos), the office logo, photos of unsaved
        text in the recovery journal, and any file changed in the last PHOTO_GRACE (a photo
        just added in the editor whose release is not saved yet).
        """
        from humas_desktop.archive.journal import pending_recoveries

        with self._reading() as session:
            keep = set(session.scalars(select(PhotoRefRow.sha256).distinct()))
        logo = self.office_profile().logo_sha256
        if logo:
            keep.add(logo.lower())
        for recovery in pending_recoveries(self.data_dir):
            keep.update(p.sha256.lower() for p in recovery.release.photos)
        try:
            removed = photos.remove_unused(self.photos_dir, keep,
                                           time.time() - PHOTO_GRACE.total_seconds())
        except OSError as exc:
            raise from_os(exc, self.photos_dir / "x") from exc
        if removed:
            with self._write() as session:
                session.execute(delete(PhotoRow).where(PhotoRow.sha256.in_(removed)))
        return len(removed)

    # ---- maintenance ---------------------------------------------------------------------

    def backup(self, out: Path | None = None) -> Path:
        """Copy the archive with the online backup API; default: today's file in backups/."""
        if out is None:
            out = self.backups_dir / backups.backup_name(self._clock().astimezone().date())
        elif out.is_dir():
            out = out / backups.backup_name(self._clock().astimezone().date())
        try:
            path = backups.copy_database(self.db_path, Path(out))
            if path.parent == self.backups_dir:
                backups.prune(self.backups_dir, self.backups_to_keep)
        except OSError as exc:
            raise from_os(exc, Path(out)) from exc
        except sqlite3.Error as exc:
            raise from_sqlite(exc, Path(out)) from exc
        return path

    def check(self) -> IntegrityReport:
        """PRAGMA integrity_check over the whole file (slower than the quick_check at open)."""
        with self._reading() as session:
            rows = [str(r[0]) for r in session.execute(text("PRAGMA integrity_check"))]
        return IntegrityReport(ok=rows == ["ok"], problems=[] if rows == ["ok"] else rows,
                               path=self.db_path)


def _check_due(db_path: Path, backups_dir: Path, clock: Clock) -> bool:
    """Full quick_check: small files at every open, big ones before each day's first backup."""
    if db_path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
        return True
    return not (backups_dir / backups.backup_name(clock().astimezone().date())).exists()


def _photo_refs(pk: int, release: Release) -> builtins.list[dict[str, Any]]:
    return [{"sha256": sha, "release_pk": pk}
            for sha in sorted({p.sha256.lower() for p in release.photos if p.sha256})]


def _tags(release: Release) -> dict[str, str]:
    """Tag key → tag as written, first spelling wins, empty tags dropped."""
    tags: dict[str, str] = {}
    for tag in release.tags:
        key = search.tag_key(tag)
        if key and key not in tags:
            tags[key] = tag.strip()
    return tags
