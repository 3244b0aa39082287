"""Sentence openings, commas around conjunctions, length, final stops, doubled words, slips,
pleonasms and foreign terms."""

from __future__ import annotations

import pytest

from .conftest import Run, fixed

LINE = "Tugas humas membangun kepercayaan, jadi dibutuhkan strategi dan langkah kreatif"


@pytest.mark.parametrize(
    ("wrong", "right", "rule"),
    [
        (
            "Programnya baik tetapi dana kurang.",
            "Programnya baik, tetapi dana kurang.",
            "koma.sebelum-tetapi",
        ),
        (
            "Acara ditunda. Oleh karena itu peserta pulang.",
            "Acara ditunda. Oleh karena itu, peserta pulang.",
            "koma.penghubung-antarkalimat",
        ),
        (
            "Ia mengatakan, bahwa rapat ditunda.",
            "Ia mengatakan bahwa rapat ditunda.",
            "koma.sebelum-bahwa",
        ),
        ("Sejak dari awal kami siap.", "Sejak awal kami siap.", "gaya.pleonasme"),
        ("Acara ini sangat penting sekali.", "Acara ini sangat penting.", "gaya.sangat-sekali"),
        ("Program yang yang baik.", "Program yang baik.", "ulang.kata-ganda"),
        ("Warga sama sama hadir.", "Warga sama-sama hadir.", "ulang.tanda-hubung"),
        (
            "Literasi rendah, unjuk itu didorong.",
            "Literasi rendah, untuk itu didorong.",
            "ulang.salah-kata",
        ),
        ("Liputan media masa.", "Liputan media massa.", "ulang.media-massa"),
        ("Ikuti workshop humas.", "Ikuti lokakarya humas.", "asing.padanan"),
        ("Lihat posting terbaru.", "Lihat unggahan terbaru.", "asing.padanan"),
        ("Admin meng-update data.", "Admin memperbarui data.", "asing.hibrida"),
        ("Berita Di-share warga.", "Berita Dibagikan warga.", "asing.hibrida"),
        ("Ia nge-print surat.", "Ia mencetak surat.", "asing.hibrida"),
        ("Data di-input petugas.", "Data dimasukkan petugas.", "asing.hibrida"),
        (
            "Humas Optimalkan Peran melalui Workshop",
            "Humas Optimalkan Peran melalui Lokakarya",
            "asing.padanan",
        ),
        ("Bangun Team Work", "Bangun Kerja Sama Tim", "asing.padanan"),
        ("Judul\n" + LINE, "Judul\n" + LINE + ".", "kalimat.titik-akhir"),
    ],
)
def test_sentence_slips_are_fixed(run: Run, wrong: str, right: str, rule: str) -> None:
    assert right in fixed(run, wrong, rule)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Kami bekerja keras. Sehingga target tercapai.", "kalimat.awal-konjungsi"),
        ("Informasi harus sehat. Serta membangun narasi.", "kalimat.awal-konjungsi"),
        ("Acara ditunda. Karena hujan deras.", "kalimat.karena"),
    ],
)
def test_sentence_openings_are_reported(run: Run, text: str, rule: str) -> None:
    (finding,) = run(text, rule)
    assert finding.category == "style"


def test_long_sentence_and_paragraph_are_readability_advice(run: Run) -> None:
    sentence = "Rapat " + " ".join(["koordinasi"] * 40) + " selesai."
    (long_sentence,) = run(sentence, "kalimat.panjang")
    assert long_sentence.category == "readability" and long_sentence.severity == "info"
    assert sentence[long_sentence.start : long_sentence.end] == "."  # names stay un-underlined
    paragraph = " ".join(f"Kalimat nomor {n} selesai." for n in range(6))
    assert len(run(paragraph, "kalimat.paragraf-panjang")) == 1
    assert (
        run(" ".join(f"Kalimat {n} selesai." for n in range(5)), "kalimat.paragraf-panjang") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Karena hujan deras, acara ditunda.",
        "Akan tetapi, anggarannya kurang.",
        "Untuk itu peran humas penting.",
        "Namun demikian, kami hadir.",
        "Aksi unjuk rasa berlangsung damai.",
        "Masa jabatan bupati berakhir.",
        "Warga sama-sama hadir.",
        "Sejak awal kami siap.",
        "Reporter Firdaus",
        "Pemprov Sulsel Gelar Rakor Kehumasan Bersama Seluruh Humas Kabupaten",
        "Peserta mengikuti lokakarya humas.",
    ],
)
def test_right_sentences_raise_nothing(run: Run, text: str) -> None:
    assert [f for f in run(text) if f.category not in ("readability",)] == []
