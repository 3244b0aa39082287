from datetime import date

import pytest

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
