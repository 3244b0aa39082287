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
    ("wrong", "right", "rule"),
    [
        ("Rapat di laksanakan hari ini.", "Rapat dilaksanakan hari ini.",
         "dike.sambung-berakhiran"),
        ("Rilis yang di dasari pesan.", "Rilis yang didasari pesan.", "dike.sambung-berakhiran"),
        ("Surat ditujukan ke pada bupati.", "Surat ditujukan kepada bupati.", "dike.sambung"),
        ("Pada hari ke tiga peserta pulang.", "Pada hari ketiga peserta pulang.", "dike.sambung"),
        ("Naskah di tandatangani bupati.", "Naskah ditandatangani bupati.",
         "dike.sambung-berakhiran"),
        ("Acara di hadiri camat.", "Acara dihadiri camat.", "dike.sambung-berakhiran"),
        ("Acara di gelar di aula.", "Acara digelar di aula.", "dike.sambung"),
    ],
)
def test_prefix_written_apart_is_joined(run: Run, wrong: str, right: str, rule: str) -> None:
    assert right in fixed(run, wrong, rule)


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Warga di imbau untuk hadir.", "Warga diimbau untuk hadir."),
        ("Pelatihan di ikuti ASN.", "Pelatihan diikuti ASN."),
        ("Kegiatan di lakukan di aula.", "Kegiatan dilakukan di aula."),
        ("Program di sosialisasikan kepada warga.", "Program disosialisasikan kepada warga."),
        ("Hasilnya di tindaklanjuti dinas.", "Hasilnya ditindaklanjuti dinas."),
    ],
)
def test_di_before_a_verb_root_is_joined_also_for_a_newly_standard_root(
    run: Run, wrong: str, right: str
) -> None:
    # imbau: Hunspell id_ID knows only the old dihimbau; the standard form inherits its di-
    assert right in fixed(run, wrong, "dike.sambung") + fixed(run, wrong, "dike.sambung-berakhiran")


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Warga di himbau untuk hadir.", "Warga diimbau untuk hadir."),
        ("Aturan itu di praktekkan warga.", "Aturan itu dipraktikkan warga."),
    ],
)
def test_joined_form_is_suggested_in_its_standard_spelling(
    run: Run, wrong: str, right: str
) -> None:
    found = fixed(run, wrong, "dike.sambung") + fixed(run, wrong, "dike.sambung-berakhiran")
    assert found == [right]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat di lokasi bencana.",
        "Warga berkumpul di pantai.",
        "Rapat di atas kapal.",
        "Persaingan di antara peserta ketat.",
        "Kami tinggal di sana.",
        "Ia bekerja di kebijakan publik.",
        "Pesawat berputar di udara agar aman.",
    ],
)
def test_preposition_before_a_noun_is_never_joined(run: Run, text: str) -> None:
    assert run(text, "dike.sambung") == run(text, "dike.sambung-berakhiran") == []


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
