"""One file-name rule for single and batch export; what a batch does with existing files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from humas_desktop.export.batch import ExistingFiles, existing_files, export_batch, file_name
from humas_desktop.export.formats import ExportFormat
from humas_desktop.export.naming import release_file_name, safe_title, shorten

LONG = ("Pemkab Selayar Percepat Penurunan Stunting Lewat Rapat Koordinasi Lintas Sektor "
        "dan Pendataan Ulang Balita di 88 Desa")


def test_name_is_the_date_and_the_readable_title(release):
    assert release_file_name(release) == (
        "2023-11-28 Pemkab Selayar Percepat Penurunan Stunting.docx")
    assert release_file_name(release, "pdf").endswith("Stunting.pdf")
    assert file_name(release, ExportFormat.WHATSAPP) == release_file_name(release, ".txt")


def test_long_title_is_cut_at_a_word_boundary(release):
    name = release_file_name(replace(release, title=LONG))
    stem = name.removesuffix(".docx").removeprefix("2023-11-28 ")
    assert len(stem) <= 80
    assert LONG.startswith(stem) and LONG[len(stem)] == " "  # a whole word ends there
    assert stem == ("Pemkab Selayar Percepat Penurunan Stunting Lewat Rapat Koordinasi Lintas "
                    "Sektor")
    assert shorten("Satu" + "x" * 100, 20) == "Satu" + "x" * 16  # no space: plain cut


@pytest.mark.parametrize(("title", "expected"), [
    ("Rakor: Stunting 2024?", "Rakor Stunting 2024"),
    ("APBD 2024/2025 Disahkan", "APBD 2024-2025 Disahkan"),
    ('Pelatihan "Jurnalistik" <ASN> | Humas*', "Pelatihan Jurnalistik ASN Humas"),
    ("Pelatihan “Jurnalistik” bagi ASN…", "Pelatihan “Jurnalistik” bagi ASN…"),
    ("Akhir kalimat. ", "Akhir kalimat"),
    ("Tab\tdan\nbaris", "Tab dan baris"),
])
def test_windows_safe_title(title, expected):
    assert safe_title(title) == expected


def test_untitled_undated_and_device_names(release):
    assert release_file_name(replace(release, title="  ", release_date=None)) == (
        "Siaran pers.docx")
    assert release_file_name(replace(release, title="CON", release_date=None), ".txt") == (
        "Siaran pers CON.txt")
    assert release_file_name(replace(release, title="nul.x", release_date=None)) == (
        "Siaran pers nul.x.docx")
    assert release_file_name(replace(release, title="CON")) == "2023-11-28 CON.docx"


def _releases(release, n=3):
    return [replace(release, id=f"id-{i}", title=f"Siaran {i}", photos=(),
                    release_date=date(2026, 11, 10)) for i in range(n)]


def test_second_run_with_each_policy(tmp_path, release):
    releases = _releases(release)
    first = export_batch(releases, tmp_path, "txt")
    names = sorted(p.name for p in first.written)
    assert names == [f"2026-11-10 Siaran {i}.txt" for i in range(3)]
    assert existing_files(releases, tmp_path, "txt") == sorted(first.written)
    assert existing_files(releases, tmp_path, "docx") == []
    (tmp_path / names[0]).write_text("diubah tangan", "utf-8")

    skipped = export_batch(releases, tmp_path, "txt", existing="skip")
    assert skipped.written == [] and sorted(p.name for p in skipped.skipped) == names
    assert (tmp_path / names[0]).read_text("utf-8") == "diubah tangan"

    replaced = export_batch(releases, tmp_path, "txt", existing=ExistingFiles.REPLACE)
    assert sorted(p.name for p in replaced.written) == names
    assert not replaced.skipped and not replaced.renamed
    assert "Siaran 0" in (tmp_path / names[0]).read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == names

    copies = export_batch(releases, tmp_path, "txt")  # the default keeps both
    assert sorted(p.name for p in copies.written) == [
        f"2026-11-10 Siaran {i} (2).txt" for i in range(3)]
    assert [(a.name, b.name) for a, b in copies.renamed] == [
        (f"2026-11-10 Siaran {i}.txt", f"2026-11-10 Siaran {i} (2).txt") for i in range(3)]
    assert len(list(tmp_path.iterdir())) == 6


def test_namesakes_in_one_batch_keep_their_numbers_on_replace(tmp_path, release):
    same = [replace(r, title="Siaran Sama") for r in _releases(release)]
    export_batch(same, tmp_path, "txt")
    again = export_batch(same, tmp_path, "txt", force=True)  # --force means replace
    assert sorted(p.name for p in again.written) == [
        "2026-11-10 Siaran Sama (2).txt", "2026-11-10 Siaran Sama (3).txt",
        "2026-11-10 Siaran Sama.txt"]
    assert len(list(tmp_path.iterdir())) == 3
    assert len(existing_files(same, tmp_path, "txt")) == 3
