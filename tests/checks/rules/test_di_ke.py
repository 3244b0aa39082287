"""di/ke apart and joined, decided with the dictionary: both directions, real words alone."""

from __future__ import annotations

import pytest

from .conftest import Run, fixed


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Peran humas diera digital.", "Peran humas di era digital."),
        ("Akun disetiap daerah.", "Akun di setiap daerah."),
        ("Disetiap desa ada posko.", "Di setiap desa ada posko."),
        ("Kami pergi kesana.", "Kami pergi ke sana."),
        ("Kami pergi kemana saja.", "Kami pergi ke mana saja."),
        ("Langkah kedepan lebih baik.", "Langkah ke depan lebih baik."),
        ("Data ada dibagian umum.", "Data ada di bagian umum."),
        ("Peserta dilatih dilapangan.", "Peserta dilatih di lapangan."),
        ("Hadir diantaranya camat.", "Hadir di antaranya camat."),
        ("Hadir ditengah-tengah warga.", "Hadir di tengah-tengah warga."),
        ("Rapat digelar dikantor bupati.", "Rapat digelar di kantor bupati."),
        ("Tes digelar dibeberapa OPD.", "Tes digelar di beberapa OPD."),
        ("Angka itu diatas target.", "Angka itu di atas target."),
    ],
)
def test_preposition_written_joined_is_split(run: Run, wrong: str, right: str) -> None:
    assert right in fixed(run, wrong, "dike.pisah")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Rapat di laksanakan hari ini.", "Rapat dilaksanakan hari ini."),
        ("Rilis yang di dasari pesan.", "Rilis yang didasari pesan."),
        ("Surat ditujukan ke pada bupati.", "Surat ditujukan kepada bupati."),
        ("Pada hari ke tiga peserta pulang.", "Pada hari ketiga peserta pulang."),
        ("Naskah di tandatangani bupati.", "Naskah ditandatangani bupati."),
        ("Acara di hadiri camat.", "Acara dihadiri camat."),
    ],
)
def test_prefix_written_apart_is_joined(run: Run, wrong: str, right: str) -> None:
    assert right in fixed(run, wrong, "dike.sambung")


@pytest.mark.parametrize(
    "text",
    [
        "Dia hadir bersama diri sendiri.",
        "Dinas meninjau kecamatan itu kemarin.",
        "Ketua tim bekerja keras.",
        "Warga keluar rumah.",
        "Makanan dipesan dan dimakan, lalu ditahan.",
        "Warga berkumpul di balik gedung.",
        "Hadir di sela kegiatan.",
        "Data ada di bagian umum.",
        "Peserta dilatih di lapangan.",
        "Bantuan dikirim ke dua desa.",
        "Kami pergi ke luar kota.",
        "Dimas dan Kendari hadir.",
        "Kegiatan di Jakarta dan ke Bandung.",
        "Rapat di ruang rapat pimpinan.",
        "Rapat di masing-masing OPD.",
        "Kegiatan di rapat koordinasi dan di sidang paripurna.",
    ],
)
def test_real_words_and_right_forms_are_left_alone(run: Run, text: str) -> None:
    assert [f for f in run(text) if f.category == "di_ke"] == []
