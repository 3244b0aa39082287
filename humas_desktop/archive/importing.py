"""Read releases from files for import: interchange `.json` and plain `.txt`. Qt-free.

Every reader takes a path and returns a Release, or raises ImportFileError naming the file (and,
for JSON, the field), so one bad file stops an import before anything is written. The CLI
dispatches on the file suffix through a small registry; other layers add readers (e.g. `.docx`).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from humas_desktop.errors import HumasError
from humas_desktop.i18n import tr
from humas_desktop.model.interchange import InterchangeError, loads
from humas_desktop.model.release import Block, Release, new_release

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")


class ImportFileError(HumasError):
    def __init__(self, message: str, path: Path, field: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.field = field


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFileError(tr("import.unreadable", file=str(path),
                                 detail=exc.strerror or str(exc)), path) from exc


def decode_text(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, as Windows Notepad saves; else an error."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(tr("import.not_utf8", file=str(path), line=line), path) from None


def read_json(path: Path) -> Release:
    text = decode_text(_read_bytes(path), path)
    try:
        return loads(text)
    except InterchangeError as exc:
        raise ImportFileError(tr("import.bad_file", file=str(path), detail=str(exc)), path,
                              exc.field) from None


def read_txt(path: Path) -> Release:
    """First non-empty line: title; the rest: paragraphs separated by blank lines."""
    text = decode_text(_read_bytes(path), path).replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    if not text:
        raise ImportFileError(tr("import.empty_txt", file=str(path)), path, "title")
    title, _, rest = text.partition("\n")
    paragraphs = [" ".join(line.strip() for line in chunk.splitlines() if line.strip())
                  for chunk in _BLANK_LINES.split(rest)]
    body = tuple(Block.plain(p) for p in paragraphs if p)
    return new_release(title=title.strip(), body=body)
