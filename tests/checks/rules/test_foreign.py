"""Foreign-term advice: running text yes, inside a capitalised official name no."""

from __future__ import annotations

import pytest

from .conftest import Run


@pytest.mark.parametrize(
    "text",
    [
        "Program Percepatan Penurunan Stunting berjalan.",
        "Rapat Tim Percepatan Penurunan Stunting (TPPS) digelar.",
        "Kegiatan Gerakan Cegah Stunting dimulai.",
        "Ia membuka Workshop Humas Digital di Makassar.",
    ],
)
def test_no_advice_inside_a_capitalised_name(run: Run, text: str) -> None:
    assert run(text, "asing.padanan") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Angka stunting turun.", "stunting"),
        ("Stunting menjadi masalah.", "Stunting"),
        ("Kasus Stunting turun tahun ini.", "Stunting"),  # capital at a sentence start only
        ("Peserta mengikuti workshop humas.", "workshop"),
        ("Bangun Team Work yang solid.", "Team Work"),
    ],
)
def test_advice_in_running_text(run: Run, text: str, word: str) -> None:
    [found] = run(text, "asing.padanan")
    assert text[found.start : found.end] == word
