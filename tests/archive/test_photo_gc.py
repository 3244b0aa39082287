"""Photo garbage collection: files no release, revision, logo or journal entry uses go away."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

from humas_desktop.archive import Archive
from humas_desktop.archive.journal import write_entry
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Photo

from .conftest import FakeClock, make_release

OLD = time.time() - 3 * 86400


def photo(archive: Archive, label: str) -> Photo:
    return archive.add_photo_bytes(f"foto {label}".encode() * 50, f"{label}.jpg")


def age(archive: Archive, *photos: Photo) -> None:
    """Make the files look added days ago (the collector spares fresh ones)."""
    for p in photos:
        os.utime(archive.photo_path(p.sha256), (OLD, OLD))


def exists(archive: Archive, p: Photo) -> bool:
    return archive.photo_path(p.sha256).exists()


def test_only_photos_nothing_can_show_are_deleted(archive: Archive, data_dir: Path,
                                                  clock: FakeClock) -> None:
    used, old_rev, orphan, logo, journal, fresh = (
        photo(archive, n) for n in ("dipakai", "revisi-lama", "yatim", "logo", "jurnal", "baru"))
    age(archive, used, old_rev, orphan, logo, journal)
    archive.save(make_release("Memakai foto", photos=(used,)))
    second = archive.save(make_release("Dulu berfoto", photos=(old_rev,)))
    clock.advance(minutes=1)
    archive.save(replace(second, photos=()))  # the photo is only in revision 1 now
    archive.save_office_profile(OfficeProfile(name="Diskominfo", logo_sha256=logo.sha256))
    write_entry(data_dir, make_release("Belum tersimpan", photos=(journal,)))

    assert archive.collect_unused_photos() == 1
    assert not exists(archive, orphan)
    assert all(exists(archive, p) for p in (used, old_rev, logo, journal, fresh))
    assert archive.collect_unused_photos() == 0
    # restoring the old revision finds its photo
    restored = archive.restore(second.id, 1)
    assert restored.photos == (old_rev,) and exists(archive, old_rev)


def test_trash_keeps_photos_purge_frees_them_unless_shared(archive: Archive) -> None:
    own, shared = photo(archive, "sendiri"), photo(archive, "bersama")
    age(archive, own, shared)
    gone = archive.save(make_release("Akan dihapus", photos=(own, shared)))
    archive.save(make_release("Tetap ada", photos=(shared,)))
    archive.trash(gone.id)
    assert archive.collect_unused_photos() == 0
    assert exists(archive, own)
    archive.purge(gone.id)
    assert not exists(archive, own) and exists(archive, shared)
    assert not archive.photo_path(own.sha256).parent.exists()  # empty shard folder removed


def test_imported_releases_keep_their_photos(archive: Archive) -> None:
    kept, other = photo(archive, "impor"), photo(archive, "lain")
    age(archive, kept, other)
    ids = archive.import_releases([make_release("Impor 1", photos=(kept,)),
                                   make_release("Impor 2", photos=(other,))])
    archive.trash(ids[1])
    archive.purge(ids[1])
    assert exists(archive, kept) and not exists(archive, other)


def test_re_adding_an_old_orphan_makes_it_fresh(archive: Archive) -> None:
    """The editor stores a photo before its release is saved: it must survive a purge then."""
    again = photo(archive, "lagi")
    age(archive, again)
    assert photo(archive, "lagi") == again
    assert archive.collect_unused_photos() == 0 and exists(archive, again)


def test_leftover_temporary_and_foreign_files(archive: Archive) -> None:
    used = photo(archive, "ada")
    shard = archive.photo_path(used.sha256).parent
    leftover = shard / ".tmp-abc123"
    leftover.write_bytes(b"setengah")
    mine = shard / "catatan.txt"  # not a photo-store name: never touched
    mine.write_text("jangan dihapus")
    for path in (leftover, mine):
        os.utime(path, (OLD, OLD))
    archive.save(make_release("Pakai", photos=(used,)))
    assert archive.collect_unused_photos() == 0
    assert not leftover.exists() and mine.exists() and exists(archive, used)


def test_archive_from_before_photo_refs_keeps_its_photos(data_dir: Path) -> None:
    """Covered in detail by test_migrations; here: a reopened archive still knows its refs."""
    with Archive.open(data_dir, clock=FakeClock()) as archive:
        kept = photo(archive, "lama")
        age(archive, kept)
        archive.save(make_release("Lama", photos=(kept,)))
    with Archive.open(data_dir, clock=FakeClock()) as archive:
        assert archive.collect_unused_photos() == 0 and exists(archive, kept)
