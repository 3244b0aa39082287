"""Capitals: sentence starts, day and month names, positions with and without a name,
function words inside names and titles."""

from __future__ import annotations

import pytest

from .conftest import Run, fixed


@pytest.mark.parametrize(
    ("wrong", "right", "rule"),
    [
        (
            "Rapat usai. dijelaskan bahwa tugas humas penting.",
            "Rapat usai. Dijelaskan bahwa tugas humas penting.",
            "kapital.awal-kalimat",
        ),
        ("Rapat digelar rabu (29/11).", "Rapat digelar Rabu (29/11).", "kapital.hari-bulan"),
        ("Sejak januari lalu.", "Sejak Januari lalu.", "kapital.hari-bulan"),
        (
            "Program itu, kata Bupati, berjalan.",
            "Program itu, kata bupati, berjalan.",
            "kapital.jabatan-sendiri",
        ),
        ("Acara dibuka bupati Ahmad.", "Acara dibuka Bupati Ahmad.", "kapital.jabatan-nama"),
        (
            "Acara dibuka wakil bupati Ahmad.",
            "Acara dibuka Wakil Bupati Ahmad.",
            "kapital.jabatan-nama",
        ),
        (
            "Surat dari gubernur Jawa Barat.",
            "Surat dari Gubernur Jawa Barat.",
            "kapital.jabatan-nama",
        ),
        (
            "Dinas Komunikasi Dan Informatika.",
            "Dinas Komunikasi dan Informatika.",
            "kapital.kata-tugas",
        ),
        (
            "Menurut Bupati, program berjalan.",
            "Menurut bupati, program berjalan.",
            "kapital.jabatan-sendiri",
        ),
        (
            "Dibuka kepala Dinas Sosial Kabupaten Bantul Dr. Ratna.",
            "Dibuka Kepala Dinas Sosial Kabupaten Bantul Dr. Ratna.",
            "kapital.jabatan-nama",
        ),
        (
            "Surat dari pemerintah Desa Sukamaju tiba.",
            "Surat dari Pemerintah Desa Sukamaju tiba.",
            "kapital.jabatan-nama",
        ),
        ("Tim tiba di kota kupang.", "Tim tiba di kota Kupang.", "kapital.nama-tempat"),
        ("Warga jambi dan bengkulu.", "Warga Jambi dan bengkulu.", "kapital.nama-tempat"),
        ("Warga jambi dan bengkulu.", "Warga jambi dan Bengkulu.", "kapital.nama-tempat"),
    ],
)
def test_capital_slips_are_fixed(run: Run, wrong: str, right: str, rule: str) -> None:
    assert right in fixed(run, wrong, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Kunjungi bukaberita.id untuk berita lain.",
        "Layanan e-KTP dibuka. iPhone dilarang masuk.",
        "“Apa kabar?” tanya bupati.",
        "Rapat membahas anggaran, program, dll. dan ditutup siang.",
        "Tunggu... lalu lanjut.",
        "Foto: Humas Pemkab. (and)",
        "- pelatihan humas\n- rapat koordinasi",
        "Saya minggu lalu diundang Kodam.",
        "Bupati Ahmad membuka acara. Bupati menegaskan hal itu.",
        "Rapat di Kantor Gubernur Sulsel dihadiri Pj Gubernur.",
        "Terima kasih, Bapak Bupati.",
        "Para bupati se-Sulsel hadir.",
        "Intruksi gubernur terkait informasi publik.",
        "Pj Gubernur Sulsel Ingatkan Perkuat Peran Humas",
        "Kementerian Dalam Negeri dan Yang Mulia Sultan hadir.",
        "Di era digital, humas berubah.",
        "Menurut Bupati Sigi, program berjalan.",
        "Menurut Wakil Bupati, program berjalan.",
        "Bersama Bupati H. Ahmad, warga menanam pohon.",
        "Tugas pemerintah daerah dan pemerintah pusat.",
        "Sebagai sekretaris panitia, ia hadir.",
        "Harga batu bata dan kayu naik.",
        "Kunjungi humas.papua.go.id atau @humaspapua.",
        "Kaur umum desa hadir.",
    ],
)
def test_right_capitals_raise_nothing(run: Run, text: str) -> None:
    assert [f for f in run(text) if f.category == "capital"] == []
