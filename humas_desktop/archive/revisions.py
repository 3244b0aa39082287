"""Revision snapshots: the interchange JSON of every save, zlib-compressed (about a third the size).

zlib is in the standard library and a release is a few kilobytes, where zstd's speed advantage
does not matter; snapshots stay readable with nothing but Python.
"""

from __future__ import annotations

import difflib
import json
import zlib
from dataclasses import dataclass
from datetime import datetime

from humas_desktop.archive.render import readable_lines
from humas_desktop.i18n import tr
from humas_desktop.model.interchange import from_dict, to_dict
from humas_desktop.model.release import Release

COMPRESS_LEVEL = 6


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    saved_at: datetime
    pinned: bool
    title: str
    size: int  # bytes of the uncompressed snapshot


def document_json(release: Release) -> str:
    return json.dumps(to_dict(release), ensure_ascii=False, separators=(",", ":"))


def pack(document: str) -> tuple[bytes, int]:
    raw = document.encode("utf-8")
    return zlib.compress(raw, COMPRESS_LEVEL), len(raw)


def unpack(data: bytes) -> Release:
    return from_dict(json.loads(zlib.decompress(data).decode("utf-8")))


def diff_lines(old: Release, new: Release, old_number: int, new_number: int,
               lang: str | None = None) -> list[str]:
    return list(difflib.unified_diff(
        readable_lines(old, lang), readable_lines(new, lang),
        fromfile=tr("archive.revision_label", lang, number=old_number),
        tofile=tr("archive.revision_label", lang, number=new_number),
        lineterm="",
    ))
