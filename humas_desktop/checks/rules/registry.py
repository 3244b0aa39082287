"""The named checks a rule pack may refer to, and what they report.

A rule in a pack names either a regular expression or a *named check* (`check = "di_ke.split"`).
Named checks live in families: one class per family of related checks that share one pass over
the text (all quotation checks read the quotation marks once). A family says which check names
it produces; each hit carries the name of the check that fired, and the loader maps that name to
the one rule (id, category, severity, message) that uses it. So ids, messages and severities stay
data, and an office that switches a rule off only drops that rule's hits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.tokens import Document


@dataclass(frozen=True, slots=True)
class Hit:
    """A place where a named check fired, before it becomes a Finding."""

    check: str  # the check name, e.g. "di_ke.split"
    start: int
    end: int
    suggestions: tuple[str, ...] = ()


class Family:
    """Base of a family of named checks. `data` is the pack's `[data]` table."""

    produces: ClassVar[tuple[str, ...]] = ()

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterable[Hit]:
        """Hits for the checks in `wanted` (a subset of `produces`)."""
        raise NotImplementedError

    def handled_words(self, wanted: frozenset[str]) -> Iterable[str]:
        """Lower-case single words the checks in `wanted` report as not standard."""
        return ()

    def standard_forms(self, wanted: frozenset[str]) -> Mapping[str, str]:
        """Lower-case non-standard word → its standard form, for the words the checks in
        `wanted` correct with certainty (other families read it through CheckContext)."""
        return {}


FAMILIES: dict[str, type[Family]] = {}


def family(cls: type[Family]) -> type[Family]:
    """Class decorator: make the family's check names available to rule packs."""
    for name in cls.produces:
        if name in FAMILIES:
            raise ValueError(f"check {name} registered twice")
        FAMILIES[name] = cls
    return cls


def keep_case(model: str, replacement: str) -> str:
    """`replacement` written in the case of `model` (Praktek → Praktik, KONKRIT → KONKRET)."""
    if model.isupper() and len(model) > 1:
        return replacement.upper()
    if model[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
