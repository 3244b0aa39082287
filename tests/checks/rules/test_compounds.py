"""Compounds apart or joined, bound forms, the particles pun, -lah, -kah and -nya."""

from __future__ import annotations

import pytest

from .conftest import Run, fixed


@pytest.mark.parametrize(
    ("wrong", "right", "rule"),
    [
        ("Tugas dan tanggungjawabnya.", "Tugas dan tanggung jawabnya.", "gabung.pisah"),
        ("Ia bertanggungjawab penuh.", "Ia bertanggung jawab penuh.", "gabung.pisah"),
        ("Membeli cenderamata khas.", "Membeli cendera mata khas.", "gabung.pisah"),
        ("Membeli cinderamata khas.", "Membeli cendera mata khas.", "baku.kata"),
        ("Perjanjian kerjasama diteken.", "Perjanjian kerja sama diteken.", "gabung.pisah"),
        ("Dinas bekerjasama dengan kampus.", "Dinas bekerja sama dengan kampus.", "gabung.pisah"),
        ("Walikota Makassar hadir.", "Wali Kota Makassar hadir.", "gabung.pisah"),
        ("Terimakasih atas dukungannya.", "Terima kasih atas dukungannya.", "gabung.pisah"),
        ("Laporan pertanggung jawaban.", "Laporan pertanggungjawaban.", "gabung.serangkai"),
        ("Usulan akan ditindak lanjuti.", "Usulan akan ditindaklanjuti.", "gabung.serangkai"),
        ("Lomba olah raga digelar.", "Lomba olahraga digelar.", "gabung.serangkai"),
        ("Apapun hasilnya diterima.", "Apa pun hasilnya diterima.", "gabung.pun"),
        ("Dimanapun kita berada.", "Di mana pun kita berada.", "gabung.pun"),
        ("Meski pun hujan, acara jalan.", "Meskipun hujan, acara jalan.", "gabung.pun"),
        ("Baca lah petunjuknya.", "Bacalah petunjuknya.", "gabung.partikel"),
        ("Pegawai itu non aktif.", "Pegawai itu nonaktif.", "gabung.terikat"),
        ("Bantuan pasca bencana.", "Bantuan pascabencana.", "gabung.terikat"),
        ("Gerakan anti korupsi.", "Gerakan antikorupsi.", "gabung.terikat"),
        ("Pegawai non-aktif dipanggil.", "Pegawai nonaktif dipanggil.", "gabung.terikat"),
        ("Pegawai non ASN hadir.", "Pegawai non-ASN hadir.", "gabung.terikat-hubung"),
        ("Lomba se Indonesia.", "Lomba se-Indonesia.", "gabung.terikat-hubung"),
        ("Pegawai nonASN hadir.", "Pegawai non-ASN hadir.", "gabung.terikat-kapital"),
        ("Media Se- Bojonegoro hadir.", "Media se-Bojonegoro hadir.", "gabung.se-spasi"),
        ("Rumah nya dibangun.", "Rumahnya dibangun.", "gabung.nya-terpisah"),
        ("SDM nya dilatih.", "SDM-nya dilatih.", "gabung.singkatan-nya-terpisah"),
    ],
)
def test_word_boundaries_are_fixed(run: Run, wrong: str, right: str, rule: str) -> None:
    assert right in fixed(run, wrong, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Laporan pertanggungjawaban diterima dan dipertanggungjawabkan.",
        "Ia bertanggung jawab penuh atas tanggung jawabnya.",
        "Dinas bekerja sama dan mengerjasamakan program.",
        "Program itu ditindaklanjuti dan naskah ditandatangani.",
        "Penyebarluasan informasi dan pemberitahuan warga.",
        "Meskipun hujan, bupati maupun camat hadir; adapun warga menunggu.",
        "Rumpun bambu ditanam dan data dihimpun.",
        "Jalin sinergi antar sesama dan antar berbagai organisasi.",
        "Pegawai non-ASN dan lomba se-Indonesia.",
        "Bacalah petunjuknya. Apakah ada pertanyaan?",
        "Ikan tuna segar dijual.",
        "Kerja ekstra keras diperlukan.",
    ],
)
def test_right_boundaries_raise_nothing(run: Run, text: str) -> None:
    assert [f for f in run(text) if f.category == "compound"] == []
