import json
from dataclasses import replace

from humas_desktop.archive.journal import (
    JournalWriter,
    clear_entry,
    journal_dir,
    pending_recoveries,
    read_journal,
    write_entry,
)
from humas_desktop.model.release import Block, Run, new_release

RELEASE = new_release(title="Judul", body=(Block((Run("Teras ", bold=True), Run("berita")),),))


def test_write_read_clear(tmp_path) -> None:
    path = write_entry(tmp_path, RELEASE)
    assert path.parent == journal_dir(tmp_path)
    [found] = pending_recoveries(tmp_path)
    assert found.release == RELEASE
    assert not found.differs_from(replace(RELEASE, revision=3))
    assert found.differs_from(replace(RELEASE, title="Lain"))
    assert found.differs_from(None)
    clear_entry(tmp_path, RELEASE.id)
    clear_entry(tmp_path, RELEASE.id)  # clearing twice is harmless
    assert pending_recoveries(tmp_path) == []
    assert list(journal_dir(tmp_path).iterdir()) == []  # no temporary files left behind


def test_damaged_file_is_reported_and_kept(tmp_path) -> None:
    write_entry(tmp_path, RELEASE)
    bad = journal_dir(tmp_path) / "00000000-0000-0000-0000-000000000000.json"
    bad.write_text("{not json", encoding="utf-8")
    recoveries, damaged = read_journal(tmp_path)
    assert [r.release.id for r in recoveries] == [RELEASE.id]
    assert [d.path for d in damaged] == [bad] and bad.name in damaged[0].message
    assert bad.exists()


def test_writer_keeps_newest_and_orders_clear(tmp_path) -> None:
    writer = JournalWriter(tmp_path)
    try:
        for i in range(50):
            writer.record(replace(RELEASE, title=f"Judul {i}"))
        assert writer.flush()
        [found] = pending_recoveries(tmp_path)
        assert found.release.title == "Judul 49"
        writer.clear(RELEASE.id)  # a good save
        writer.record(replace(RELEASE, title="Setelah simpan"))  # typing goes on
        assert writer.flush()
        [found] = pending_recoveries(tmp_path)
        assert found.release.title == "Setelah simpan"
        writer.clear(RELEASE.id)
        assert writer.flush()
        assert pending_recoveries(tmp_path) == []
    finally:
        writer.close()


def test_file_is_json_with_interchange_release(tmp_path) -> None:
    path = write_entry(tmp_path, RELEASE)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "humas-journal/1"
    assert data["release"]["format"] == "humas-release/1"


def test_half_written_files_of_a_crash_are_cleaned(tmp_path) -> None:
    import os
    import time

    path = write_entry(tmp_path, RELEASE)
    old = path.with_name(f".{path.name}.123.456.tmp")
    old.write_text("{half", encoding="utf-8")
    hour_ago = time.time() - 7200
    os.utime(old, (hour_ago, hour_ago))
    fresh = path.with_name(f".{path.name}.789.1.tmp")  # maybe being written right now
    fresh.write_text("{", encoding="utf-8")
    assert [r.release for r in pending_recoveries(tmp_path)] == [RELEASE]
    assert not old.exists() and fresh.exists()
