"""Qt-free user messages in Indonesian (default) and English.

The GUI uses Qt's own translation system for its widgets; messages that come from the lower
layers (errors, check findings, CLI output) are looked up here by a stable key so the CLI and the
GUI show the same wording. Catalogues live in `resources/messages/<lang>.toml`.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from humas_desktop.resources import resource_path

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_current = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    _current = lang


def current_language() -> str:
    return _current


@cache
def _catalogue(lang: str) -> dict[str, str]:
    with resource_path("messages", f"{lang}.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {str(k): str(v) for k, v in data.items()}


def tr(key: str, lang: str | None = None, *, plural: int | None = None, **fields: Any) -> str:
    """Message `key` in `lang` (the current language by default), formatted with `fields`.

    With `plural` (the number the message counts) a catalogue may give the singular as
    `<key>.one`; English does, Indonesian nouns do not change with number. A key missing from
    the English catalogue falls back to Indonesian; a key missing everywhere is returned as is
    so a gap shows up in review instead of crashing a save.
    """
    lang = lang or _current
    own = _catalogue(lang)
    if plural == 1 and f"{key}.one" in own:
        key = f"{key}.one"
    text = own.get(key) or _catalogue(DEFAULT_LANGUAGE).get(key) or key
    return text.format(**fields) if fields else text
