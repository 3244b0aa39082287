"""A plain-text rendering of a release, line per paragraph, for revision diffs.

People compare versions by reading them, so the diff runs over what a reader sees (title,
subtitle, dateline, paragraphs, quotes, contacts) rather than over JSON.
"""

from __future__ import annotations

from humas_desktop.i18n import tr
from humas_desktop.model.release import BlockKind, Release


def readable_lines(release: Release, lang: str | None = None) -> list[str]:
    lines = [release.title]
    if release.subtitle:
        lines.append(release.subtitle)
    meta = [part for part in (release.number,
                              release.release_date.isoformat() if release.release_date else "")
            if part]
    if meta:
        lines.append(" · ".join(meta))
    first = True
    for block in release.body:
        text = block.text
        if first and release.dateline_city:
            text = f"{release.dateline_city.upper()} – {text}"
        first = False
        lines += ["", f"• {text}" if block.kind is BlockKind.BULLET else text]
    if first and release.dateline_city:
        lines += ["", release.dateline_city.upper()]
    if release.quotes:
        lines += ["", tr("render.quotes", lang)]
        for quote in release.quotes:
            who = ", ".join(part for part in (quote.speaker, quote.position) if part)
            lines.append(f"“{quote.text}” — {who}")
    if release.contacts:
        lines += ["", tr("render.contacts", lang)]
        for contact in release.contacts:
            lines.append(" · ".join(part for part in (contact.name, contact.position,
                                                      contact.phone, contact.email) if part))
    if release.about:
        lines += ["", release.about]
    if release.tags:
        lines += ["", tr("render.tags", lang) + " " + ", ".join(release.tags)]
    return lines


def readable_text(release: Release, lang: str | None = None) -> str:
    return "\n".join(readable_lines(release, lang))
