from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm
from PIL import Image

from humas_desktop.archive import Archive
from humas_desktop.export.docx import export_docx
from humas_desktop.export.errors import WordImportError
from humas_desktop.export.word_import import (
    OLE_SIGNATURE,
    import_docx,
    import_word_files,
    read_docx,
)
from humas_desktop.model.release import Block, BlockKind, Run
from humas_desktop.model.workflow import Status

from .conftest import make_jpeg


def test_round_trip_keeps_text_and_inline_formatting(tmp_path, release, office, photo_store):
    path = tmp_path / "siaran.docx"
    export_docx(release, path, office, photo_resolver=photo_store.get)
    result = import_docx(path)
    back = result.release
    assert result.warnings == ()
    assert back.id != release.id and back.status is Status.PUBLISHED
    assert back.title == release.title
    assert back.subtitle == release.subtitle
    assert back.dateline_city == "BENTENG"
    assert back.release_date == date(2023, 11, 28)
    assert back.number == release.number
    assert back.body == release.body  # runs with bold/italic, bullets, link text
    assert back.quotes == release.quotes
    assert back.contacts == release.contacts
    assert back.about == release.about
    assert back.tags == release.tags
    assert back.created_at == release.created_at
    assert [(p.caption, p.credit) for p in back.photos] == [
        ("Sekda memimpin rapat koordinasi.", "Humas Selayar"),
        ("Kader posyandu di Pulau Jampea.", "")]
    assert [p.sha256 for p in back.photos] == [p.sha256 for p in result.photos]
    for photo in result.photos:  # the logo in the letterhead is not a photo of the release
        with Image.open(io.BytesIO(photo.data)) as im:
            assert im.format == "JPEG" and im.width == 1024
    text_only = read_docx(path)
    assert text_only.title == release.title and text_only.photos == ()


def _foreign_document(path: Path, image: bytes | None = None) -> None:
    """A release as offices typed it in Word by hand, without our styles."""
    document = docx.Document()
    top = document.add_paragraph()
    top.add_run("PEMERINTAH PROVINSI SULAWESI SELATAN").bold = True
    document.add_paragraph("Makassar, 28 November 2023")
    headline = document.add_paragraph()
    headline.add_run("Gubernur Buka Rakor Pengendalian Inflasi").bold = True
    first = document.add_paragraph()
    first.add_run("MAKASSAR – Gubernur Sulawesi Selatan membuka ")
    first.add_run("Rapat Koordinasi Pengendalian Inflasi").bold = True
    first.add_run(" di Kantor Gubernur, Selasa (28/11).")
    document.add_paragraph("Tiga hal dibahas dalam rapat:")
    document.add_paragraph("harga beras", style="List Bullet")
    document.add_paragraph("• stok cabai")
    if image is not None:
        document.add_paragraph().add_run().add_picture(io.BytesIO(image), width=Cm(12))
        caption = document.add_paragraph("Foto: Gubernur memimpin rapat (Foto: Humas Sulsel)")
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    last = document.add_paragraph("Rapat ditutup pukul 12.00 ")
    last.add_run("WITA").italic = True
    document.add_paragraph("-selesai-")
    document.add_paragraph("Narahubung: Ahmad Yani (Kabag Humas) – 0813 5555 1234")
    about = document.add_paragraph()
    about.add_run("Tentang Biro Humas").bold = True
    document.add_paragraph("Biro Humas melayani informasi publik Pemprov Sulsel.")
    document.core_properties.keywords = "inflasi; rakor"
    document.save(str(path))


def test_foreign_word_file_is_understood(tmp_path):
    path = tmp_path / "rilis-inflasi.docx"
    _foreign_document(path, make_jpeg(800, 600))
    result = import_docx(path)
    r = result.release
    assert r.title == "Gubernur Buka Rakor Pengendalian Inflasi"
    assert r.dateline_city == "MAKASSAR"
    assert r.release_date == date(2023, 11, 28)
    assert r.body[0].runs == (
        Run("Gubernur Sulawesi Selatan membuka "),
        Run("Rapat Koordinasi Pengendalian Inflasi", bold=True),
        Run(" di Kantor Gubernur, Selasa (28/11)."))
    assert r.body[2] == Block((Run("harga beras"),), BlockKind.BULLET)
    assert r.body[3] == Block((Run("stok cabai"),), BlockKind.BULLET)
    assert r.body[4].runs == (Run("Rapat ditutup pukul 12.00 "), Run("WITA", italic=True))
    assert len(r.body) == 5
    assert [(p.caption, p.credit) for p in r.photos] == [
        ("Gubernur memimpin rapat", "Humas Sulsel")]
    assert result.photos[0].file_name == "rilis-inflasi-foto-1.jpg"
    (person,) = r.contacts
    assert (person.name, person.position, person.phone) == (
        "Ahmad Yani", "Kabag Humas", "0813 5555 1234")
    assert r.about == "Biro Humas melayani informasi publik Pemprov Sulsel."
    assert r.tags == ("inflasi", "rakor")


def test_news_date_year_comes_from_the_number(tmp_path):
    document = docx.Document()
    document.add_paragraph("SIARAN PERS")
    document.add_paragraph("Nomor: 12/HUMAS/XI/2023")
    document.add_paragraph("Judul Biasa Tanpa Tebal")
    document.add_paragraph("BENTENG – Bupati meninjau posyandu, Selasa (28/11).")
    path = tmp_path / "a.docx"
    document.save(str(path))
    result = import_docx(path)
    assert result.release.number == "12/HUMAS/XI/2023"
    assert result.release.title == "Judul Biasa Tanpa Tebal"
    assert result.release.release_date == date(2023, 11, 28)
    assert result.warnings  # no bold or styled headline: said so


# ---- bad files ---------------------------------------------------------------------------


def _error(path: Path) -> str:
    with pytest.raises(WordImportError) as info:
        import_docx(path)
    assert info.value.path == path
    return str(info.value)


def test_not_a_docx(tmp_path):
    path = tmp_path / "surat.docx"
    path.write_text("Ini sebenarnya berkas teks.")
    assert "bukan berkas Word .docx" in _error(path)
    empty = tmp_path / "kosong.docx"
    empty.write_bytes(b"")
    assert "bukan berkas Word .docx" in _error(empty)
    zipped = tmp_path / "arsip.docx"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("readme.txt", "bukan dokumen")
    assert "bukan berkas Word .docx" in _error(zipped)
    assert "tidak ditemukan" in _error(tmp_path / "tidak-ada.docx")


def test_encrypted_and_old_doc(tmp_path):
    encrypted = tmp_path / "rahasia.docx"
    encrypted.write_bytes(OLE_SIGNATURE + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le")
                          + b"\0" * 2000)
    assert "kata sandi" in _error(encrypted)
    old = tmp_path / "lama.docx"
    old.write_bytes(OLE_SIGNATURE + b"\0" * 4000 + "WordDocument".encode("utf-16-le"))
    assert "Word 97" in _error(old)


def test_truncated_file(tmp_path, release, office):
    good = tmp_path / "utuh.docx"
    export_docx(release, good, office)
    data = good.read_bytes()
    cut = tmp_path / "terpotong.docx"
    cut.write_bytes(data[: len(data) // 2])
    assert "rusak atau terpotong" in _error(cut)


def test_damaged_xml(tmp_path, release, office):
    good = tmp_path / "utuh.docx"
    export_docx(release, good, office)
    broken = tmp_path / "rusak.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    assert "rusak" in _error(broken)


def _with_member(src: Path, dst: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for item in a.infolist():
            b.writestr(item, a.read(item))
        b.writestr(name, data)


def test_zip_bomb_is_refused_before_extraction(tmp_path, release, office, monkeypatch):
    good = tmp_path / "utuh.docx"
    export_docx(release, good, office)
    bomb = tmp_path / "bom.docx"
    _with_member(good, bomb, "word/media/image99.png", b"\0" * (20 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    opened: list[str] = []
    monkeypatch.setattr("humas_desktop.export.word_import.docx.Document",
                        lambda *a: opened.append("x"))
    message = _error(bomb)
    assert "word/media/image99.png" in message and "berbahaya" in message
    assert opened == []  # python-docx never saw the file


def test_oversized_contents_and_too_many_parts(tmp_path, release, office, monkeypatch):
    good = tmp_path / "utuh.docx"
    export_docx(release, good, office)
    monkeypatch.setattr("humas_desktop.export.word_import.MAX_TOTAL_UNPACKED", 10_000)
    assert "terlalu besar" in _error(good)
    monkeypatch.setattr("humas_desktop.export.word_import.MAX_MEMBERS", 5)
    assert "terlalu banyak bagian" in _error(good)


def test_huge_image_is_skipped_and_text_kept(tmp_path):
    out = io.BytesIO()
    Image.new("1", (9000, 8000)).save(out, "PNG")  # 72 megapixels, a few kilobytes
    path = tmp_path / "raksasa.docx"
    document = docx.Document()
    document.add_paragraph().add_run("Judul Foto Raksasa").bold = True
    document.add_paragraph("BENTENG – Isi siaran tetap masuk.")
    small = io.BytesIO()
    Image.new("RGB", (90, 80)).save(small, "PNG")
    document.add_paragraph().add_run().add_picture(io.BytesIO(small.getvalue()))
    document.save(str(path))
    # swap the small picture's bytes for the huge one inside the package
    swapped = tmp_path / "raksasa2.docx"
    with zipfile.ZipFile(path) as a, zipfile.ZipFile(swapped, "w", zipfile.ZIP_DEFLATED) as b:
        for item in a.infolist():
            data = a.read(item)
            b.writestr(item, out.getvalue() if item.filename.startswith("word/media/") else data)
    result = import_docx(swapped)
    assert result.release.title == "Judul Foto Raksasa"
    assert result.release.body[0].text == "Isi siaran tetap masuk."
    assert result.photos == () and result.release.photos == ()
    assert any("9000×8000" in w for w in result.warnings)


def test_batch_into_real_archive_continues_past_bad_files(tmp_path, release, office,
                                                          photo_store):
    folder = tmp_path / "arsip-lama"
    (folder / "2023").mkdir(parents=True)
    export_docx(release, folder / "2023" / "satu.docx", office, photo_resolver=photo_store.get)
    export_docx(replace(release, title="Siaran Kedua"), folder / "dua.docx", office)
    (folder / "rusak.docx").write_text("bukan word")
    (folder / "~$satu.docx").write_bytes(b"lock file of Word")
    seen: list[str] = []
    with Archive.open(tmp_path / "data") as archive:
        report = import_word_files([folder], archive,
                                   progress=lambda done, total, name: seen.append(name))
        assert [p.name for p, _ in report.failed] == ["rusak.docx"]
        assert len(report.imported) == 2
        assert seen == ["satu.docx", "dua.docx", "rusak.docx"]  # the ~$ lock file is skipped
        titles = sorted(archive.get(rid).title for _, rid in report.imported)
        assert titles == sorted([release.title, "Siaran Kedua"])
        first = next(archive.get(rid) for _, rid in report.imported
                     if archive.get(rid).title == release.title)
        assert len(first.photos) == 2
        assert all(archive.photo_path(p.sha256).is_file() for p in first.photos)


def test_xml_entity_bomb_is_refused_quickly(tmp_path, release, office):
    good = tmp_path / "utuh.docx"
    export_docx(release, good, office)
    levels = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    xml = ('<?xml version="1.0"?><!DOCTYPE d [' + "".join(levels) + ']>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>')
    bomb = tmp_path / "tawa.docx"
    with zipfile.ZipFile(good) as a, zipfile.ZipFile(bomb, "w") as b:
        for item in a.infolist():
            b.writestr(item, xml if item.filename == "word/document.xml" else a.read(item))
    assert "rusak" in _error(bomb)


def test_batch_import_cancel(tmp_path, release, office):
    files = []
    for i in range(4):
        path = tmp_path / f"s{i}.docx"
        export_docx(replace(release, title=f"Siaran {i}", photos=()), path, office)
        files.append(path)
    calls = []
    with Archive.open(tmp_path / "data") as archive:
        report = import_word_files(files, archive, cancel=lambda: len(calls) >= 2,
                                   progress=lambda done, total, name: calls.append(done))
        assert report.cancelled and len(report.imported) == 2
        from humas_desktop.archive import ListQuery

        assert archive.count(ListQuery()) == 2


def test_batch_import_survives_a_bug_on_one_file(tmp_path, release, office, monkeypatch):
    files = []
    for i in range(2):
        path = tmp_path / f"s{i}.docx"
        export_docx(replace(release, title=f"Siaran {i}", photos=()), path, office)
        files.append(path)
    real = import_docx

    def buggy(path, status=Status.PUBLISHED):
        if path.name == "s0.docx":
            raise TypeError("bug")
        return real(path, status)

    monkeypatch.setattr("humas_desktop.export.word_import.import_docx", buggy)
    with Archive.open(tmp_path / "data") as archive:
        report = import_word_files(files, archive)
    assert [p.name for p, _ in report.failed] == ["s0.docx"]
    assert "TypeError" in report.failed[0][1]
    assert len(report.imported) == 1


def test_label_with_number_and_label_inside_a_headline(tmp_path):
    document = docx.Document()
    document.add_paragraph("SIARAN PERS Nomor: 7/HUMAS/I/2024")
    document.add_paragraph().add_run("Bupati Resmikan Pasar Rakyat").bold = True
    document.add_paragraph("BENTENG – Isi.")
    path = tmp_path / "a.docx"
    document.save(str(path))
    release = import_docx(path).release
    assert (release.number, release.title) == ("7/HUMAS/I/2024", "Bupati Resmikan Pasar Rakyat")

    document = docx.Document()
    document.add_paragraph().add_run("Siaran Pers: Gubernur Buka Rakor Inflasi").bold = True
    document.add_paragraph("MAKASSAR – Isi.")
    document.save(str(path))
    assert import_docx(path).release.title == "Siaran Pers: Gubernur Buka Rakor Inflasi"


def test_messy_office_file(tmp_path):
    """Kop in a table with a logo, Heading 1 headline, a hyperlink, photo and caption in a
    table, `-end-`, contacts on one line each."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    kop = d.add_table(rows=1, cols=2)
    kop.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(make_jpeg(200, 200)),
                                                       width=Cm(2))
    kop.cell(0, 1).paragraphs[0].add_run("PEMERINTAH KOTA MAKASSAR")
    kop.cell(0, 1).add_paragraph("Jl. Ahmad Yani No. 2 Makassar")
    d.add_heading("Wali Kota Tinjau Banjir di Tamalanrea", 1)
    p = d.add_paragraph("Makassar, Humas – Wali Kota meninjau banjir, Kamis (30/11/2023). ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), d.part.relate_to(
        "https://makassarkota.go.id",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        is_external=True))
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "makassarkota.go.id"
    run.append(text)
    link.append(run)
    p._p.append(link)
    grid = d.add_table(rows=2, cols=1)
    grid.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(make_jpeg(1200, 800)),
                                                        width=Cm(10))
    grid.cell(1, 0).paragraphs[0].add_run("Ket foto: Wali Kota meninjau banjir.").italic = True
    d.add_paragraph("Paragraf kedua.")
    d.add_paragraph("-end-")
    d.add_paragraph("Narahubung :")
    d.add_paragraph("Budi Santoso, S.Sos., Kabag Prokopim, HP 0811-4444-5555")
    d.add_paragraph("Sitti Aminah (Staf Humas) sitti@makassarkota.go.id")
    path = tmp_path / "berantakan.docx"
    d.save(str(path))

    result = import_docx(path)
    r = result.release
    assert r.title == "Wali Kota Tinjau Banjir di Tamalanrea"
    assert (r.dateline_city, r.release_date) == ("Makassar", date(2023, 11, 30))
    assert [b.text for b in r.body] == [
        "Wali Kota meninjau banjir, Kamis (30/11/2023). makassarkota.go.id", "Paragraf kedua."]
    assert [(p.caption, p.credit) for p in r.photos] == [("Wali Kota meninjau banjir.", "")]
    assert [(c.name, c.position, c.phone, c.email) for c in r.contacts] == [
        ("Budi Santoso, S.Sos.", "Kabag Prokopim", "0811-4444-5555", ""),
        ("Sitti Aminah", "Staf Humas", "", "sitti@makassarkota.go.id")]
