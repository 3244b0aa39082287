"""A clean release in the usual newsroom style: the rule packs raise no error on it.

Written for this test (not taken from a real release); it packs the constructions that naive
rules trip over: names, abbreviations with -nya, affixed forms, quotes with attribution verbs,
titles before names, dates, money, bound forms, compounds and reduplication written right.
"""

from __future__ import annotations

from humas_desktop.checks.finding import HARD_CATEGORIES

from .conftest import Run

CLEAN = """\
Pemprov Sulsel Gelar Rakor Kehumasan, Perkuat Sinergi di Era Digital
MAKASSAR – Pemerintah Provinsi Sulawesi Selatan (Pemprov Sulsel) melalui Dinas Komunikasi, \
Informatika, Statistik dan Persandian (Diskominfo-SP) menggelar rapat koordinasi kehumasan di \
Ruang Rapat Pimpinan Kantor Gubernur Sulsel, Selasa (28/11/2023).
Rakor dibuka Pj Gubernur Sulsel Bahtiar Baharuddin dan diikuti humas kabupaten/kota, BUMN/BUMD, \
serta PPID pembantu dari OPD lingkup Pemprov Sulsel. Sebanyak 150 peserta hadir di aula itu.
“Kita harus menghadirkan informasi yang sebenarnya, termasuk di ruang media sosial,” kata Bahtiar.
“Yang baik kita pertahankan, dan antarinstansi saling mendukung,” ungkapnya.
Menurut dia, pekerjaan di pemerintahan dilakukan secara bersama-sama. Oleh karena itu, sinergi \
antar sesama humas harus dijaga, baik di tingkat provinsi maupun kabupaten.
Kepala Dinas Kominfo-SP Sulsel Andi Winarno Eka Putra menyampaikan bahwa pihaknya akan membentuk \
badan koordinasi humas. Kepala dinas juga meminta ASN-nya aktif mengelola akun resmi.
“Ke depan, kami akan memperkuat kerja sama dengan media. Bagaimanapun, humas bertanggung jawab \
atas informasi publik,” ujarnya.
Pelatihan dilaksanakan sejak 21 Oktober hingga 27 Oktober 2023 secara tatap muka. Peserta \
mempelajari penulisan siaran pers, pengelolaan konten, dan laporan pertanggungjawaban kegiatan.
Anggaran kegiatan Rp150 juta atau naik 5% dibanding tahun lalu. Acara ditutup pukul 16.30 WITA.
Kegiatan ini merupakan tindak lanjut arahan Gubernur Sulawesi Selatan. Selain itu, pemerintah \
daerah mendorong pegawai non-ASN mengikuti pelatihan pascabencana se-Sulawesi Selatan.
Di sela-sela kegiatan, Plt Kepala Bidang Humas menjelaskan langkah-langkah penanganan hoaks. \
Ia pun mengingatkan agar peserta tidak menyebarkan kabar yang belum jelas sumbernya.
Narahubung: Yessy Ariestiani, Kabid Humas Diskominfo-SP Sulsel, telepon 0411-123456.
###
"""


def test_clean_release_raises_no_error(run: Run) -> None:
    found = [f for f in run(CLEAN) if f.category in HARD_CATEGORIES]
    assert [(f.rule, CLEAN[f.start : f.end]) for f in found] == []


def test_clean_release_line_by_line_like_the_engine(run: Run) -> None:
    """The engine checks one paragraph at a time; nothing may depend on the neighbours."""
    for line in CLEAN.splitlines():
        found = [f for f in run(line) if f.category in HARD_CATEGORIES]
        assert [(f.rule, line[f.start : f.end]) for f in found] == []
