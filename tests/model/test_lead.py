import pytest

from humas_desktop.model.lead import W, analyse_lead

FULL = (
    "Bupati Kepulauan Selayar Muhammad Basli Ali meresmikan Pasar Rakyat Benteng di Kelurahan "
    "Benteng, Selasa (28/11), untuk memberi tempat berjualan yang layak bagi 240 pedagang "
    "dengan los baru yang dibangun melalui DAK 2023."
)


def test_full_lead_answers_all_six() -> None:
    analysis = analyse_lead(FULL)
    assert analysis.missing == ()
    assert analysis.first(W.KAPAN).text == "Selasa (28/11)"
    assert analysis.first(W.DI_MANA).text == "di Kelurahan Benteng"
    assert analysis.first(W.SIAPA).text.startswith("Bupati Kepulauan Selayar")
    assert analysis.first(W.MENGAPA).text == "untuk"
    assert analysis.first(W.APA).text == "meresmikan"


@pytest.mark.parametrize(
    ("lead", "answered", "missing"),
    [
        (
            "Pemerintah Provinsi Sulawesi Selatan menggelar rapat koordinasi penanganan stunting "
            "pada Kamis (30/11) pukul 09.00 WITA bertempat di Ruang Pola Kantor Gubernur.",
            {W.SIAPA, W.APA, W.KAPAN, W.DI_MANA},
            {W.MENGAPA, W.BAGAIMANA},
        ),
        (
            "Banjir merendam 312 rumah warga sejak kemarin akibat hujan deras.",
            {W.APA, W.SIAPA, W.KAPAN, W.MENGAPA},
            {W.DI_MANA, W.BAGAIMANA},
        ),
        (
            "Warga kini dapat mengurus KTP secara daring melalui aplikasi Dukcapil Online "
            "mulai 1 Januari 2024 agar antrean di kantor berkurang.",
            {W.SIAPA, W.APA, W.KAPAN, W.BAGAIMANA, W.MENGAPA},
            set(),
        ),
        ("Kegiatan ini sangat bermanfaat.", {W.APA}, {W.KAPAN, W.DI_MANA, W.SIAPA}),
    ],
)
def test_realistic_leads(lead: str, answered: set[W], missing: set[W]) -> None:
    analysis = analyse_lead(lead)
    assert answered <= analysis.answered, analysis.evidence
    assert not (missing & analysis.answered), analysis.evidence


def test_dateline_counts_as_where() -> None:
    lead = "Dinas Kesehatan menggelar vaksinasi massal, Sabtu (2/12)."
    assert W.DI_MANA not in analyse_lead(lead).answered
    assert W.DI_MANA in analyse_lead(lead, dateline_city="BENTENG").answered


def test_day_name_after_di_is_not_a_place() -> None:
    assert W.DI_MANA not in analyse_lead("Rapat digelar di Selasa pagi.").answered


def test_evidence_offsets_point_into_the_text() -> None:
    for e in analyse_lead(FULL).evidence:
        assert FULL[e.start:e.end] == e.text


def test_labels() -> None:
    assert W.DI_MANA.label("id") == "di mana"
    assert W.DI_MANA.label("en") == "where"
