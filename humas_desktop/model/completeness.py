"""The "Kelengkapan" checklist: what a release needs before it goes to the press.

The items are stable: the same release template always gives the same items in the same order,
each either fine (✓, said positively: "Isi berita ditulis (312 kata).") or missing (✗, said as
what to do). Typing turns an item from ✗ to ✓; it never makes an item appear or vanish.

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
from humas_desktop.model.dates import NEWS_DATE_RE, long_date, news_date_mismatches
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


def _optional(release: Release, what: str) -> str:
    """"Foto: tidak wajib untuk templat ini." (or without a template: "Foto: tidak wajib.")"""
    if release.category and get_template(release.category) is not None:
        return tr(f"checklist.{what}_optional_template")
    return tr(f"checklist.{what}_optional")


def _quotes(release: Release, required: bool) -> ChecklistItem:
    if not release.quotes:
        if required:
            return ChecklistItem("quotes", False, tr("checklist.required_quotes"), "quotes")
        return ChecklistItem("quotes", True, _optional(release, "quotes"), "quotes")
    for i, quote in enumerate(release.quotes):
        if not quote.speaker.strip() or not quote.position.strip():
            return ChecklistItem("quotes", False,
                                 tr("checklist.quote_unattributed", n=i + 1), f"quotes:{i}")
    quotes = len(release.quotes)
    return ChecklistItem("quotes", True, tr("checklist.quotes_ok", plural=quotes, n=quotes),
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
        return ChecklistItem("photo_captions", True, _optional(release, "photos"), "photos")
    photos = len(release.photos)
    return ChecklistItem("photo_captions", True,
                         tr("checklist.photos_ok", plural=photos, n=photos), "photos")


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
    dates_seen = 0
    for field, text in fields:
        dates_seen += sum(1 for _ in NEWS_DATE_RE.finditer(text))
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
    if not dates_seen:  # nothing to compare: say so rather than "the day names match"
        return ChecklistItem("news_dates", True, tr("checklist.dates_none"), "lead")
    return ChecklistItem("news_dates", True, tr("checklist.dates_ok", n=dates_seen), "lead")


def _body_words(release: Release) -> int:
    return sum(word_count(block.text) for block in release.body[1:])


def _filled(field: str, release: Release) -> str | None:
    """The ✓ wording for a required section that is filled, or None while it is empty."""
    if field == "subtitle":
        return tr("checklist.subtitle_ok") if release.subtitle.strip() else None
    if field == "dateline":
        if not release.dateline_city.strip() or release.release_date is None:
            return None
        return tr("checklist.dateline_ok", city=release.dateline_city.strip().upper(),
                  date=long_date(release.release_date))
    if field == "body":
        words = _body_words(release)
        return tr("checklist.body_ok", plural=words, words=words) if words else None
    if field == "about":
        return tr("checklist.about_ok") if release.about.strip() else None
    if field == "tags":
        return tr("checklist.tags_ok", tags=", ".join(release.tags)) if release.tags else None
    raise KeyError(field)


# Sections with an item of their own when the template requires them. Title, lead, quotes,
# photos, contacts and number always have their own items, which say when the template
# needs them.
_REQUIRED_SECTIONS = ("subtitle", "dateline", "body", "about", "tags")


def _required_fields(release: Release) -> tuple[str, ...]:
    template = get_template(release.category) if release.category else None
    return template.required if template is not None else ()


def _required(release: Release, required: tuple[str, ...]) -> list[ChecklistItem]:
    """One item per section the release's template requires, ✓ once it is filled."""
    items = []
    for field in _REQUIRED_SECTIONS:
        if field not in required:
            continue
        filled = _filled(field, release)
        if filled is None:
            items.append(ChecklistItem(f"required_{field}", False,
                                       tr(f"checklist.required_{field}"), field))
        else:
            items.append(ChecklistItem(f"required_{field}", True, filled, field))
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
