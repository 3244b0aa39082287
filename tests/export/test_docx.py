from __future__ import annotations

import io
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image

from humas_desktop.export.docx import (
    STYLES,
    builtin_template,
    check_template,
    export_docx,
    render_docx,
)
from humas_desktop.export.errors import OutputExists, WordTemplateError
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Block, Photo, Run


def _read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _by_style(document, name):
    return [p for p in document.paragraphs if p.style.name == name]


def test_builtin_template_has_every_style():
    check_template(builtin_template())


def test_export_reads_back(tmp_path, release, office, photo_store):
    out = tmp_path / "siaran.docx"
    result = export_docx(release, out, office, photo_resolver=photo_store.get)
    assert result.path == out and result.warnings == ()
    document = docx.Document(str(out))

    assert [p.text for p in _by_style(document, STYLES.title)] == [release.title]
    assert [p.text for p in _by_style(document, STYLES.subtitle)] == [release.subtitle]
    assert _by_style(document, STYLES.label)[0].text == "SIARAN PERS"
    assert _by_style(document, STYLES.number)[0].text == "Nomor: 045/HUMAS-DKISP/XI/2023"

    body = _by_style(document, STYLES.body)
    first = body[0]
    assert first.text.startswith("BENTENG \u2013 Pemerintah Kabupaten")
    assert first.runs[0].text == "BENTENG \u2013 " and first.runs[0].bold
    bold = [r.text for r in first.runs if r.bold]
    assert "Rapat Koordinasi Stunting" in bold
    second = body[1]
    assert [r.text for r in second.runs if r.italic and not r.bold] == ["e-PPGBM"]
    assert [r.text for r in second.runs if r.italic and r.bold] == ["pemberian makanan tambahan"]
    bullets = _by_style(document, STYLES.bullet)
    assert [b.text for b in bullets] == ["pendataan ulang balita di 88 desa",
                                         "penguatan kader posyandu"]
    # bullets are real Word list items (numbering from the style)
    style_ppr = document.styles[STYLES.bullet].element.pPr
    assert style_ppr.find(qn("w:numPr")) is not None

    quote = _by_style(document, STYLES.quote)[0]
    assert quote.text.startswith("“Stunting adalah urusan kita bersama,” tegasnya.")
    assert quote.text.endswith("\n\u2014 Muhammad Ahsan\nSekretaris Daerah")

    captions = [p.text for p in _by_style(document, STYLES.caption)]
    assert captions == ["Sekda memimpin rapat koordinasi. (Foto: Humas Selayar)",
                        "Kader posyandu di Pulau Jampea."]
    assert _by_style(document, STYLES.end)[0].text == "###"
    sections = [p.text for p in _by_style(document, STYLES.section)]
    assert sections == ["Narahubung:",
                        "Tentang Dinas Komunikasi, Informatika, Statistik dan Persandian"]
    contact = _by_style(document, STYLES.contact)[0].text
    assert "Andi Nurhayati" in contact and "0812-4455-7890" in contact

    # letterhead: a table with logo and the names, then the rule line
    kop = document.tables[0]
    kop_text = kop.cell(0, 1).text
    assert "Pemerintah Kabupaten Kepulauan Selayar" in kop_text
    assert "Jalan Jenderal Sudirman" in kop_text
    assert kop.cell(0, 0)._element.findall(".//" + qn("w:drawing"))
    assert _by_style(document, STYLES.kop_rule)

    # three pictures: logo + two photos, the photos as wide as the text column
    shapes = document.inline_shapes
    assert len(shapes) == 3
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert all(0.9 * text_width <= s.width <= text_width for s in list(shapes)[1:])
    alt = [s._inline.docPr.get("descr") for s in shapes]
    assert alt == ["Logo Pemerintah Kabupaten Kepulauan Selayar",
                   "Sekda memimpin rapat koordinasi.", "Kader posyandu di Pulau Jampea."]

    # page setup, page numbers, properties
    assert abs(section.page_width.cm - 21.0) < 0.01 and abs(section.page_height.cm - 29.7) < 0.01
    assert abs(section.left_margin.cm - 2.5) < 0.01
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    props = document.core_properties
    assert props.title == release.title
    assert props.author == office.name
    assert props.keywords == "stunting, Kepulauan Selayar"
    assert props.created.year == 2023 and props.created.month == 11


def test_photos_are_scaled_and_converted(release, office, photo_store):
    data, _ = render_docx(release, office, photo_resolver=photo_store.get)
    document = _read(data)
    blobs = [rel.target_part for rel in document.part.rels.values()
             if rel.reltype.endswith("/image")]
    kinds = sorted(part.content_type for part in blobs)
    assert kinds == ["image/jpeg", "image/jpeg", "image/png"]  # WebP became JPEG, logo PNG
    for part in blobs:
        with Image.open(io.BytesIO(part.blob)) as im:
            assert im.width <= 1024


def test_missing_and_broken_photos_give_placeholders(tmp_path, release, office, photo_store):
    broken = tmp_path / "broken"
    broken.write_bytes(b"this is not a picture")
    store = {**photo_store, "broken": broken}
    release = replace(release, photos=(
        Photo("nowhere", "hilang.jpg", "Foto yang hilang."),
        Photo("broken", "rusak.jpg", "Foto yang rusak."),
        Photo("jpeg", "rakor.jpg", "Foto yang ada."),
    ))
    out = tmp_path / "siaran.docx"
    result = export_docx(release, out, office, photo_resolver=store.get)
    assert len(result.warnings) == 2
    assert "hilang.jpg" in result.warnings[0] and "rusak.jpg" in result.warnings[1]
    document = docx.Document(str(out))
    photos = [p.text for p in _by_style(document, STYLES.photo)]
    assert photos[0] == "[Foto tidak tersedia: hilang.jpg]"
    assert photos[1] == "[Foto tidak tersedia: rusak.jpg]"
    assert len(document.inline_shapes) == 2  # logo + the one good photo
    assert [p.text for p in _by_style(document, STYLES.caption)][2] == "Foto yang ada."


def test_control_characters_and_lone_surrogates_are_removed(tmp_path, release, office,
                                                            photo_store):
    release = replace(
        release, title="Judul\x00 dengan\x07 kontrol",
        body=(Block((Run("Teks \ud800rusak\x1b dan baris\vbaru"),)),))
    out = tmp_path / "siaran.docx"
    result = export_docx(release, out, office, photo_resolver=photo_store.get)
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    for code in ("U+0000", "U+0007", "U+001B", "U+D800"):
        assert code in warning
    document = docx.Document(str(out))
    assert _by_style(document, STYLES.title)[0].text == "Judul dengan kontrol"
    assert "Teks rusak dan baris\nbaru" in _by_style(document, STYLES.body)[0].text


def test_existing_file_is_kept_without_force(tmp_path, release, office):
    out = tmp_path / "siaran.docx"
    out.write_bytes(b"old")
    with pytest.raises(OutputExists) as info:
        export_docx(release, out, office)
    assert info.value.path == out
    assert out.read_bytes() == b"old"
    export_docx(release, out, office, force=True)
    assert docx.Document(str(out)).core_properties.title == release.title


def test_failure_while_writing_leaves_existing_file_untouched(tmp_path, release, office,
                                                              monkeypatch):
    out = tmp_path / "siaran.docx"
    out.write_bytes(b"old")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("humas_desktop.export.output.os.replace", boom)
    with pytest.raises(Exception) as info:
        export_docx(release, out, office, force=True)
    assert "penuh" in str(info.value)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["siaran.docx"]  # no temp file left


def test_template_without_styles_falls_back(tmp_path, release, office):
    plain = tmp_path / "kop-kantor.docx"
    docx.Document().save(str(plain))
    with pytest.raises(WordTemplateError) as info:
        check_template(plain)
    assert "Judul Siaran" in str(info.value)
    data, warnings = render_docx(release, office, template=plain)
    assert any("kop-kantor.docx" in w and "bawaan" in w for w in warnings)
    assert _by_style(_read(data), STYLES.title)


def test_unreadable_template_falls_back(tmp_path, release, office):
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    data, warnings = render_docx(release, office, template=bad)
    assert any("rusak.docx" in w for w in warnings)
    assert _by_style(_read(data), STYLES.title)


def test_template_with_letterhead_in_header_is_used(tmp_path, release, office, photo_store):
    own = tmp_path / "kop.docx"
    document = docx.Document(str(builtin_template()))
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "KOP RESMI DINAS"
    document.save(str(own))
    data, warnings = render_docx(release, office, template=own, photo_resolver=photo_store.get)
    assert warnings == []
    result = _read(data)
    assert result.sections[0].header.paragraphs[0].text == "KOP RESMI DINAS"
    assert result.tables == []  # no generated letterhead on top of the office's own


def test_release_without_office_or_photos(tmp_path, release):
    bare = replace(release, photos=(), contacts=(), about="", quotes=(), office="")
    data, warnings = render_docx(bare, OfficeProfile())
    document = _read(data)
    assert warnings == []
    assert document.tables == []
    assert _by_style(document, STYLES.title)[0].text == release.title


def test_dateline_not_doubled(release, office):
    typed = replace(release, body=(Block.plain("BENTENG – Sudah ditulis dengan dateline."),))
    data, _ = render_docx(typed, office)
    first = _by_style(_read(data), STYLES.body)[0]
    assert first.text == "BENTENG – Sudah ditulis dengan dateline."


def test_resolver_errors_count_as_missing_photo(tmp_path, release, office):
    def archive_like(sha256: str):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")

    result = export_docx(release, tmp_path / "a.docx", office, photo_resolver=archive_like)
    assert len(result.warnings) == 3  # logo + two photos, all reported, file written
    assert (tmp_path / "a.docx").is_file()


def test_missing_suffix_is_added(tmp_path, release):
    from humas_desktop.export.formats import export_release

    result = export_release(release, tmp_path / "siaran", "docx")
    assert result.path == tmp_path / "siaran.docx" and result.path.is_file()


def test_xml_children_keep_the_schema_order(release, office, photo_store):
    """Word refuses ('unreadable content') property elements out of schema order."""
    from lxml import etree

    from humas_desktop.export.docx import PPR_ORDER, RPR_ORDER, TBLPR_ORDER

    data, _ = render_docx(release, office, photo_resolver=photo_store.get)
    document = _read(data)
    roots = [document.element, document.styles.element, document.sections[0].footer._element]
    orders = {"pPr": PPR_ORDER, "rPr": RPR_ORDER, "tblPr": TBLPR_ORDER}
    checked = 0
    for root in roots:
        for tag, order in orders.items():
            for element in root.iter(qn(f"w:{tag}")):
                names = [etree.QName(child).localname for child in element]
                ranks = [order.index(n) for n in names if n in order]
                assert ranks == sorted(ranks), (tag, names)
                checked += 1
    assert checked > 50
