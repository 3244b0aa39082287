"""Remove characters that Word's XML cannot hold, and say what was removed.

Text pasted from PDFs, old Word files and chat apps brings control characters and broken
surrogate halves; lxml refuses them, so one stray byte would make the whole export fail.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from humas_desktop.i18n import tr

# XML 1.0 Char production, negated: what may NOT appear in a .docx part.
_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Word's own manual line break and page break arrive as \v and \f when text is pasted.
_BREAKS = str.maketrans({"\v": "\n", "\f": "\n"})

T = TypeVar("T")


def clean_text(text: str) -> tuple[str, Counter[str]]:
    """`text` without XML-illegal characters, and a count of each one removed."""
    text = text.translate(_BREAKS)
    removed: Counter[str] = Counter(_ILLEGAL.findall(text))
    if not removed:
        return text, removed
    return _ILLEGAL.sub("", text), removed


def describe(char: str) -> str:
    return f"U+{ord(char):04X}"


def _clean_value(value: Any, removed: Counter[str]) -> Any:
    if isinstance(value, str):
        cleaned, found = clean_text(value)
        removed.update(found)
        return cleaned
    if isinstance(value, tuple):
        return tuple(_clean_value(item, removed) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in fields(value):
            old = getattr(value, f.name)
            new = _clean_value(old, removed)
            if new is not old and new != old:
                changes[f.name] = new
        return replace(value, **changes) if changes else value
    return value


def clean_object(value: T, label: str, warnings: list[str]) -> T:
    """A copy of a dataclass (Release, OfficeProfile...) with every string cleaned.

    One warning per object lists the removed characters, e.g. `U+0001 (2×), U+D800 (1×)`.
    """
    removed: Counter[str] = Counter()
    cleaned = _clean_value(value, removed)
    if removed:
        listing = ", ".join(f"{describe(c)} ({n}×)" for c, n in sorted(removed.items()))
        warnings.append(tr("export.cleaned", where=label, chars=listing))
    return cleaned
