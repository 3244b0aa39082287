"""Fixed words that appear INSIDE exported documents (SIARAN PERS, Narahubung, Halaman...).

A release goes to Indonesian media, so these stay Indonesian whatever language the officer's
screen uses; only messages to the officer follow the UI language.
"""

from __future__ import annotations

from typing import Any

from humas_desktop.i18n import tr

DOCUMENT_LANGUAGE = "id"


def doc_text(key: str, **fields: Any) -> str:
    return tr(f"doc.{key}", DOCUMENT_LANGUAGE, **fields)
