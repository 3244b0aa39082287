"""A word typed twice (`yang yang`), reduplication written without its hyphen (`sama sama`),
and real-word slips that the next word gives away (`unjuk itu` → `untuk itu`).

A doubled word is a reduplication that lost its hyphen only for words that are nearly always
reduplicated (sama-sama, masing-masing); otherwise it is reported as typed twice, with the
hyphenated form as the second suggestion (anggaran anggaran could be either).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.registry import Family, Hit, family, keep_case
from humas_desktop.checks.tokens import Document


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


@family
class Repetition(Family):
    produces = ("repetition.doubled", "repetition.redup_hyphen", "repetition.slip")

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.function_words = _words(data, "function_words")
        self.reduplicated = _words(data, "usually_reduplicated")
        # slips: written word → (meant word, words after which the written word is right)
        self.slips: dict[str, tuple[str, frozenset[str]]] = {}
        for word, spec in data.get("slips", {}).items():
            self.slips[str(word).lower()] = (
                str(spec["meant"]),
                frozenset(str(w).lower() for w in spec.get("right_before", [])),
            )

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        words = doc.words
        text = doc.text
        for i, word in enumerate(words):
            lower = word.text.lower()
            nxt = words[i + 1] if i + 1 < len(words) else None
            spaced = nxt is not None and text[word.end : nxt.start] == " "
            if (
                spaced
                and nxt is not None
                and nxt.text.lower() == lower
                and nxt.text.islower()
                and word.text[1:].islower()
            ):
                hyphenated = f"{word.text}-{nxt.text}"
                if lower in self.reduplicated:
                    if "repetition.redup_hyphen" in wanted:
                        yield Hit("repetition.redup_hyphen", word.start, nxt.end, (hyphenated,))
                elif "repetition.doubled" in wanted and "-" not in lower:
                    # a slip (yang yang), or a reduplication that lost its hyphen (program
                    # program): the single word first, the hyphenated form as second choice
                    options = (
                        (word.text,)
                        if lower in self.function_words
                        else (
                            word.text,
                            hyphenated,
                        )
                    )
                    yield Hit("repetition.doubled", word.start, nxt.end, options)
                continue
            slip = self.slips.get(lower)
            if slip is not None and "repetition.slip" in wanted:
                meant, right_before = slip
                if nxt is None or not spaced or nxt.text.lower() not in right_before:
                    yield Hit(
                        "repetition.slip", word.start, word.end, (keep_case(word.text, meant),)
                    )
