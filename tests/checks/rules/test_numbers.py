"""Numbers, money, times and dates; the day name of `Selasa (28/11)` against the year."""

from __future__ import annotations

from dataclasses import replace

import pytest

from humas_desktop.checks.tokens import tokenize

from .conftest import Run, fixed


@pytest.mark.parametrize(
    ("wrong", "right", "rule"),
    [
        ("HUT ke 78 RI.", "HUT ke-78 RI.", "angka.ke"),
        ("Juara ke2 diraih.", "Juara ke-2 diraih.", "angka.ke"),
        ("Tahun ke 2 pelaksanaan program.", "Tahun ke-2 pelaksanaan program.", "angka.ke-urutan"),
        ("Babak ke 3 Persib unggul.", "Babak ke-3 Persib unggul.", "angka.ke-urutan"),
        ("Digelar ke 5 kalinya.", "Digelar ke-5 kalinya.", "angka.ke-urutan"),
        ("Dies natalis ke 60 kampus.", "Dies natalis ke-60 kampus.", "angka.ke-urutan"),
        ("Sejak era 90an.", "Sejak era 90-an.", "angka.an"),
        ("Biaya Rp. 5.000 per orang.", "Biaya Rp5.000 per orang.", "angka.rupiah"),
        ("Dana Rp 2 miliar.", "Dana Rp2 miliar.", "angka.rupiah"),
        ("Naik 5 % tahun ini.", "Naik 5% tahun ini.", "angka.persen"),
        ("Mulai pukul 10:30 WITA.", "Mulai pukul 10.30 WITA.", "angka.pukul"),
        ("Mulai 08:00 WIB.", "Mulai 08.00 WIB.", "angka.pukul"),
        (
            "Pada tahun 2.024 program dimulai.",
            "Pada tahun 2024 program dimulai.",
            "angka.tahun-bertitik",
        ),
        ("Tumbuh 2.5 persen.", "Tumbuh 2,5 persen.", "angka.desimal"),
        ("Periode 2019-2024 berakhir.", "Periode 2019–2024 berakhir.", "angka.rentang"),
        (
            "Rapat, diskusi, dll akan digelar.",
            "Rapat, diskusi, dll. akan digelar.",
            "angka.singkatan-titik",
        ),
        ("Tanggal 1 s/d 5 Desember.", "Tanggal 1 s.d. 5 Desember.", "angka.sd"),
        ("Oleh Budi, M.Si dari kampus.", "Oleh Budi, M.Si. dari kampus.", "angka.gelar"),
        ("Bawa KTPnya besok.", "Bawa KTP-nya besok.", "angka.singkatan-nya"),
        ("Rapat dihadiri 3 orang.", "Rapat dihadiri tiga orang.", "angka.huruf"),
        ("25 peserta hadir.", "Sebanyak 25 peserta hadir.", "angka.awal-kalimat"),
    ],
)
def test_number_slips_are_fixed(run: Run, wrong: str, right: str, rule: str) -> None:
    assert right in fixed(run, wrong, rule)


@pytest.mark.parametrize(
    "text",
    [
        "HUT ke-78 RI.",
        "Naik dari 10 ke 20 persen.",
        "Pindah ke 13 lokasi.",
        "Bantuan dikirim ke 20 kabupaten.",
        "Naik dari 10 ke 20 persen tahun ini.",
        "Mulai tahun ini ke 13 desa sasaran.",
        "Pada tahun ke-2 pelaksanaan program.",
        "Sebanyak 9,3 juta orang dan 2.024 peserta.",
        "Pada 2024 orang datang.",
        "Kode pos 90111 di Makassar.",
        "Skor akhir 2:1.",
        "Telepon 0411-2024-2025.",
        "Ahmad, S.Sos., M.Si. hadir.",
        "Rapat dihadiri 3 orang dan 25 peserta.",
        "1. Pembukaan",
        "Pasal 5 ayat 2 berlaku.",
        "Sejak tahun 2000-an.",
        "Nomor: 045/HUMAS-DKISP/XI/2023",
    ],
)
def test_right_numbers_raise_nothing(run: Run, text: str) -> None:
    assert [f for f in run(text) if f.rule.startswith("angka.")] == []


def test_day_name_checked_against_the_release_year(rules, ctx) -> None:
    text = "Rapat digelar di Makassar, Rabu (28/11)."
    (finding,) = [f for f in rules.check(tokenize(text), ctx) if f.rule == "angka.hari-tanggal"]
    assert text[finding.start : finding.end] == "Rabu"
    assert finding.suggestions == ("Selasa",)
    assert rules.check(tokenize("Rapat digelar Selasa (28/11)."), ctx) == []


def test_without_a_year_only_dates_with_their_own_year_are_checked(rules, ctx) -> None:
    no_year = replace(ctx, year=None)
    assert rules.check(tokenize("Rapat digelar Rabu (28/11)."), no_year) == []
    found = rules.check(tokenize("Rapat digelar Jum'at (28/11/2023)."), no_year)
    assert [(f.rule, f.suggestions) for f in found if f.rule == "angka.hari-tanggal"] == [
        ("angka.hari-tanggal", ("Selasa",))
    ]


def test_impossible_date_is_reported_without_suggestion(rules, ctx) -> None:
    found = [
        f
        for f in rules.check(tokenize("Digelar Senin (31/2)."), ctx)
        if f.rule == "angka.hari-tanggal"
    ]
    assert len(found) == 1 and found[0].suggestions == ()


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        (
            "Pembukaan Musabaqah Tilawatil Qur’an (MTQ) ke 28 Tingkat Kabupaten Kolaka.",
            "Pembukaan Musabaqah Tilawatil Qur’an (MTQ) ke-28 Tingkat Kabupaten Kolaka.",
        ),
        ("Peserta STQ ke 27 tingkat provinsi.", "Peserta STQ ke-27 tingkat provinsi."),
    ],
)
def test_ke_after_an_event_name(run: Run, wrong: str, right: str) -> None:
    assert right in fixed(run, wrong, "angka.ke-urutan")


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan dari BNPB ke 20 kabupaten terdampak.",
        "Tim BPBD ke 3 lokasi banjir.",
        "Rombongan Dinas Kesehatan ke 2 puskesmas terdekat.",
        "Bupati Ende ke 5 desa hari ini.",
    ],
)
def test_ke_as_direction_after_a_name(run: Run, text: str) -> None:
    assert run(text, "angka.ke-urutan") == []
