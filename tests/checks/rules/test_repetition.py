"""Reduplication written apart (plain and affixed) and words typed twice."""

from __future__ import annotations

import pytest

from .conftest import Run, fixed


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Kami bersama sama hadir.", "Kami bersama-sama hadir."),
        ("Warga sama sama hadir.", "Warga sama-sama hadir."),
        ("Masing masing OPD hadir.", "Masing-masing OPD hadir."),
        ("Para anak anak bermain.", "Para anak-anak bermain."),
        ("Kupu kupu terbang.", "Kupu-kupu terbang."),
        ("Hujan tiga hari berturut turut.", "Hujan tiga hari berturut-turut."),
        ("Pertama tama, kami berterima kasih.", "Pertama-tama, kami berterima kasih."),
        ("Warga saling tolong menolong.", "Warga saling tolong-menolong."),
        ("Mereka bahu membahu.", "Mereka bahu-membahu."),
        ("Hujan turun terus menerus.", "Hujan turun terus-menerus."),
        ("Lakukan sebaik baiknya.", "Lakukan sebaik-baiknya."),
        ("Mereka bertanya tanya.", "Mereka bertanya-tanya."),
        ("Anak menari nari.", "Anak menari-nari."),
        ("Ia memukul mukul meja.", "Ia memukul-mukul meja."),
        ("Seolah olah tidak terjadi apa apa.", "Seolah-olah tidak terjadi apa apa."),
    ],
)
def test_reduplication_written_apart_gets_its_hyphen(run: Run, wrong: str, right: str) -> None:
    assert right in fixed(run, wrong, "ulang.tanda-hubung")


@pytest.mark.parametrize(
    "text",
    [
        "Kami hadir bersama. Sama halnya dengan tahun lalu.",
        "Kami hadir bersama, sama seperti tahun lalu.",
        "Mereka berdua dua kali datang.",
        "Kegiatan terakhir akhir pekan lalu.",
        "Ia memang mang.",
        "Kami bersama Sama Ratna hadir.",
        "Warga bersama-sama hadir.",
        "Program yang yang baik.",
    ],
)
def test_no_reduplication_across_a_boundary_or_a_numeral(run: Run, text: str) -> None:
    assert run(text, "ulang.tanda-hubung") == []


def test_a_word_typed_twice_stays_its_own_rule(run: Run) -> None:
    [found] = run("Program yang yang baik.", "ulang.kata-ganda")
    assert found.suggestions == ("yang",)
