"""Direct quotations: the comma inside the closing mark, the attribution verb in lower case,
spaces around the marks, a capital at the start of the quotation, one style of marks.

The marks of each paragraph are paired once: “ opens and ” closes, except a ” that starts a
paragraph (a slip for “); straight double quotes alternate. Everything else reads the pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.registry import Family, Hit, family
from humas_desktop.checks.tokens import Document

_MARKS = re.compile(r"[“”\"]")
_AFTER_CLOSE = re.compile(r"(?P<dot>[.,])?(?P<gap>[ \u00a0]*)(?P<word>[^\W\d_]+)")
_WORD_AFTER_OPEN = re.compile(r"(?P<gap>[ \u00a0]*)(?P<word>[^\W\d_][\w-]*)")
_SPEECH_END = frozenset(",!?")


@dataclass(frozen=True, slots=True)
class Quote:
    open: int | None  # index of the opening mark; None for a quotation begun in an earlier
    # paragraph (a quote running over several paragraphs closes in the last one)
    close: int | None  # index of the closing mark, None when unclosed in the paragraph
    open_char: str  # the opening mark, or the closing one when there is no opening
    misplaced_open: bool  # a ” (closing mark) used to open


_OPENS_AFTER = frozenset("([{—–-/")
_CLOSES_BEFORE = frozenset(".,;:!?)]…")


def _straight_role(text: str, i: int, start: int, end: int) -> str:
    """ "open", "close" or "" (can't tell) for a straight double quote, from its neighbours."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return ""


def pair_quotes(text: str, start: int, end: int) -> list[Quote]:
    """The double quotations of one paragraph, in order."""
    quotes: list[Quote] = []
    opening: tuple[int, str, bool] | None = None
    for match in _MARKS.finditer(text, start, end):
        i = match.start()
        char = match.group()
        if char == "“":
            role = "open"
        elif char == "”":
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            misused = i == start or (before.isspace() and not after.isspace())
            role = "open" if misused and opening is None else "close"
        else:
            role = _straight_role(text, i, start, end) or ("close" if opening else "open")
        if role == "open":
            if opening is not None:  # an unclosed quotation followed by a new one
                quotes.append(Quote(opening[0], None, opening[1], opening[2]))
            opening = (i, char, char == "”")
        elif opening is not None:
            quotes.append(Quote(opening[0], i, opening[1], opening[2]))
            opening = None
        else:
            quotes.append(Quote(None, i, char, False))  # closes a quotation begun earlier
    if opening is not None:
        quotes.append(Quote(opening[0], None, opening[1], opening[2]))
    return quotes


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


@family
class Quotes(Family):
    produces = (
        "quotes.comma",
        "quotes.space_after",
        "quotes.verb_case",
        "quotes.open_space",
        "quotes.close_space",
        "quotes.capital_start",
        "quotes.consistency",
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.verbs = _words(data, "attribution_verbs")
        self.speech_verbs = _words(data, "speech_verbs") | self.verbs

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        text = doc.text
        straight: list[int] = []
        curly: list[int] = []
        for paragraph in doc.paragraphs:
            for quote in pair_quotes(text, paragraph.start, paragraph.end):
                first = quote.open if quote.open is not None else quote.close
                assert first is not None
                (straight if quote.open_char == '"' else curly).append(first)
                if quote.open is not None:
                    yield from self._opening(doc, quote, paragraph.start, wanted)
                if quote.close is not None:
                    yield from self._closing(doc, quote, wanted)
        if "quotes.consistency" in wanted and straight and curly:
            minority, mark = (straight, '"') if len(straight) <= len(curly) else (curly, "“")
            for i in minority:
                yield Hit("quotes.consistency", i, i + 1, ("“" if mark == '"' else '"',))

    def _attribution_follows(self, doc: Document, quote: Quote) -> bool:
        if quote.close is None:
            return False
        match = _AFTER_CLOSE.match(doc.text, quote.close + 1)
        return match is not None and match.group("word").lower() in self.verbs

    def _opening(
        self, doc: Document, quote: Quote, para_start: int, wanted: frozenset[str]
    ) -> Iterator[Hit]:
        text = doc.text
        assert quote.open is not None
        match = _WORD_AFTER_OPEN.match(text, quote.open + 1)
        if match is None:
            return
        gap, word = match.group("gap"), match.group("word")
        wrong_open = quote.misplaced_open or (gap and quote.open_char != '"')
        if wrong_open and "quotes.open_space" in wanted:
            yield Hit("quotes.open_space", quote.open, match.end(), ("“" + word,))
            return
        if not word[:1].islower() or "quotes.capital_start" not in wanted:
            return
        before = text[para_start : quote.open].rstrip()
        last_word = before[:-1].rsplit(None, 1)[-1].lower() if len(before) > 1 else ""
        starts_speech = (
            not before
            or before[-1] in ".!?"
            or (before[-1] in ",:" and last_word in self.speech_verbs)
        )
        if any(c.isupper() for c in word[1:]) or word.startswith("e-"):
            return  # eKTP, e-KTP, iPhone
        if starts_speech:  # a quotation woven into the sentence may start in lower case
            start = match.start("word")
            yield Hit(
                "quotes.capital_start", start, start + len(word), (word[:1].upper() + word[1:],)
            )

    def _closing(self, doc: Document, quote: Quote, wanted: frozenset[str]) -> Iterator[Hit]:
        text = doc.text
        close = quote.close
        assert close is not None
        mark = '"' if text[close] == '"' else "”"
        if (
            "quotes.close_space" in wanted
            and close >= 2
            and text[close - 1] in " \u00a0"
            and not text[close - 2].isspace()
            and (quote.open is None or close - 1 > quote.open + 1)
        ):
            # `terbuka ,”` / `terbuka ”`: no space inside the closing mark
            yield Hit("quotes.close_space", close - 2, close + 1, (text[close - 2] + text[close],))
        match = _AFTER_CLOSE.match(text, close + 1)
        if match is None:
            return
        word = match.group("word")
        gap = match.group("gap")
        if word.lower() not in self.verbs:
            if not gap and not match.group("dot") and "quotes.space_after" in wanted:
                end = match.end()
                yield Hit("quotes.space_after", close, end, (text[close] + " " + word,))
            return
        before = text[close - 1] if close > 0 else ""
        verb = word.lower()
        if before not in _SPEECH_END or match.group("dot"):
            if "quotes.comma" in wanted:
                start = close - 1 if before == "." else close
                inside = "" if before in _SPEECH_END else ","  # `siap?”. tanya` keeps its ?
                yield Hit("quotes.comma", start, match.end(), (inside + mark + " " + verb,))
            return
        if gap != " ":
            if "quotes.space_after" in wanted:
                yield Hit("quotes.space_after", close, match.end(), (text[close] + " " + verb,))
            return
        if word != verb and not word.isupper() and "quotes.verb_case" in wanted:
            start = match.start("word")
            yield Hit("quotes.verb_case", start, match.end(), (verb,))
