import tomllib
from datetime import date

import pytest

from humas_desktop.i18n import set_language
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import ContactPerson
from humas_desktop.model.templates import (
    FIELDS,
    TemplateError,
    category_label,
    get_template,
    load_templates,
    parse_template,
)
from humas_desktop.resources import resource_path

PROFILE = OfficeProfile(
    name="Dinas Komunikasi, Informatika, Statistik dan Persandian",
    government="Pemerintah Kabupaten Kepulauan Selayar",
    region="Benteng",
    contact=ContactPerson("Andi Rahman", "Kepala Bidang IKP", "0812-4455-6677",
                          "ikp@selayar.go.id"),
    about="Diskominfo-SP Kepulauan Selayar mengelola informasi publik daerah.",
    number_pattern="{no}/HUMAS-DKISP/{bulan}/{tahun}",
)


def test_six_kinds_shipped_in_order() -> None:
    ids = [t.id for t in load_templates()]
    assert ids == ["kegiatan", "kebijakan", "capaian", "layanan", "klarifikasi", "bencana"]


@pytest.mark.parametrize("template", load_templates(), ids=lambda t: t.id)
def test_every_template_guides_every_writing_section(template) -> None:
    for field in ("title", "lead", "body", "quotes", "contacts"):
        section = template.section(field)
        assert section.tip, f"{template.id}: no tip for {field}"
    for field in ("title", "lead", "body"):
        assert template.section(field).placeholder
    assert set(template.required) <= set(FIELDS)
    assert "title" in template.required and "lead" in template.required
    assert template.suggested_tags
    assert template.name and template.name_en


def test_new_release_filled_from_profile() -> None:
    template = get_template("kegiatan")
    assert template is not None
    release = template.new_release(PROFILE, date(2023, 11, 28), running_number=45)
    assert release.office == PROFILE.name
    assert release.dateline_city == "BENTENG"
    assert release.release_date == date(2023, 11, 28)
    assert release.number == "045/HUMAS-DKISP/XI/2023"
    assert release.contacts == (PROFILE.contact,)
    assert release.about == PROFILE.about
    assert release.category == "kegiatan"
    assert release.title == "" and release.body == ()
    other = template.new_release(PROFILE, date(2023, 11, 28))
    assert other.id != release.id
    assert other.number == ""  # no guessed number without the running number


def test_no_contact_when_profile_has_none() -> None:
    template = get_template("bencana")
    assert template is not None
    release = template.new_release(OfficeProfile(name="X"), date(2024, 1, 2))
    assert release.contacts == ()


def test_labels_follow_language() -> None:
    assert category_label("klarifikasi", "id") == "Klarifikasi Hoaks / Hak Jawab"
    assert category_label("klarifikasi", "en") == "Hoax clarification / right of reply"
    assert category_label("lainnya", "id") == "lainnya"
    assert get_template("tidak-ada") is None


def test_unknown_section_rejected() -> None:
    with pytest.raises(TemplateError, match="judull"):
        parse_template({"id": "x", "name": "X", "sections": [{"field": "judull"}]}, "x.toml")
    with pytest.raises(TemplateError):
        parse_template({"id": "x", "name": ""}, "x.toml")


@pytest.mark.parametrize("path", sorted(resource_path("templates").glob("*.toml")),
                         ids=lambda p: p.stem)
def test_every_shipped_section_has_english(path) -> None:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    template = parse_template(data, path.name)
    for raw in data["sections"]:
        field = raw["field"]
        for key in ("placeholder", "tip"):
            if raw.get(key, "").strip():
                assert raw.get(f"{key}_en", "").strip(), f"{path.name}: no {key}_en for {field}"
                english = getattr(template.section(field, "en"), key)
                assert english != raw[key], f"{path.name}: {key}_en for {field} not translated"


def test_section_follows_language() -> None:
    template = get_template("kegiatan")
    assert template is not None
    assert template.section("lead", "id").tip.startswith("Teras berita menjawab 5W+1H")
    assert template.section("lead", "en").tip.startswith("The lead answers the 5W+1H")
    # Sample Indonesian text to write stays Indonesian inside the English guidance.
    assert "Selasa (28/11)" in template.section("lead", "en").placeholder
    assert "BENTENG – " in template.section("dateline", "en").tip
    assert template.section("body", "en").placeholder.startswith("Paragraph 2:")
    assert template.section("tags", "en").placeholder == ""
    assert template.section("subjudul", "en") == template.section("subjudul", "id")


def test_english_ui_path() -> None:
    """The editor calls `template.section(field).placeholder` / `.tip` with no language."""
    template = get_template("bencana")
    assert template is not None
    set_language("en")
    try:
        assert template.section("body").placeholder.startswith("Paragraph 2: impact figures")
        assert template.section("contacts").tip.startswith("Numbers of the command post")
    finally:
        set_language("id")
    assert template.section("body").placeholder.startswith("Paragraf 2: data dampak")


def test_office_template_without_english_falls_back() -> None:
    template = parse_template({
        "id": "kantor", "name": "Templat Kantor",
        "sections": [
            {"field": "lead", "placeholder": "Siapa, apa, kapan.", "tip": "Teras berita singkat."},
            {"field": "body", "tip": "Satu gagasan per paragraf.",
             "tip_en": "One idea a paragraph.", "placeholder_en": ""},
        ],
    }, "kantor.toml")
    lead = template.section("lead", "en")
    assert (lead.placeholder, lead.tip) == ("Siapa, apa, kapan.", "Teras berita singkat.")
    body = template.section("body", "en")
    assert (body.placeholder, body.tip) == ("", "One idea a paragraph.")
    assert template.section("body", "id").tip == "Satu gagasan per paragraf."
    with pytest.raises(TemplateError, match="tip_en"):
        parse_template({"id": "x", "name": "X", "sections": [{"field": "lead", "tip_en": 3}]},
                       "x.toml")
