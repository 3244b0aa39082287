"""The Qt-free message catalogues: lookup, fallback, singular and plural."""

from __future__ import annotations

import tomllib

from humas_desktop.i18n import tr
from humas_desktop.resources import resource_path


def _catalogue(lang: str) -> dict[str, str]:
    with resource_path("messages", f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


def test_english_singular_and_plural_indonesian_one_form() -> None:
    assert tr("checklist.quotes_ok", "en", plural=1, n=1) == "1 quote, with name and position."
    assert tr("checklist.quotes_ok", "en", plural=3, n=3) == "3 quotes, all with name and position."
    assert tr("checklist.body_ok", "en", plural=1, words=1) == "Body written: 1 word."
    assert tr("checklist.body_ok", "en", plural=0, words=0) == "Body written: 0 words."
    assert tr("checklist.quotes_ok", "id", plural=1, n=1) == \
        tr("checklist.quotes_ok", "id", plural=2, n=1)
    # A field may itself be called `count`; the plural selector is a separate argument.
    assert tr("cli.gc_photos.done", "en", plural=2, count=2) == "2 unused photo files deleted."


def test_catalogues_agree() -> None:
    indonesian, english = _catalogue("id"), _catalogue("en")
    singular_only = {key for key in english if key.endswith(".one")}
    assert {key.removesuffix(".one") for key in singular_only} <= set(english)
    assert set(english) - singular_only == set(indonesian)
    assert not [key for key, text in english.items() if "(s)" in text], \
        "English counts use a .one form, not 'word(s)'"


def test_missing_english_falls_back_and_unknown_key_shows_itself() -> None:
    assert tr("no.such.key", "en") == "no.such.key"
