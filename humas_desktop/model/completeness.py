"""The "Kelengkapan" checklist: what a release needs before it goes to the press.

Each item names the editor field to jump to (`target`), so the checklist panel can take the
officer straight to the gap. Targets are editor field ids (`title`, `lead`, `quotes`...),
optionally `field#start-end` to select the offending text, or `field:index` for the n-th quote,
contact or photo.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from humas_desktop.i18n import tr
from humas_desktop.model.dates import news_date_mismatches
from humas_desktop.model.lead import W, analyse_lead
from humas_desktop.model.office import OfficeProfile, format_number, number_matches
from humas_desktop.model.release import Release
from humas_desktop.model.templates import get_template

MAX_HEADLINE_CHARS = 100
MAX_LEAD_WORDS = 40
WORDS_PER_MINUTE = 200  # an average adult reading Indonesian news prose silently
LEAD_MUST_ANSWER = (W.KAPAN, W.DI_MANA, W.SIAPA)


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    ok: bool
    message: str  # already in the user's language (i18n catalogue key `checklist.<...>`)
    target: str


def word_count(text: str) -> int:
    return len(text.split())


def release_word_count(release: Release) -> int:
    return word_count(release.full_text())


def reading_seconds(words: int) -> int:
    """Estimated silent reading time, rounded up to whole seconds."""
    return math.ceil(words * 60 / WORDS_PER_MINUTE) if words > 0 else 0


def headline_chars(title: str) -> int:
    return len(title.strip())


def lead_text(release: Release) -> str:
    """The lead is the first body paragraph (the editor keeps it in its own field)."""
    return release.body[0].text if release.body else ""


def _headline(release: Release) -> ChecklistItem:
    n = headline_chars(release.title)
    if n == 0:
        return ChecklistItem("title", False, tr("checklist.title_missing"), "title")
    if n > MAX_HEADLINE_CHARS:
        return ChecklistItem("title", False,
                             tr("checklist.title_long", chars=n, max=MAX_HEADLINE_CHARS), "title")
    return ChecklistItem("title", True, tr("checklist.title_ok", chars=n), "title")


def _lead(release: Release) -> list[ChecklistItem]:
    text = lead_text(release)
    words = word_count(text)
    if words == 0:
        return [
            ChecklistItem("lead_length", False, tr("checklist.lead_missing"), "lead"),
            ChecklistItem("lead_5w", False,
                          tr("checklist.lead_5w_missing",
                             missing=", ".join(w.label() for w in LEAD_MUST_ANSWER)), "lead"),
        ]
    if words > MAX_LEAD_WORDS:
        length = ChecklistItem("lead_length", False,
                               tr("checklist.lead_long", words=words, max=MAX_LEAD_WORDS), "lead")
    else:
        length = ChecklistItem("lead_length", True, tr("checklist.lead_ok", words=words), "lead")
    analysis = analyse_lead(text, release.dateline_city)
    missing = [w for w in LEAD_MUST_ANSWER if w not in analysis.answered]
    if missing:
        answers = ChecklistItem("lead_5w", False, tr(
            "checklist.lead_5w_missing", missing=", ".join(w.label() for w in missing)), "lead")
    else:
        answers = ChecklistItem("lead_5w", True, tr("checklist.lead_5w_ok"), "lead")
    return [length, answers]


def _quotes(release: Release, required: bool) -> ChecklistItem:
    if not release.quotes:
        if required:
            return ChecklistItem("quotes", False, tr("checklist.required_quotes"), "quotes")
        return ChecklistItem("quotes", True, tr("checklist.quotes_none"), "quotes")
    for i, quote in enumerate(release.quotes):
        if not quote.speaker.strip() or not quote.position.strip():
            return ChecklistItem("quotes", False,
                                 tr("checklist.quote_unattributed", n=i + 1), f"quotes:{i}")
    return ChecklistItem("quotes", True, tr("checklist.quotes_ok", n=len(release.quotes)),
                         "quotes")


def _contact(release: Release) -> ChecklistItem:
    for contact in release.contacts:
        if contact.name.strip() and (contact.phone.strip() or contact.email.strip()):
            # "Andi Rahman, S.Sos." must not end the sentence with two full stops
            name = contact.name.strip().rstrip(".")
            return ChecklistItem("contact", True, tr("checklist.contact_ok", name=name),
                                 "contacts")
    if any(c.name.strip() for c in release.contacts):
        return ChecklistItem("contact", False, tr("checklist.contact_unreachable"), "contacts")
    return ChecklistItem("contact", False, tr("checklist.contact_missing"), "contacts")


def _photos(release: Release, required: bool) -> ChecklistItem:
    for i, photo in enumerate(release.photos):
        if not photo.caption.strip():
            return ChecklistItem("photo_captions", False,
                                 tr("checklist.photo_caption_missing", n=i + 1), f"photos:{i}")
    if not release.photos:
        if required:
            return ChecklistItem("photo_captions", False, tr("checklist.required_photos"),
                                 "photos")
        return ChecklistItem("photo_captions", True, tr("checklist.photos_none"), "photos")
    return ChecklistItem("photo_captions", True,
                         tr("checklist.photos_ok", n=len(release.photos)), "photos")


def _number(release: Release, profile: OfficeProfile, today: date | None) -> ChecklistItem:
    if not release.number.strip():
        return ChecklistItem("number", False, tr("checklist.number_missing"), "number")
    if not number_matches(profile.number_pattern, release.number):
        example = format_number(profile.number_pattern, 45,
                                release.release_date or today or date.today())
        return ChecklistItem("number", False,
                             tr("checklist.number_pattern", example=example), "number")
    return ChecklistItem("number", True, tr("checklist.number_ok"), "number")


def _dates(release: Release, today: date | None) -> ChecklistItem:
    year = (release.release_date or today or date.today()).year
    fields: list[tuple[str, str]] = [("title", release.title), ("subtitle", release.subtitle)]
    if release.body:
        fields.append(("lead", release.body[0].text))
        fields.append(("body", "\n".join(block.text for block in release.body[1:])))
    fields += [(f"quotes:{i}", q.text) for i, q in enumerate(release.quotes)]
    for field, text in fields:
        found = news_date_mismatches(text, year)
        if found:
            first = found[0]
            written = text[first.start:first.end]
            if first.actual_day:
                message = tr("checklist.date_mismatch", written=written, day=first.actual_day)
            else:
                message = tr("checklist.date_invalid", written=written)
            target = field if ":" in field else f"{field}#{first.start}-{first.end}"
            return ChecklistItem("news_dates", False, message, target)
    return ChecklistItem("news_dates", True, tr("checklist.dates_ok"), "lead")


# Quotes and photos have their own items, which say when the template needs them.
_REQUIRED_EMPTY = {
    "subtitle": lambda r: not r.subtitle.strip(),
    "dateline": lambda r: not r.dateline_city.strip() or r.release_date is None,
    "body": lambda r: sum(1 for b in r.body[1:] if b.text.strip()) == 0,
    "about": lambda r: not r.about.strip(),
    "tags": lambda r: not r.tags,
}


def _required_fields(release: Release) -> tuple[str, ...]:
    template = get_template(release.category) if release.category else None
    return template.required if template is not None else ()


def _required(release: Release, required: tuple[str, ...]) -> list[ChecklistItem]:
    """Sections the release's template marks as required and that are still empty."""
    items = []
    for field in required:
        empty = _REQUIRED_EMPTY.get(field)
        if empty is not None and empty(release):
            items.append(ChecklistItem(f"required_{field}", False,
                                       tr(f"checklist.required_{field}"), field))
    return items


def checklist(release: Release, profile: OfficeProfile,
              today: date | None = None) -> list[ChecklistItem]:
    """Every checklist item for `release`, in the order of the editor's sections."""
    required = _required_fields(release)
    items = [_headline(release), *_lead(release), _dates(release, today)]
    items += _required(release, required)
    items += [_quotes(release, "quotes" in required), _photos(release, "photos" in required),
              _contact(release), _number(release, profile, today)]
    return items
