"""Plain text of a release for the body of an e-mail to editors.

No markup: e-mail programs and newsroom systems show it as is. The order is the Word file's, so
a journalist who reads the mail sees the same release as the attachment.
"""

from __future__ import annotations

from pathlib import Path

from humas_desktop.export.cleaning import clean_object
from humas_desktop.export.output import ExportResult, write_atomic
from humas_desktop.export.parts import (
    END_MARK,
    about,
    agency,
    attribution_lines,
    contact_lines,
    contacts,
    dateline,
    photo_caption,
    quote_text,
    quotes_to_print,
)
from humas_desktop.export.wording import doc_text
from humas_desktop.i18n import tr
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Block, BlockKind, Release


def _block(block: Block) -> str:
    text = block.text
    return f"\u2022 {text}" if block.kind is BlockKind.BULLET else text


def release_text(release: Release, office: OfficeProfile | None = None) -> str:
    """The whole release as plain text with `\\n` line ends."""
    office = office or OfficeProfile()
    name = agency(release, office)
    parts: list[str] = []
    header = [doc_text("label")]
    if release.number:
        header.append(doc_text("number", number=release.number))
    if name:
        header.insert(0, name)
    parts.append("\n".join(header))
    parts.append("\n".join(p for p in (release.title, release.subtitle) if p))
    for index, block in enumerate(release.body):
        text = _block(block)
        if index == 0:
            text = dateline(release) + text
        parts.append(text)
    for quote in quotes_to_print(release):
        parts.append("\n".join([quote_text(quote.text),
                                 *attribution_lines(quote.speaker, quote.position)]))
    for photo in release.photos:
        caption = photo_caption(photo.caption, photo.credit)
        if caption:
            parts.append(doc_text("photo_line", caption=caption))
    parts.append(END_MARK)
    people = contacts(release, office)
    if people:
        lines = [doc_text("contacts_heading")]
        for person in people:
            lines += contact_lines(person)
        parts.append("\n".join(lines))
    heading, text = about(release, office)
    if heading:
        parts.append(f"{heading}\n{text}")
    return "\n\n".join(part for part in parts if part.strip()) + "\n"


def write_text(text: str, out: Path, *, force: bool = False) -> None:
    """UTF-8 with Windows line ends: Notepad on the office PC shows the lines."""
    write_atomic(out, text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"),
                 force=force)


def export_text(release: Release, out: Path, office: OfficeProfile | None = None, *,
                force: bool = False) -> ExportResult:
    warnings: list[str] = []
    release = clean_object(release, tr("export.where_release"), warnings)
    office = clean_object(office or OfficeProfile(), tr("export.where_office"), warnings)
    write_text(release_text(release, office), out, force=force)
    return ExportResult(out, tuple(warnings))
