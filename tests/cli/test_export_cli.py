from __future__ import annotations

from pathlib import Path

import docx
import pytest

from humas_desktop.archive import Archive
from humas_desktop.cli import main
from humas_desktop.export import pdf
from humas_desktop.export.docx import TEMPLATE_SETTING, export_docx
from humas_desktop.i18n import set_language
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Block, Run, new_release
from tests.export.conftest import make_jpeg, make_png_alpha


@pytest.fixture(autouse=True)
def _indonesian():
    set_language("id")
    yield
    set_language("id")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def stored(data: Path) -> list[str]:
    """Two releases in a real archive, the first with a photo, and an office with a logo."""
    with Archive.open(data) as archive:
        logo = archive.add_photo_bytes(make_png_alpha(), "logo.png")
        archive.save_office_profile(OfficeProfile(
            name="Diskominfo Kepulauan Selayar",
            government="Pemerintah Kabupaten Kepulauan Selayar",
            logo_sha256=logo.sha256, about="Tentang dinas."))
        photo = archive.add_photo_bytes(make_jpeg(), "rakor.jpg", "Rapat koordinasi.", "Humas")
        ids = []
        for title in ("Bupati Buka Rakor Stunting", "Pelatihan Jurnalistik ASN"):
            release = new_release(
                title=title, dateline_city="Benteng",
                body=(Block((Run("Isi "), Run("tebal", bold=True), Run(" dan "),
                             Run("miring", italic=True), Run("."))),),
                photos=(photo,) if not ids else ())
            ids.append(archive.save(release).id)
    return ids


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_export_one_docx(data, stored, tmp_path, capsys):
    out = tmp_path / "rakor.docx"
    assert run(data, "export", stored[0][:8], "--out", str(out)) == 0
    document = docx.Document(str(out))
    assert document.core_properties.title == "Bupati Buka Rakor Stunting"
    assert document.core_properties.author == "Diskominfo Kepulauan Selayar"
    assert len(document.inline_shapes) == 2  # logo from the photo store, and the photo
    assert "BENTENG – Isi tebal dan miring." in [p.text for p in document.paragraphs]
    assert str(out) in capsys.readouterr().out

    assert run(data, "export", stored[0], "--out", str(out)) == 2
    assert "--force" in capsys.readouterr().err
    assert run(data, "export", stored[0], "--out", str(out), "--force") == 0


@pytest.mark.parametrize(("fmt", "expected"), [
    ("txt", "BENTENG – Isi tebal dan miring."),
    ("wa", "*BENTENG* – Isi *tebal* dan _miring_."),
    ("caption", "Bupati Buka Rakor Stunting\n\nIsi tebal dan miring."),
])
def test_export_text_formats(data, stored, tmp_path, fmt, expected):
    out = tmp_path / f"out.{fmt}"
    assert run(data, "export", stored[0], "--format", fmt, "--out", str(out)) == 0
    assert expected in out.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_export_all_to_folder(data, stored, tmp_path, capsys):
    folder = tmp_path / "keluar"
    folder.mkdir()
    assert run(data, "export", "--all", "--format", "txt", "--out", str(folder)) == 0
    assert len(list(folder.iterdir())) == 2
    assert "2 berkas ditulis, 0 gagal." in capsys.readouterr().err
    assert run(data, "export", *stored, "--out", str(tmp_path / "bukan-folder")) == 2


def test_export_all_again_keeps_existing_files_and_says_so(data, stored, tmp_path, capsys):
    folder = tmp_path / "keluar"
    folder.mkdir()
    assert run(data, "export", "--all", "--format", "txt", "--out", str(folder)) == 0
    first = sorted(p.name for p in folder.iterdir())
    capsys.readouterr()
    assert run(data, "export", "--all", "--format", "txt", "--out", str(folder)) == 0
    err = capsys.readouterr().err
    copy = first[0].replace(".txt", " (2).txt")
    assert f"{first[0]} sudah ada dan tidak ditimpa; ditulis sebagai {copy}" in err
    assert len(list(folder.iterdir())) == 4
    assert run(data, "export", "--all", "--format", "txt", "--out", str(folder),
               "--force") == 0
    assert "sudah ada" not in capsys.readouterr().err
    assert len(list(folder.iterdir())) == 4  # replaced, not numbered again


def test_export_needs_ids(data, stored, tmp_path, capsys):
    assert run(data, "export", "--out", str(tmp_path / "x.docx")) == 2
    assert "Sebutkan ID" in capsys.readouterr().err


def test_saved_template_setting_is_used_and_checked(data, stored, tmp_path, capsys):
    plain = tmp_path / "polos.docx"
    docx.Document().save(str(plain))
    with Archive.open(data) as archive:
        archive.set_setting(TEMPLATE_SETTING, str(plain))
    out = tmp_path / "a.docx"
    assert run(data, "export", stored[1], "--out", str(out)) == 0
    assert "polos.docx" in capsys.readouterr().err  # warned, built-in template used
    assert docx.Document(str(out)).styles["Judul Siaran"] is not None


@pytest.mark.skipif(not pdf.pdf_available(), reason="LibreOffice not installed")
def test_export_pdf(data, stored, tmp_path):
    out = tmp_path / "a.pdf"
    assert run(data, "export", stored[0], "--format", "pdf", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_import_word_files_with_photos_and_bad_ones(data, tmp_path, capsys):
    folder = tmp_path / "lama"
    folder.mkdir()
    photo_path = tmp_path / "foto.jpg"
    photo_path.write_bytes(make_jpeg())
    release = new_release(title="Siaran Lama dari Word", dateline_city="Benteng",
                          body=(Block.plain("Isi siaran lama."),))
    from dataclasses import replace

    from humas_desktop.model.release import Photo
    release = replace(release, photos=(Photo("p", "foto.jpg", "Keterangan.", "Humas"),))
    export_docx(release, folder / "lama.docx", photo_resolver={"p": photo_path}.get)
    (folder / "rusak.docx").write_text("bukan word")
    assert run(data, "import", str(folder)) == 2
    captured = capsys.readouterr()
    assert "rusak.docx: bukan berkas Word .docx." in captured.err
    (release_id,) = captured.out.split()
    with Archive.open(data) as archive:
        stored = archive.get(release_id)
        assert stored.title == "Siaran Lama dari Word"
        (photo,) = stored.photos
        assert (photo.caption, photo.credit) == ("Keterangan.", "Humas")
        assert archive.photo_path(photo.sha256).is_file()
        assert stored.status.value == "published"  # past releases, by default


def test_import_word_as_draft(data, tmp_path, capsys):
    source = tmp_path / "lama.docx"
    export_docx(new_release(title="Siaran Lama", body=(Block.plain("Isi."),)), source)
    assert run(data, "import", "--status", "draft", str(source)) == 0
    (release_id,) = capsys.readouterr().out.split()
    with Archive.open(data) as archive:
        assert archive.get(release_id).status.value == "draft"


def test_text_to_standard_output(data, stored, capsys):
    assert run(data, "export", stored[0], "--format", "wa", "--out", "-") == 0
    out = capsys.readouterr().out
    assert out.startswith("*Bupati Buka Rakor Stunting*")
    assert "*BENTENG* – Isi *tebal* dan _miring_." in out
    assert run(data, "export", stored[0], "--format", "docx", "--out", "-") == 2
    assert "bukan teks" in capsys.readouterr().err
    assert run(data, "export", *stored, "--format", "txt", "--out", "-") == 2


def test_import_mixes_json_and_word(data, tmp_path, capsys):
    from humas_desktop.model.interchange import dumps

    json_path = tmp_path / "a.json"
    json_path.write_text(dumps(new_release(title="Dari JSON", body=(Block.plain("Isi."),))),
                         encoding="utf-8")
    word_path = tmp_path / "b.docx"
    export_docx(new_release(title="Dari Word", body=(Block.plain("Isi."),)), word_path)
    assert run(data, "import", str(json_path), str(word_path)) == 0
    ids = capsys.readouterr().out.split()
    with Archive.open(data) as archive:
        assert sorted(archive.get(i).title for i in ids) == ["Dari JSON", "Dari Word"]
