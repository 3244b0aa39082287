"""File names for exported releases: one rule for the save dialog, batch export and the CLI.

`2026-11-23 Bupati Resmikan Jembatan Gantung.docx`: the release date, then the title as the
officer wrote it, so a folder of exports reads like the archive list. Windows must accept the
name: its forbidden characters are replaced, a trailing dot or space removed, device names
(CON, NUL…) avoided, and a long title is cut at a word boundary.
"""

from __future__ import annotations

import re
import unicodedata

from humas_desktop.export.wording import doc_text
from humas_desktop.model.release import Release

TITLE_LIMIT = 80
_SLASHES = re.compile(r"[/\\]+")
_UNSAFE = re.compile(r'[<>:"|?*\x00-\x1f\x7f]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}
_TRAILING = " .,;-\u2013\u2014"


def shorten(text: str, limit: int = TITLE_LIMIT) -> str:
    """`text` cut to at most `limit` characters, at a space when there is one in the second half."""
    if len(text) <= limit:
        return text
    cut = text[:limit + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else text[:limit]).rstrip(_TRAILING)


def safe_title(title: str, limit: int = TITLE_LIMIT) -> str:
    """The title as a Windows-safe piece of a file name (may be empty)."""
    text = unicodedata.normalize("NFC", title)
    text = _UNSAFE.sub(" ", _SLASHES.sub("-", text))
    text = " ".join(text.split()).strip(_TRAILING)
    return shorten(text, limit)


def release_file_name(release: Release, suffix: str = ".docx") -> str:
    """`<date> <title><suffix>`; a release without a date or title still gets a usable name."""
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    title = safe_title(release.title) or doc_text("untitled_file")
    day = release.release_date.isoformat() if release.release_date else ""
    stem = f"{day} {title}".strip()
    if stem.split(".")[0].strip().lower() in _RESERVED:
        stem = f"{doc_text('untitled_file')} {stem}"
    return stem + suffix


def numbered(name: str, n: int) -> str:
    """`name` for the n-th file of that name: `X.docx`, `X (2).docx`, `X (3).docx`…"""
    if n <= 1:
        return name
    stem, dot, suffix = name.rpartition(".")
    return f"{stem} ({n}).{suffix}" if dot else f"{name} ({n})"
