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


@pytest.mark.parametrize(
    ("wrong", "right", "rule"),
    [
        (
            "Hadir Ketua badan pengawas pemilihan umum (Bawaslu) Kabupaten Ende.",
            "Hadir Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Ende.",
            "kapital.nama-lembaga",
        ),
        (
            "Koordinasi dengan balai pelaksanaan jalan nasional (BPJN) Papua Barat.",
            "Koordinasi dengan Balai Pelaksanaan Jalan Nasional (BPJN) Papua Barat.",
            "kapital.nama-lembaga",
        ),
        (
            "Bantuan dari kementerian sosial tiba.",
            "Bantuan dari Kementerian Sosial tiba.",
            "kapital.nama-lembaga",
        ),
        (
            "Surat dikirim ke dinas sosial Kabupaten Ende.",
            "Surat dikirim ke Dinas Sosial Kabupaten Ende.",
            "kapital.nama-lembaga",
        ),
        (
            "Data dari dinas kesehatan kabupaten Toba.",
            "Data dari Dinas Kesehatan kabupaten Toba.",
            "kapital.nama-lembaga",
        ),
        (
            "Disaksikan sekretaris daerah Kabupaten Donggala, Ir. Moh. Rizal.",
            "Disaksikan Sekretaris Daerah Kabupaten Donggala, Ir. Moh. Rizal.",
            "kapital.jabatan-nama",
        ),
        (
            "Hadir kepala dinas Pendidikan Kota Ternate.",
            "Hadir Kepala Dinas Pendidikan Kota Ternate.",
            "kapital.jabatan-nama",
        ),
        (
            "“Saya minta bapak dan ibu kader aktif,” katanya.",
            "“Saya minta Bapak dan Ibu kader aktif,” katanya.",
            "kapital.sapaan",
        ),
    ],
)
def test_official_names_and_address(run: Run, wrong: str, right: str, rule: str) -> None:
    assert right in fixed(run, wrong, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Badan jalan rusak sepanjang dua kilometer.",
        "Lembaga pendidikan di desa itu menerima bantuan.",
        "Mobil dinas kesehatan rusak.",
        "Dinas sosial setempat menyalurkan bantuan.",
        "Sekretaris daerah memimpin apel.",
        "Para kepala dinas hadir dalam rapat.",
        "Kerja sama dengan badan usaha milik desa.",
        "Pengaspalan ruas jalan provinsi Klamono–Sayosa dimulai.",
        "Status jalan kabupaten Sorong–Aimas naik.",
        "Peran bapak dan ibu di rumah penting.",
        "“Dengan NIB, usaha bapak dan ibu diakui negara,” katanya.",
        "Rapat di Kantor Wilayah Kementerian Agama Provinsi Jambi.",
    ],
)
def test_generic_institution_words_stay_silent(run: Run, text: str) -> None:
    capitals = [f for f in run(text) if f.category == "capital"]
    assert capitals == []
