"""WhatsApp text: `*bold*`, `_italic_`, links left bare, no letterhead.

WhatsApp only formats a marker pair that hugs non-space characters, so spaces are moved outside
the markers, and a link is never wrapped (a `*` glued to a URL breaks the link).
"""

from __future__ import annotations

import re
from pathlib import Path

from humas_desktop.export.cleaning import clean_object
from humas_desktop.export.output import ExportResult
from humas_desktop.export.parts import (
    END_MARK,
    attribution_lines,
    contact_lines,
    contacts,
    dateline,
    quote_text,
    quotes_to_print,
)
from humas_desktop.export.text import write_text
from humas_desktop.export.wording import doc_text
from humas_desktop.i18n import tr
from humas_desktop.model.office import OfficeProfile
from humas_desktop.model.release import Block, BlockKind, Release, Run

LINK_RE = re.compile(r"(?:https?://|www\.)\S+[^\s.,;:!?)\]}'\"”’]|\b[\w.+-]+@[\w-]+\.[\w.-]*\w")


def _mark(text: str, bold: bool, italic: bool) -> str:
    """Wrap `text` in WhatsApp markers, keeping outer spaces outside them."""
    if not (bold or italic) or not text.strip():
        return text
    stripped = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    if italic:
        stripped = f"_{stripped}_"
    if bold:
        stripped = f"*{stripped}*"
    return f"{lead}{stripped}{trail}"


def format_run(run: Run) -> str:
    if not (run.bold or run.italic):
        return run.text
    out: list[str] = []
    last = 0
    for match in LINK_RE.finditer(run.text):
        out.append(_mark(run.text[last:match.start()], run.bold, run.italic))
        out.append(match.group(0))
        last = match.end()
    out.append(_mark(run.text[last:], run.bold, run.italic))
    return "".join(out)


def _merge(runs: tuple[Run, ...]) -> list[Run]:
    """Join neighbouring runs of equal format so `*a**b*` never appears."""
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        elif run.text:
            merged.append(run)
    return merged


def format_block(block: Block) -> str:
    text = "".join(format_run(run) for run in _merge(block.runs))
    return f"\u2022 {text}" if block.kind is BlockKind.BULLET else text


def release_whatsapp(release: Release, office: OfficeProfile | None = None) -> str:
    """The message to paste into WhatsApp (the GUI puts it on the clipboard)."""
    office = office or OfficeProfile()
    parts = [_mark(release.title.strip(), True, False)]
    if release.subtitle:
        parts[0] += "\n" + _mark(release.subtitle.strip(), False, True)
    for index, block in enumerate(release.body):
        text = format_block(block)
        if index == 0:
            line = dateline(release)
            if line:
                city, dash = line.rstrip().rsplit(" ", 1)
                text = f"{_mark(city, True, False)} {dash} {text}"
        parts.append(text)
    for quote in quotes_to_print(release):
        parts.append("\n".join([quote_text(quote.text),
                                 *attribution_lines(quote.speaker, quote.position)]))
    parts.append(END_MARK)
    people = contacts(release, office)
    if people:
        lines = [_mark(doc_text("contacts_heading"), True, False)]
        for person in people:
            lines += contact_lines(person)
        parts.append("\n".join(lines))
    return "\n\n".join(part for part in parts if part.strip()) + "\n"


def export_whatsapp(release: Release, out: Path, office: OfficeProfile | None = None, *,
                    force: bool = False) -> ExportResult:
    warnings: list[str] = []
    release = clean_object(release, tr("export.where_release"), warnings)
    office = clean_object(office or OfficeProfile(), tr("export.where_office"), warnings)
    write_text(release_whatsapp(release, office), out, force=force)
    return ExportResult(out, tuple(warnings))
