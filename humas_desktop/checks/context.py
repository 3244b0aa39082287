"""What a rule may ask the checker while it looks at a text.

The style rule packs (checks/rules/) never load dictionaries themselves: the engine hands them a
CheckContext backed by the full spelling stack (Hunspell id_ID, the built-in lexicon, morphology,
the office glossary and the user's dictionary), so every layer agrees on what a word is.
Get a real one in tests with `humas_desktop.checks.engine.default_checker().context()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from humas_desktop.i18n import tr


def _never(word: str) -> bool:
    return False


def _zero(word: str) -> float:
    return 0.0


def _none(word: str) -> str | None:
    return None


def _no_variants(word: str) -> tuple[str, ...]:
    return ()


# Kinds of text field a paragraph comes from. The editor checks each field on its own; some
# rules depend on the field (a quote's text is set into the body before its attribution and
# ends with a comma there, so it never needs a full stop of its own).
FIELD_KINDS: frozenset[str] = frozenset(
    {"body", "title", "subtitle", "lead", "quote", "caption", "about"}
)


def field_kind(name: str | None) -> str:
    """The kind of a field from the editor's field name: `quotes:2` → quote, `photos:0` →
    caption, `title` → title; anything unknown (or None) is body text."""
    if not name:
        return "body"
    base = name.split(":", 1)[0].strip().lower()
    base = {"quotes": "quote", "photos": "caption", "photo": "caption"}.get(base, base)
    return base if base in FIELD_KINDS else "body"


@dataclass(frozen=True)
class CheckContext:
    # True if `word` is standard and known to any layer: dictionary + morphology (affixes,
    # clitics, reduplication), lexicon of government terms and abbreviations, glossary, user
    # words. Case as written matters only for all-caps abbreviations; "Tingkatkan" is a word.
    is_word: Callable[[str], bool] = _never
    # True if `word` (any case) is a base word of the dictionary or lexicon, without affixes:
    # knows_stem("era") and knows_stem("dasar") are True, knows_stem("didasari") is False.
    knows_stem: Callable[[str], bool] = _never
    # True if Hunspell id_ID alone accepts `word` (it also accepts some non-standard forms).
    in_dictionary: Callable[[str], bool] = _never
    # True if the office glossary or the user's dictionary lists `word` (names, places, terms).
    in_glossary: Callable[[str], bool] = _never
    # Zipf frequency of `word` in Indonesian text (0 = unseen, 7 = the most common words).
    frequency: Callable[[str], float] = _zero
    # The standard spelling of a word a rule pack lists as non-standard, in lower case
    # (dihimbau → diimbau, praktek → praktik), or None for any other word.
    standard_form: Callable[[str], str | None] = _none
    # The non-standard spellings whose standard form is `word` (diimbau → ("dihimbau",)): a
    # recently standardised form inherits what the dictionary knows of its old spelling.
    nonstandard_variants: Callable[[str], tuple[str, ...]] = _no_variants
    year: int | None = None  # the release year, for `Selasa (28/11)`; None = do not check dates
    lang: str = "id"  # language of messages: "id" or "en"
    field: str = "body"  # the kind of field checked (FIELD_KINDS): quote, caption, title…

    def message(self, key: str, **fields: Any) -> str:
        """The catalogue message `key` in this context's language."""
        return tr(key, lang=self.lang, **fields)
