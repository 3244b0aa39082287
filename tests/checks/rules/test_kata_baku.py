"""Kata baku: pairs with derived forms, words with another meaning, the meN- nasal rule."""

from __future__ import annotations

import pytest

from .conftest import Run, fixed


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Materi dipraktekkan peserta.", "Materi dipraktikkan peserta."),
        ("Peserta mempraktekkan materi.", "Peserta mempraktikkan materi."),
        ("Prakteknya mudah.", "Praktiknya mudah."),
        ("Kegiatan beresiko tinggi.", "Kegiatan berisiko tinggi."),
        ("Layanan perijinan dibuka.", "Layanan perizinan dibuka."),
        ("Bupati menghimbau warga.", "Bupati mengimbau warga."),
        ("Warga dihimbau tenang.", "Warga diimbau tenang."),
        ("Aktifitasnya padat.", "Aktivitasnya padat."),
        ("Kami menganalisa data.", "Kami menganalisis data."),
        ("Sistem ini handal.", "Sistem ini andal."),
        ("Praktekpun berjalan.", "Praktikpun berjalan."),
        ("KONKRIT DAN TERUKUR", "KONKRET DAN TERUKUR"),
        ("Acara digelar Jum’at pagi.", "Acara digelar Jumat pagi."),
        ("Kegiatan digelar bulan Nopember.", "Kegiatan digelar bulan November."),
        ("Pelaku tidak ditolerir.", "Pelaku tidak ditoleransi."),
        ("Dinas mentolerir pelanggaran.", "Dinas menoleransi pelanggaran."),
        ("Kita harus meminimalisir risiko.", "Kita harus meminimalkan risiko."),
        ("Praktek-praktek baik dibagikan.", "Praktik-praktik baik dibagikan."),
    ],
)
def test_pairs_and_their_derived_forms(run: Run, wrong: str, right: str) -> None:
    assert right in fixed(run, wrong, "baku.kata")


@pytest.mark.parametrize(
    "text",
    [
        "Perubahan jadwal diumumkan.",
        "Warga berubah pikiran.",
        "Dinas mengubah jadwal.",
        "Kami menyangsikan data itu.",
        "Ia berkelit dan mengelitkan diri.",
        "Peserta mempraktikkan materi.",
        "Kegiatan berisiko tinggi.",
        "Layanan perizinan dibuka.",
    ],
)
def test_standard_and_unrelated_words_are_left_alone(run: Run, text: str) -> None:
    assert [f for f in run(text) if f.category == "nonstandard"] == []


def test_word_with_another_meaning_is_only_a_warning(run: Run) -> None:
    (finding,) = run("Mereka ingin rubah aturan.")
    assert (finding.rule, finding.severity, finding.suggestions) == (
        "baku.periksa",
        "warning",
        ("ubah",),
    )
    assert "Periksa" in finding.message


def test_clearly_wrong_affixed_form_of_an_ambiguous_word_is_an_error(run: Run) -> None:
    (finding,) = run("Dinas merubah jadwal.")
    assert (finding.rule, finding.severity, finding.suggestions) == (
        "baku.kata",
        "error",
        ("mengubah",),
    )


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Ayo mensukseskan program ini.", "Ayo menyukseskan program ini."),
        ("Tim mensinergikan program.", "Tim menyinergikan program."),
        ("Petugas mengkonfirmasi kabar itu.", "Petugas mengonfirmasi kabar itu."),
        ("Tim mengkomunikasikan hasilnya.", "Tim mengomunikasikan hasilnya."),
        ("Penerjemah menterjemahkan naskah.", "Penerjemah menerjemahkan naskah."),
        ("Mensukseskan Pemilu 2024", "Menyukseskan Pemilu 2024"),
    ],
)
def test_nasal_prefix_melts_k_p_t_s(run: Run, wrong: str, right: str) -> None:
    assert right in fixed(run, wrong, "baku.luluh")


@pytest.mark.parametrize(
    "text",
    [
        "Warga mengkritik kebijakan.",
        "Pabrik memproduksi pupuk.",
        "Tim mengkaji aturan.",
        "Kami mempunyai rencana.",
        "Kami memperhatikan usulan.",
        "Peserta mempelajari materi.",
        "Bank mentransfer dana.",
        "Warga mensyukuri hasil panen.",
        "Menteri dan mentor hadir.",
        "Tim mensponsori acara.",
        "Mentawai dan Mensos hadir.",
    ],
)
def test_nasal_rule_leaves_clusters_and_dictionary_words_alone(run: Run, text: str) -> None:
    assert run(text, "baku.luluh") == []
