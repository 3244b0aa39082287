from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from humas_desktop.archive import Archive, ListQuery
from humas_desktop.archive.db import make_engine
from humas_desktop.archive.migrate import HEAD, alembic_config
from humas_desktop.model.interchange import to_dict
from humas_desktop.model.release import Photo

from .conftest import make_release


def test_head_constant_matches_the_scripts() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def test_fresh_archive_is_at_head_with_all_tables(archive: Archive) -> None:
    with archive._read() as session:
        conn = session.connection()
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        names = set(sa.inspect(conn).get_table_names())
    assert {"releases", "release_tags", "revisions", "photos", "settings", "glossary",
            "user_words", "releases_fts"} <= names


def test_upgrade_from_first_migration_keeps_everything(tmp_path: Path) -> None:
    """An archive written by a version that only had 0001 opens and is complete at head."""
    db = tmp_path / "arsip.sqlite"
    engine = make_engine(db)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    old_photo, now_photo = Photo("a" * 64, "lama.jpg"), Photo("b" * 64, "baru.jpg")
    release = make_release("Peresmian Café Literasi", tags=("Literasi",), photos=(now_photo,))
    document = json.dumps(to_dict(release.edited(revision=3)), ensure_ascii=False)
    older = json.dumps(to_dict(release.edited(revision=2, photos=(old_photo,))))
    with engine.begin() as conn:
        assert "pinned" not in {c["name"] for c in sa.inspect(conn).get_columns("revisions")}
        conn.execute(sa.text(
            "INSERT INTO releases (pk, id, title, status, category, release_date, created_at, "
            "updated_at, revision, deleted, document) VALUES (7, :id, :title, 'draft', '', NULL,"
            " '2023-01-01 00:00:00', '2023-01-02 00:00:00', 3, 0, :doc)"),
            {"id": release.id, "title": release.title, "doc": document})
        conn.execute(sa.text("INSERT INTO release_tags VALUES (7, 'literasi', 'Literasi')"))
        conn.execute(sa.text(
            "INSERT INTO revisions (release_pk, number, saved_at, title, size, data) "
            "VALUES (7, 3, '2023-01-02 00:00:00', :title, 1, x'00')"), {"title": release.title})
        conn.execute(sa.text(
            "INSERT INTO revisions (release_pk, number, saved_at, title, size, data) "
            "VALUES (7, 2, '2023-01-01 00:00:00', :title, 1, :data)"),
            {"title": release.title, "data": zlib.compress(older.encode())})
        conn.execute(sa.text("INSERT INTO settings VALUES ('autosave_seconds', '20')"))
    engine.dispose()

    with Archive.open(tmp_path) as archive:
        stored = archive.get(release.id)
        assert stored.title == release.title and stored.revision == 3
        assert archive.setting("autosave_seconds") == 20
        assert [i.id for i in archive.list(ListQuery(text="cafe literasi")).items] == [release.id]
        assert [i.id for i in archive.list(ListQuery(tag="literasi")).items] == [release.id]
        assert [(r.number, r.pinned) for r in archive.history(release.id)] == [(3, False),
                                                                             (2, False)]
        # 0003 found the photos of the document and of the old snapshot (the unreadable x'00'
        # snapshot is skipped, not fatal)
        with archive._engine.connect() as conn:
            refs = conn.execute(
                sa.text("SELECT sha256, release_pk FROM photo_refs ORDER BY sha256")).fetchall()
        assert refs == [("a" * 64, 7), ("b" * 64, 7)]
        saved = archive.save(stored.edited(title="Judul Baru"))
        assert saved.revision == 4
        archive.add_user_word("Pijay")


def test_archive_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    from humas_desktop.archive import ArchiveError

    with Archive.open(tmp_path) as archive:
        archive.save(make_release("Dari Versi Baru"))
    engine = make_engine(tmp_path / "arsip.sqlite")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(ArchiveError) as caught:
        Archive.open(tmp_path)
    assert "0099" in str(caught.value)
    engine = make_engine(tmp_path / "arsip.sqlite")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0099"
        assert conn.execute(sa.text("SELECT count(*) FROM releases")).scalar() == 1
    engine.dispose()
