"""A quote the editor put into the body ("Sisipkan ke isi berita") is not printed twice."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import pytest

from humas_desktop.export.docx import render_docx
from humas_desktop.export.parts import quotes_to_print
from humas_desktop.export.text import release_text
from humas_desktop.export.whatsapp import release_whatsapp
from humas_desktop.model.quotes import format_quote
from humas_desktop.model.release import Block, Quote, Release

SPOKEN = "Jembatan ini kami bangun untuk anak-anak yang setiap hari menyeberang ke sekolah."
INSERTED = Quote("Muhammad Basli Ali", "Bupati Kepulauan Selayar", SPOKEN)
OTHER = Quote("Andi Rahman", "Kepala Dinas PUPR", "Pekerjaan selesai tepat waktu.")


@pytest.fixture
def with_inserted(release: Release) -> Release:
    """The release after the officer pressed "Sisipkan ke isi berita" for the first quote."""
    body = (*release.body[:2], Block.plain(format_quote(INSERTED, "kata")), *release.body[2:])
    return replace(release, body=body, quotes=(INSERTED, OTHER))


def _docx_text(release: Release, office) -> str:
    data, _ = render_docx(release, office)
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def _outputs(release: Release, office) -> dict[str, str]:
    return {"docx": _docx_text(release, office), "txt": release_text(release, office),
            "wa": release_whatsapp(release, office)}


def test_quote_inserted_in_the_body_is_printed_once(with_inserted, office):
    for fmt, text in _outputs(with_inserted, office).items():
        assert text.count("Jembatan ini kami bangun") == 1, fmt
        assert "kata Bupati Kepulauan Selayar Muhammad Basli Ali." in text, fmt
        assert "— Muhammad Basli Ali" not in text, fmt  # no pull-quote attribution
        # The quote that is not in the body still comes as a pull-quote.
        assert text.count("Pekerjaan selesai tepat waktu.") == 1, fmt
        assert "— Andi Rahman" in text and "Kepala Dinas PUPR" in text, fmt


def test_quote_not_in_the_body_is_printed_as_before(release, office):
    for fmt, text in _outputs(release, office).items():
        assert "Stunting adalah urusan kita bersama" in text, fmt
        assert "— Muhammad Ahsan" in text and "Sekretaris Daerah" in text, fmt


@pytest.mark.parametrize("body_text", [
    "“Jembatan ini  kami bangun untuk anak-anak yang setiap hari menyeberang ke sekolah,” "
    "kata Bupati.",
    '"jembatan ini kami bangun untuk anak-anak yang setiap hari menyeberang ke sekolah." '
    "ujarnya.",
    "Bupati menegaskan, “Jembatan ini kami bangun untuk anak-anak yang setiap hari\n"
    "menyeberang ke sekolah.”",
])
def test_comparison_ignores_marks_spacing_final_punctuation_and_case(release, body_text):
    quote = replace(INSERTED, text=f"“{SPOKEN}”")
    moved = replace(release, body=(Block.plain(body_text),), quotes=(quote,))
    assert quotes_to_print(moved) == []


def test_only_whole_words_and_whole_quotes_match(release):
    short = Quote("Camat", "", "Aman")
    longer = replace(INSERTED, text=SPOKEN + " Kami minta warga ikut merawatnya.")
    moved = replace(release, body=(Block.plain(f"Kondisi pengamanan. “{SPOKEN}”"),),
                    quotes=(short, longer))
    assert quotes_to_print(moved) == [short, longer]
