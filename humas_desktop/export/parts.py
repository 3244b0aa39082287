"""Pieces every output format shares: dateline, end mark, quotes, contacts, "Tentang" text.

Kept in one place so Word, e-mail and WhatsApp say the same thing in the same order.
"""

from __future__ import annotations

import re
import unicodedata

from humas_desktop.export.wording import doc_text
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import ContactPerson, Quote, Release

EN_DASH = "\u2013"
END_MARK = "###"
_DASHES = (EN_DASH, "\u2014", "-")


def dateline(release: Release) -> str:
    """`BENTENG – ` if the release has a city and its lead does not already start with one."""
    city = release.dateline_city.strip().upper()
    if not city:
        return ""
    if release.body:
        head = release.body[0].text.lstrip()[: len(city) + 4].upper()
        if head.startswith(city) and any(d in head for d in _DASHES):
            return ""
    return f"{city} {EN_DASH} "


def quote_text(text: str) -> str:
    """The quotation as written; wrapped in curly quotes only if it has none."""
    text = text.strip()
    return text if not text or text[0] in "\"“'‘" else f"“{text}”"


_QUOTE_MARKS = re.compile("[\"“”„‟«»‘’‚‛‹›`']")


def _normalised(text: str) -> str:
    """Text for comparing quotations: no quotation marks, single spaces, lower case."""
    text = _QUOTE_MARKS.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.split()).casefold()


def quotes_to_print(release: Release) -> list[Quote]:
    """The quotes to print after the body: those not already in it.

    "Sisipkan ke isi berita" puts a quote into the body as running text (`“…,” kata Bupati …`);
    printing it again as a pull-quote would repeat it. The comparison ignores quotation marks,
    spacing, a closing comma or full stop and case, and matches whole words only.
    """
    body = _normalised("\n".join(block.text for block in release.body))
    out = []
    for quote in release.quotes:
        words = _normalised(quote.text).rstrip(" ,.")
        if not words:
            continue
        if body and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", body):
            continue
        out.append(quote)
    return out


def attribution_lines(speaker: str, position: str) -> list[str]:
    """`— Name` then the position on its own line (names carry commas: `Ir. H. A, M.Si.`)."""
    lines = [f"\u2014 {speaker.strip()}"] if speaker.strip() else []
    if position.strip():
        lines.append(position.strip() if lines else f"\u2014 {position.strip()}")
    return lines


def agency(release: Release, office: OfficeProfile) -> str:
    return office.name or release.office


def contacts(release: Release, office: OfficeProfile) -> list[ContactPerson]:
    """The release's own contacts, else the office's default narahubung."""
    return list(release.contacts) or ([office.contact] if office.contact.name else [])


def about(release: Release, office: OfficeProfile) -> tuple[str, str]:
    """(heading, text) of the "Tentang" boilerplate, or ("", "") when there is none."""
    text = (release.about or office.about).strip()
    if not text:
        return "", ""
    name = agency(release, office)
    heading = doc_text("about_heading", office=name) if name else doc_text("about_heading_plain")
    return heading, text


def contact_lines(person: ContactPerson) -> list[str]:
    lines = [person.name]
    if person.position:
        lines.append(person.position)
    if person.phone:
        lines.append(doc_text("contact_phone", phone=person.phone))
    if person.email:
        lines.append(doc_text("contact_email", email=person.email))
    return lines


def photo_caption(caption: str, credit: str) -> str:
    """`caption (Foto: credit)`, the form the Word importer reads back."""
    caption, credit = caption.strip(), credit.strip()
    if credit:
        credit_text = doc_text("photo_credit", credit=credit)
        return f"{caption} ({credit_text})" if caption else f"({credit_text})"
    return caption
