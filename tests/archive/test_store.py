from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from humas_desktop.archive import Archive, ArchiveError, ListQuery, NotFound
from humas_desktop.model.office import GlossaryEntry, GlossaryKind, OfficeProfile
from humas_desktop.model.release import ContactPerson, Photo
from humas_desktop.model.workflow import Status, WorkflowError

from .conftest import FakeClock, make_release


def test_save_and_get_round_trip(archive: Archive, clock: FakeClock) -> None:
    release = make_release(tags=("Kesehatan", "stunting"), release_date=date(2023, 11, 28),
                           contacts=(ContactPerson("Rina", "Pranata Humas", "0812", "r@x.id"),))
    stored = archive.save(release)
    assert stored.revision == 1
    assert stored.updated_at == clock.now
    assert archive.get(release.id) == stored
    clock.advance(minutes=1)
    again = archive.save(stored.edited(title="Judul Baru"))
    assert again.revision == 2
    assert again.created_at == stored.created_at
    assert archive.get(release.id).title == "Judul Baru"


def test_get_unknown_raises_not_found(archive: Archive) -> None:
    with pytest.raises(NotFound):
        archive.get("00000000-0000-4000-8000-000000000000")


def test_status_changes_follow_the_workflow(archive: Archive) -> None:
    release = archive.save(make_release())
    for target in (Status.REVIEW, Status.DRAFT, Status.REVIEW, Status.APPROVED,
                   Status.PUBLISHED, Status.ARCHIVED):
        release = archive.save(release.edited(status=target))
        assert archive.get(release.id).status is target
    with pytest.raises(WorkflowError):
        archive.save(release.edited(status=Status.DRAFT))
    assert archive.get(release.id).status is Status.ARCHIVED
    assert archive.get(release.id).revision == release.revision


def test_skipping_a_workflow_step_is_refused_and_nothing_changes(archive: Archive) -> None:
    release = archive.save(make_release())
    with pytest.raises(WorkflowError):
        archive.save(release.edited(status=Status.PUBLISHED, title="Diubah"))
    stored = archive.get(release.id)
    assert (stored.status, stored.title, stored.revision) == (Status.DRAFT, release.title, 1)
    assert len(archive.history(release.id)) == 1


def test_trash_untrash_purge(archive: Archive) -> None:
    keep = archive.save(make_release("Tetap Ada"))
    gone = archive.save(make_release("Dibuang Jembatan"))
    archive.trash(gone.id)
    assert [i.id for i in archive.list(ListQuery()).items] == [keep.id]
    assert [i.id for i in archive.list(ListQuery(deleted=True)).items] == [gone.id]
    assert archive.list(ListQuery(text="dibuang")).total == 0
    assert archive.list(ListQuery(text="dibuang", deleted=True)).total == 1
    with pytest.raises(NotFound):
        archive.get(gone.id)
    assert archive.get(gone.id, include_deleted=True).deleted
    with pytest.raises(ArchiveError, match="sudah ada di tempat sampah"):
        archive.trash(gone.id)
    archive.untrash(gone.id)
    assert not archive.get(gone.id).deleted
    with pytest.raises(ArchiveError, match="tidak ada di tempat sampah"):
        archive.untrash(gone.id)
    with pytest.raises(NotFound):
        archive.purge(gone.id)  # not in the trash
    archive.trash(gone.id)
    archive.purge(gone.id)
    with pytest.raises(NotFound):
        archive.get(gone.id, include_deleted=True)
    assert archive.list(ListQuery(text="dibuang", deleted=True)).total == 0
    with pytest.raises(NotFound):
        archive.history(gone.id)


def test_find_id_accepts_unique_prefix(archive: Archive) -> None:
    release = archive.save(make_release())
    assert archive.find_id(release.id[:8]) == release.id
    assert archive.find_id(release.id.upper()) == release.id
    with pytest.raises(NotFound):
        archive.find_id("ffffffff-ffff")


def test_photos_are_content_addressed_and_never_duplicated(archive: Archive, tmp_path) -> None:
    data = b"\x89PNG fake image bytes" * 100
    first = archive.add_photo_bytes(data, "rapat.png", "Rapat koordinasi", "Humas")
    source = tmp_path / "salinan.png"
    source.write_bytes(data)
    second = archive.add_photo(source, "Caption lain")
    assert first.sha256 == second.sha256
    path = archive.photo_path(first.sha256)
    assert path.read_bytes() == data
    assert path.parent.name == first.sha256[:2]
    files = [p for p in archive.photos_dir.rglob("*") if p.is_file()]
    assert files == [path]  # one file, no temporary left behind
    assert isinstance(second, Photo) and second.file_name == "salinan.png"
    with pytest.raises(ArchiveError):
        archive.add_photo(tmp_path / "tidak-ada.jpg")


def test_photo_metadata_survives_in_release(archive: Archive) -> None:
    photo = archive.add_photo_bytes(b"abc", "a.jpg", "Bupati menyerahkan bantuan", "Diskominfo")
    stored = archive.save(make_release(photos=(photo,)))
    assert archive.get(stored.id).photos == (photo,)


def test_settings_profile_glossary_user_words(archive: Archive, data_dir) -> None:
    assert archive.setting("missing", 5) == 5
    archive.set_setting("autosave_seconds", 30)
    archive.set_setting("recent", ["a", "ü"])
    assert archive.setting("recent") == ["a", "ü"]
    assert archive.office_profile() == OfficeProfile()
    profile = OfficeProfile(name="Dinas Kominfo", government="Pemkab Selayar",
                            contact=ContactPerson("Andi", "Kabid", "0812"))
    archive.save_office_profile(profile)
    archive.add_glossary_entry(GlossaryEntry("Aiyub Abbas", GlossaryKind.PERSON, "Bupati"))
    archive.add_glossary_entry(GlossaryEntry("Meureudu", GlossaryKind.PLACE))
    archive.add_glossary_entry(GlossaryEntry("Aiyub Abbas", GlossaryKind.PERSON, "Bupati Pijay"))
    archive.add_user_word("Pijay")
    archive.add_user_word("Pijay")
    archive.add_user_word("  ")
    archive.close()
    with Archive.open(data_dir) as reopened:
        assert reopened.setting("autosave_seconds") == 30
        assert reopened.office_profile() == profile
        assert reopened.glossary() == [
            GlossaryEntry("Aiyub Abbas", GlossaryKind.PERSON, "Bupati Pijay"),
            GlossaryEntry("Meureudu", GlossaryKind.PLACE),
        ]
        reopened.remove_glossary_entry("Meureudu")
        assert [e.term for e in reopened.glossary()] == ["Aiyub Abbas"]
        assert reopened.user_words() == ["Pijay"]
        reopened.remove_user_word("Pijay")
        assert reopened.user_words() == []


def test_bulk_import_is_all_or_nothing_and_updates_known_ids(archive: Archive) -> None:
    existing = archive.save(make_release("Lama"))
    published = replace(existing, title="Dari Berkas", status=Status.PUBLISHED)
    batch = [make_release(f"Rilis {i}") for i in range(1200)] + [published]
    ids = archive.import_releases(batch)
    assert len(ids) == 1201 and ids[-1] == existing.id
    assert archive.count(ListQuery()) == 1201
    updated = archive.get(existing.id)
    assert (updated.title, updated.status, updated.revision) == ("Dari Berkas", Status.PUBLISHED, 2)
    assert [r.number for r in archive.history(ids[0])] == [1]
    assert archive.list(ListQuery(text="Rilis 1199")).items[0].id == ids[1199]

    class Boom(Exception):
        pass

    def failing():
        yield make_release("Tidak Boleh Masuk")
        raise Boom

    with pytest.raises(Boom):
        archive.import_releases(failing())
    assert archive.count(ListQuery()) == 1201
    assert archive.list(ListQuery(text="Tidak Boleh Masuk")).total == 0


def test_import_same_id_twice_in_one_batch(archive: Archive) -> None:
    release = make_release("Dua Kali")
    ids = archive.import_releases([release, release.edited(title="Dua Kali Diubah")])
    assert ids == [release.id, release.id]
    assert archive.get(release.id).title == "Dua Kali Diubah"
    assert archive.get(release.id).revision == 2
