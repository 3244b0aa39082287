"""Spaces and marks, the dateline dash, repeated punctuation."""

from __future__ import annotations

import pytest

from .conftest import Run, fixed


@pytest.mark.parametrize(
    ("wrong", "right", "rule"),
    [
        ("tata  kelola", "tata kelola", "spasi.ganda"),
        ("tata\u00a0 kelola", "tata kelola", "spasi.ganda"),
        ("Provinsi (Sulsel ) hadir.", "Provinsi (Sulsel) hadir.", "spasi.sebelum-tanda"),
        ("Rapat digelar , lalu usai.", "Rapat digelar, lalu usai.", "spasi.sebelum-tanda"),
        ("Dinas ( Diskominfo) hadir.", "Dinas (Diskominfo) hadir.", "spasi.sesudah-kurung"),
        ("Rapat,diskusi.", "Rapat, diskusi.", "spasi.sesudah-koma"),
        (
            "Rapat usai.Selanjutnya pulang.",
            "Rapat usai. Selanjutnya pulang.",
            "spasi.sesudah-titik",
        ),
        ("langkah -langkah pemerintah", "langkah-langkah pemerintah", "spasi.reduplikasi"),
        ("sebaik- baiknya", "sebaik-baiknya", "spasi.reduplikasi"),
        ("Para anak2 bermain.", "Para anak-anak bermain.", "spasi.angka-ulang"),
        ("Rapat,, lalu pulang!!", "Rapat, lalu pulang!!", "spasi.tanda-ganda"),
        ("Rapat selesai.. Pulang.", "Rapat selesai. Pulang.", "spasi.titik-ganda"),
        (
            "SUKABUMI, bipol.co-Peran humas penting.",
            "SUKABUMI, bipol.co – Peran humas penting.",
            "spasi.dateline",
        ),
        ("MAKASSAR –Penguatan peran humas.", "MAKASSAR – Penguatan peran humas.", "spasi.dateline"),
        (
            "KORDANEWS-Saat apel pagi pegawai hadir.",
            "KORDANEWS – Saat apel pagi pegawai hadir.",
            "spasi.dateline",
        ),
        (
            "MAKASSAR - Penguatan peran humas.",
            "MAKASSAR – Penguatan peran humas.",
            "spasi.dateline-pisah",
        ),
    ],
)
def test_spacing_slips_are_fixed(run: Run, wrong: str, right: str, rule: str) -> None:
    assert right in fixed(run, wrong, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Editor Deden .GP",
        "Tunggu ... lalu lanjut.",
        "Sebanyak 9,3 juta orang.",
        "Gelar S.Sos. diraih; kunjungi bipol.co hari ini.",
        "content objective - content pillar – content calendar",
        "MAKASSAR – Penguatan peran humas.",
        "bukaberita.id, MAKASSAR – Penguatan peran humas.",
        "Makassar (ANTARA) – Sejumlah pejabat hadir.",
        "“Harapan saya, seluruh pegawai ASN dan Non-PNSD bersih,” ungkapnya.",
        "Kepala Dinas Kominfo-SP Sulsel Andi Winarno hadir.",
        "Kendaraan B2 dan KTT G20 hadir.",
    ],
)
def test_right_spacing_raises_nothing(run: Run, text: str) -> None:
    assert [f for f in run(text) if f.category == "punct"] == []


def test_spaced_hyphen_after_dateline_is_style_advice_only(run: Run) -> None:
    found = run("Makassar (ANTARA) - Sejumlah pejabat hadir.")
    assert [(f.rule, f.category, f.severity) for f in found] == [
        ("spasi.dateline-pisah", "style", "info")
    ]
