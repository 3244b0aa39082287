from __future__ import annotations

from dataclasses import replace

import pytest

from humas_desktop.export.caption import Platform, hashtag, social_caption
from humas_desktop.export.errors import ExportError, OutputExists
from humas_desktop.export.formats import export_release, parse_format
from humas_desktop.export.text import release_text
from humas_desktop.export.whatsapp import format_run, release_whatsapp
from humas_desktop.model.release import Block, Run


def test_plain_text_has_every_part_in_order(release, office):
    text = release_text(release, office)
    order = ["SIARAN PERS", "Nomor: 045/HUMAS-DKISP/XI/2023", release.title,
             "BENTENG – Pemerintah Kabupaten", "• pendataan ulang", "“Stunting adalah",
             "Foto: Sekda memimpin rapat koordinasi. (Foto: Humas Selayar)", "###",
             "Narahubung:", "Telp./WA: 0812-4455-7890", "Tentang Dinas Komunikasi"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "*" not in text and "_" not in text


def test_text_file_uses_windows_line_ends(tmp_path, release, office):
    out = tmp_path / "siaran.txt"
    export_release(release, out, "txt", office=office)
    data = out.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert data.decode("utf-8").startswith("Dinas Komunikasi")


def test_whatsapp_markup(release, office):
    text = release_whatsapp(release, office)
    assert text.startswith("*Pemkab Selayar Percepat Penurunan Stunting*\n_Target di bawah")
    assert "*BENTENG* – Pemerintah Kabupaten Kepulauan Selayar menggelar *Rapat Koordinasi " \
           "Stunting* di Rujab" in text
    assert "_e-PPGBM_" in text and "*_pemberian makanan tambahan_*" in text
    assert "https://kepulauanselayarkab.go.id/stunting." in text
    assert "• pendataan ulang balita" in text
    assert "SIARAN PERS" not in text and "Jalan Jenderal" not in text  # no letterhead
    assert "*Narahubung:*" in text


def test_whatsapp_markers_hug_text_and_skip_links():
    assert format_run(Run(" tebal ", bold=True)) == " *tebal* "
    assert format_run(Run("lihat https://contoh.go.id/a ya", bold=True)) == (
        "*lihat* https://contoh.go.id/a *ya*")
    assert format_run(Run("   ", italic=True)) == "   "


def test_caption_limits_and_hashtags(release):
    long_release = replace(release, body=(Block.plain("kata " * 800),),
                           tags=("stunting", "Kepulauan Selayar", "hari-jadi ke-418", "Sulsel"))
    for platform, limit in ((Platform.INSTAGRAM, 2200), (Platform.FACEBOOK, 2200),
                            (Platform.X, 280)):
        warnings: list[str] = []
        caption = social_caption(long_release, platform, warnings)
        assert len(caption) <= limit
        assert caption.startswith(release.title)
        assert "#Stunting" in caption and "#KepulauanSelayar" in caption
        assert caption.split("\n\n")[1].endswith("…")
        assert warnings
    short = social_caption(release, "x")
    assert short == (f"{release.title}\n\n"
                     "Pemerintah Kabupaten Kepulauan Selayar menggelar Rapat Koordinasi Stunting "
                     "di Rujab Bupati, Selasa (28/11).\n\n#Stunting #KepulauanSelayar")


def test_caption_drops_dateline_and_fits_even_a_huge_title(release):
    typed = replace(release, body=(Block.plain("BENTENG – Isi pertama."),))
    assert "BENTENG" not in social_caption(typed, "instagram")
    huge = replace(release, title="Judul " * 100)
    assert len(social_caption(huge, "x")) <= 280


def test_hashtag_forms():
    assert hashtag("Kepulauan Selayar") == "#KepulauanSelayar"
    assert hashtag("PemkabSelayar") == "#PemkabSelayar"
    assert hashtag("  !!  ") == ""


def test_unknown_format_and_platform():
    with pytest.raises(ExportError):
        parse_format("odt")
    with pytest.raises(ExportError):
        social_caption(replace_title("x"), "tiktok")


def replace_title(title):
    from humas_desktop.model.release import new_release
    return new_release(title=title)


def test_every_format_refuses_to_overwrite(tmp_path, release, office):
    for fmt in ("docx", "txt", "wa", "caption"):
        out = tmp_path / f"out.{fmt}"
        out.write_text("lama")
        with pytest.raises(OutputExists):
            export_release(release, out, fmt, office=office)
        assert out.read_text() == "lama"


@pytest.mark.parametrize("fmt", ["txt", "wa", "caption"])
def test_text_formats_clean_illegal_characters(tmp_path, release, office, fmt):
    dirty = replace(release, title="Judul \ud800rusak\x01",
                    body=(Block.plain("Isi\x0b baris \udfff."),))
    out = tmp_path / f"x.{fmt}"
    result = export_release(dirty, out, fmt, office=office)
    text = out.read_text(encoding="utf-8")
    assert "Judul rusak" in text
    assert "U+D800" in result.warnings[0] and "U+DFFF" in result.warnings[0]
