"""The checker in a child process of its own, so its pure-Python work never holds the GUI's GIL.

The editor's `CheckService` (humas_desktop.ui.editor.underlines) starts `serve` with the
multiprocessing *spawn* context (the only one on Windows, the target platform) and talks to it
over one Pipe. Everything that crosses the pipe is a plain picklable tuple:

    parent → child                                  child → parent
    ("check", text, year, field, lang)              ("ok", (Finding, ...))
    ("add_user_words", [word, ...])                 ("ok", None)
    ("reload", settings)                            ("ok", None)
    ("stop",)                                       (nothing: the child exits)

A request that raises is answered with ("error", message); the child keeps serving. Right after
start the child answers ("ready", abbreviations) — {lower-case abbreviation: expansion}, for the
editor's tooltips without a Checker in the GUI process — or ("failed", message) when the
checker could not be loaded. `settings` is {"glossary": [...], "user_words": [...],
"disabled": [...]}.

This module imports only humas_desktop.checks (and what that needs), never Qt: the child must
start fast and small.
"""

from __future__ import annotations

from typing import Any

from humas_desktop.checks.office_settings import Settings


def build_checker(settings: Settings | None) -> Any:
    from humas_desktop.checks.engine import Checker

    settings = settings or {}
    return Checker(glossary=settings.get("glossary", ()),
                   user_words=settings.get("user_words", ()),
                   disabled=settings.get("disabled", ()))


def abbreviations(checker: Any) -> dict[str, str]:
    """{lower-case abbreviation: what it stands for} of the checker's lexicon."""
    try:
        table = checker.speller.lexicon.abbreviations
    except AttributeError:
        return {}
    return {key: entry[1] for key, entry in table.items() if entry[1]}


def apply_op(checker: Any, message: tuple[Any, ...]) -> Any:
    """Carry out one op message on `checker`; returns the checker to use from now on (a
    `reload` builds a new one)."""
    kind = message[0]
    if kind == "add_user_words":
        checker.add_user_words(list(message[1]))
        return checker
    if kind == "reload":
        return build_checker(message[1])
    raise ValueError(f"unknown checker op: {kind!r}")


def serve(conn: Any, settings: Settings | None, lang: str | None = None) -> None:
    """The child's loop: build the checker, then answer requests until `stop` or EOF."""
    try:
        if lang:
            from humas_desktop.i18n import set_language

            set_language(lang)
        checker = build_checker(settings)
    except Exception as exc:  # reported to the parent, which shows the editor without underlines
        _send(conn, ("failed", f"{type(exc).__name__}: {exc}"))
        return
    if not _send(conn, ("ready", abbreviations(checker))):
        return
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if not isinstance(message, tuple) or not message or message[0] == "stop":
            return
        try:
            if message[0] == "check":
                _, text, year, field, lang = message
                reply: tuple[Any, ...] = (
                    "ok", tuple(checker.check_paragraph(text, year=year, field=field, lang=lang)))
            else:
                checker = apply_op(checker, message)
                reply = ("ok", None)
        except Exception as exc:
            reply = ("error", f"{type(exc).__name__}: {exc}")
        if not _send(conn, reply):
            return


def _send(conn: Any, message: tuple[Any, ...]) -> bool:
    try:
        conn.send(message)
    except (OSError, ValueError):  # BrokenPipeError: the parent closed its end
        return False
    return True
