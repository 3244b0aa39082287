"""CLI: templates, new from template, kelengkapan, recover."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from humas_desktop.archive import Archive
from humas_desktop.archive.journal import pending_recoveries, write_entry
from humas_desktop.cli import main
from humas_desktop.i18n import set_language
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Block, ContactPerson, new_release


@pytest.fixture(autouse=True)
def _indonesian():
    set_language("id")
    yield
    set_language("id")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with Archive.open(folder) as archive:
        archive.save_office_profile(OfficeProfile(
            name="Diskominfo", region="Benteng",
            contact=ContactPerson("Andi Rahman", "Kabid IKP", "0812"),
            number_pattern="{no}/HUMAS-DKISP/{bulan}/{tahun}"))
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_templates_listed(capsys, data) -> None:
    assert run(data, "templates") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("kegiatan ") and "bencana" in out
    assert run(data, "templates", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [t["id"] for t in listed][-1] == "bencana" and listed[0]["required"]


def test_new_from_template_then_kelengkapan(capsys, data) -> None:
    assert run(data, "new", "--template", "bencana", "--title", "Banjir Rendam 312 Rumah",
               "--number", "7", "--date", "2023-12-04") == 0
    release_id = capsys.readouterr().out.strip()
    with Archive.open(data) as archive:
        stored = archive.get(release_id)
    assert stored.category == "bencana" and stored.dateline_city == "BENTENG"
    assert stored.number == "007/HUMAS-DKISP/XII/2023"
    assert stored.title == "Banjir Rendam 312 Rumah"

    assert run(data, "kelengkapan", release_id[:8]) == 1  # the lead is still missing
    out = capsys.readouterr().out
    assert "✓ Judul 23 karakter." in out and "✗ Teras berita (paragraf pertama)" in out
    assert "✗ Tulis isi berita setelah teras." in out
    assert "✓ Kutipan: tidak wajib untuk templat ini." in out  # not "✓ Belum ada kutipan."
    before = [line for line in out.splitlines() if line[:1] in "✓✗"]

    lead = "BPBD mengevakuasi 312 keluarga di Kecamatan Bontoharu, Senin (4/12), karena banjir."
    with Archive.open(data) as archive:
        archive.save(replace(stored, body=(Block.plain(lead), Block.plain("Isi."))))
    assert run(data, "--lang", "en", "completeness", release_id, "--json") == 0
    items = json.loads(capsys.readouterr().out)
    assert all(item["ok"] for item in items)
    assert len(items) == len(before)  # the body item turned ✓; no item came or went
    assert items[0]["message"] == "Headline: 23 characters."
    assert "Body written: 1 word." in [item["message"] for item in items]


def test_new_takes_the_next_running_number_of_that_year(capsys, data) -> None:
    assert run(data, "new", "--number", "41", "--date", "2023-05-02") == 0
    assert run(data, "new", "--date", "2023-12-04") == 0
    assert run(data, "new", "--date", "2024-01-02") == 0
    first, second, third = capsys.readouterr().out.split()
    with Archive.open(data) as archive:
        numbers = [archive.get(i).number for i in (first, second, third)]
    assert numbers == ["041/HUMAS-DKISP/V/2023", "042/HUMAS-DKISP/XII/2023",
                       "001/HUMAS-DKISP/I/2024"]


def test_new_with_bad_input(capsys, data) -> None:
    assert run(data, "new", "--template", "tidak-ada") == 2
    assert "kegiatan, kebijakan" in capsys.readouterr().err
    assert run(data, "new", "--date", "2023-13-01") == 2
    assert "TTTT-BB-HH" in capsys.readouterr().err


def test_recover_lists_restores_and_clears(capsys, data) -> None:
    with Archive.open(data) as archive:
        stored = archive.save(new_release(title="Tersimpan"))
    unsaved = replace(stored, title="Belum tersimpan")
    write_entry(data, unsaved)
    write_entry(data, new_release(title="Rilis yang belum pernah disimpan"))
    same = new_release(title="Sama")
    with Archive.open(data) as archive:
        archive.save(same)
    write_entry(data, same)  # the save beat the clear: nothing to offer

    assert run(data, "recover") == 0
    out = capsys.readouterr().out
    assert "Belum tersimpan" in out and "belum pernah disimpan" in out and "Sama" not in out
    assert len(pending_recoveries(data)) == 2

    assert run(data, "recover", "--restore") == 0
    assert "2 siaran pers dipulihkan" in capsys.readouterr().out
    with Archive.open(data) as archive:
        assert archive.get(stored.id).title == "Belum tersimpan"
        assert archive.get(stored.id).revision == stored.revision + 1
    assert pending_recoveries(data) == []
    assert run(data, "recover") == 0
    assert "Tidak ada teks" in capsys.readouterr().out


def test_recover_discard(capsys, data) -> None:
    write_entry(data, new_release(title="Buang saja"))
    assert run(data, "recover", "--discard") == 0
    assert pending_recoveries(data) == []
