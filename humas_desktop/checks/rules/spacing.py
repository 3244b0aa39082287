"""Spacing that needs more than a regular expression: the dateline dash.

A dateline opens the first paragraph: a city in capitals, sometimes with the outlet's name or
domain, then an en dash with a space on each side (`MAKASSAR – `, `SUKABUMI, bipol.co – `).
Only the first paragraphs are looked at, and only when the part before the dash has the shape
of a dateline (a word in capitals or a domain, no sentence end, a few words at most).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.registry import Family, Hit, family
from humas_desktop.checks.tokens import Document

_DATELINE = re.compile(
    r"(?P<head>[^\n.!?–—-]{2,60}?(?:\.[a-z]{2,6}(?:\.[a-z]{2,3})?)?[^\n.!?–—-]{0,30}?)"
    r"(?P<dash>[ \u00a0]*[-–—][ \u00a0]*)(?=[A-Z“\"])"
)
_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b|\b[A-Za-z0-9-]+\.(?:co|id|com|net|news|go\.id)\b")
# Parts of a dateline: capitalised words (cities, outlets), domains, "(ANTARA)".
_PART = r"(?:[A-Z][\w'’.]*|[\w-]+(?:\.[a-z]{2,6})+|\([A-Za-z .]+\))"
_HEAD = re.compile(rf"{_PART}(?:[ ,]+{_PART})*")
_GOOD = " – "
_DASHES = re.compile("[-–—]")


@family
class Dateline(Family):
    produces = ("spacing.dateline", "spacing.dateline_hyphen")

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        for paragraph in doc.paragraphs[:4]:
            opening = doc.text[paragraph.start : paragraph.start + 100]
            if not opening[:1].isalnum() or _DASHES.search(opening) is None:
                continue
            match = _DATELINE.match(doc.text, paragraph.start, paragraph.end)
            if match is None:
                continue
            head = match.group("head")
            if (
                len(head.split()) > 6
                or not _CAPS_WORD.search(head)
                or not _HEAD.fullmatch(head.strip())
            ):
                continue
            dash = match.group("dash")
            start, end = match.span("dash")
            following = doc.text[end : end + 30].split(" ", 1)[0]
            if dash == "-" and head.strip().isupper() and following.isupper():
                continue  # POS-KUPANG.COM: a hyphenated name in capitals, not the dash
            if (
                dash.strip() in "–—"
                and dash.startswith((" ", "\u00a0"))
                and dash.endswith((" ", "\u00a0"))
            ):
                return  # a good dateline
            spaced = dash.startswith((" ", "\u00a0")) and dash.endswith((" ", "\u00a0"))
            if spaced:
                if "spacing.dateline_hyphen" in wanted:
                    yield Hit("spacing.dateline_hyphen", start, end, (_GOOD,))
            elif "spacing.dateline" in wanted:
                # take the words on both sides so the finding is visible: bipol.co-Peran
                space = doc.text.rfind(" ", paragraph.start, start)
                left = space + 1 if space >= 0 else paragraph.start
                right_match = re.compile(r"[^\s]*").match(doc.text, end)
                right = right_match.end() if right_match else end
                fixed = doc.text[left:start] + _GOOD + doc.text[end:right]
                yield Hit("spacing.dateline", left, right, (fixed,))
            return
