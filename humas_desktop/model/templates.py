"""Release templates ("templat"): guidance for each kind of siaran pers, kept as data.

Officers write the same few kinds of release every week. A template only guides: it names the
category, shows placeholder text and tips for every section of the editor, says which sections
the checklist treats as required, and suggests tags. The files live in `resources/templates/` so
an office can adapt the wording without touching code. Every text has an optional English twin
(`name_en`, `description_en`, and `placeholder_en` / `tip_en` per section); an office's own file
without them still loads and shows the Indonesian text in the English UI.
"""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from humas_desktop.errors import HumasError
from humas_desktop.i18n import current_language, tr
from humas_desktop.model.office import OfficeProfile, format_number
from humas_desktop.model.release import Release
from humas_desktop.resources import resource_path

# Editor sections a template may guide, in the order the editor shows them.
FIELDS = (
    "title", "subtitle", "dateline", "lead", "body", "quotes", "photos", "contacts", "about",
    "tags", "number",
)


class TemplateError(HumasError):
    """A template file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class TemplateSection:
    field: str
    placeholder: str = ""
    tip: str = ""


@dataclass(frozen=True)
class ReleaseTemplate:
    id: str
    name: str
    name_en: str
    description: str
    description_en: str
    category: str
    sections: tuple[TemplateSection, ...]
    sections_en: tuple[TemplateSection, ...]
    required: tuple[str, ...]
    suggested_tags: tuple[str, ...]
    order: int = 100

    def label(self, lang: str | None = None) -> str:
        return self.name_en if (lang or current_language()) == "en" and self.name_en else self.name

    def summary(self, lang: str | None = None) -> str:
        english = (lang or current_language()) == "en" and self.description_en
        return self.description_en if english else self.description

    def section(self, field: str, lang: str | None = None) -> TemplateSection:
        """Placeholder and tip for `field` in `lang` (the current language by default)."""
        english = (lang or current_language()) == "en"
        for section in self.sections_en if english else self.sections:
            if section.field == field:
                return section
        return TemplateSection(field)

    def new_release(
        self, profile: OfficeProfile, today: date, running_number: int | None = None
    ) -> Release:
        """A fresh draft filled from the office profile, ready for the editor.

        The number is only filled when the caller knows the next running number (the archive
        does); a guessed number would clash with one already sent to the press.
        """
        number = ""
        if running_number is not None:
            number = format_number(profile.number_pattern, running_number, today)
        contacts = (profile.contact,) if profile.contact.name.strip() else ()
        return Release(
            id=str(uuid.uuid4()),
            office=profile.name,
            dateline_city=profile.region.strip().upper(),
            release_date=today,
            number=number,
            contacts=contacts,
            about=profile.about,
            category=self.category,
        )


def _text(data: dict[str, Any], key: str, source: str, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise TemplateError(tr("template.bad_field", file=source, field=key))
    return value


def _strings(data: dict[str, Any], key: str, source: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateError(tr("template.bad_field", file=source, field=key))
    return tuple(value)


def parse_template(data: dict[str, Any], source: str) -> ReleaseTemplate:
    """Build a template from parsed TOML, rejecting unknown sections so typos surface early."""
    sections: list[TemplateSection] = []
    sections_en: list[TemplateSection] = []
    for raw in data.get("sections", []):
        if not isinstance(raw, dict):
            raise TemplateError(tr("template.bad_field", file=source, field="sections"))
        field = _text(raw, "field", source, required=True)
        if field not in FIELDS:
            raise TemplateError(tr("template.unknown_section", file=source, field=field))
        placeholder, tip = _text(raw, "placeholder", source), _text(raw, "tip", source)
        sections.append(TemplateSection(field, placeholder, tip))
        # An English text left out (or empty) falls back to the Indonesian one.
        placeholder_en = _text(raw, "placeholder_en", source) or placeholder
        tip_en = _text(raw, "tip_en", source) or tip
        sections_en.append(TemplateSection(field, placeholder_en, tip_en))
    required = _strings(data, "required", source)
    for field in required:
        if field not in FIELDS:
            raise TemplateError(tr("template.unknown_section", file=source, field=field))
    order = data.get("order", 100)
    return ReleaseTemplate(
        id=_text(data, "id", source, required=True),
        name=_text(data, "name", source, required=True),
        name_en=_text(data, "name_en", source),
        description=_text(data, "description", source),
        description_en=_text(data, "description_en", source),
        category=_text(data, "category", source) or _text(data, "id", source),
        sections=tuple(sections),
        sections_en=tuple(sections_en),
        required=required,
        suggested_tags=_strings(data, "suggested_tags", source),
        order=order if isinstance(order, int) else 100,
    )


def load_templates() -> list[ReleaseTemplate]:
    """All shipped templates, in their display order."""
    return list(_load_all())


@cache
def _load_all() -> tuple[ReleaseTemplate, ...]:
    found = []
    for path in sorted(resource_path("templates").glob("*.toml")):
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise TemplateError(tr("template.unreadable", file=path.name, error=exc)) from None
        found.append(parse_template(data, path.name))
    return tuple(sorted(found, key=lambda t: (t.order, t.id)))


def get_template(template_id: str) -> ReleaseTemplate | None:
    """The template with this id (or category), or None: old releases may have any category."""
    for template in load_templates():
        if template_id in (template.id, template.category):
            return template
    return None


def category_label(category: str, lang: str | None = None) -> str:
    """What the archive list shows for a stored category."""
    template = get_template(category) if category else None
    return template.label(lang) if template else category
