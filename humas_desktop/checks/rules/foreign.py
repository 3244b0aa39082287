"""Foreign words and phrases that have an official Indonesian equivalent (advisory).

One dictionary lookup per word and per two- and three-word window; no regular expressions.
The suggestion keeps the writer's capitals (Workshop → Lokakarya, Team Work → Kerja Sama Tim).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import pairwise
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.capitals import looks_like_headline
from humas_desktop.checks.rules.morph import men
from humas_desktop.checks.rules.registry import Family, Hit, family
from humas_desktop.checks.tokens import Document, Token


def match_case(model: list[str], replacement: str) -> str:
    """`replacement` in the capitals of the words it replaces."""
    if len(model[0]) > 1 and all(w.isupper() for w in model):
        return replacement.upper()
    if len(model) > 1 and all(w[:1].isupper() for w in model):
        return " ".join(w[:1].upper() + w[1:] for w in replacement.split(" "))
    if model[0][:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _inside_name(doc: Document, words: tuple[Token, ...], first: int, end: int) -> bool:
    """Is words[first:end], written with capitals, part of a capitalised multi-word name
    (Program Percepatan Penurunan Stunting, Tim Percepatan Penurunan Stunting (TPPS),
    Workshop Humas Digital)? A capitalised word beside it, within the sentence and with only a
    space between, makes it one; a word capitalised only because it opens the sentence does
    not (Kasus Stunting turun)."""
    if not all(_capitalised(w.text) for w in words[first:end]):
        return False
    text = doc.text
    if first > 0:
        prev = words[first - 1]
        if (
            text[prev.end : words[first].start] == " "
            and prev.sentence == words[first].sentence
            and _capitalised(prev.text)
            and not doc.is_sentence_start(doc.tokens.index(prev))
        ):
            return True
    if end < len(words):
        nxt = words[end]
        if (
            text[words[end - 1].end : nxt.start] == " "
            and nxt.sentence == words[end - 1].sentence
            and _capitalised(nxt.text)
        ):
            return True
    return False


@family
class Foreign(Family):
    produces = ("foreign.equivalent", "foreign.hybrid")

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.terms: dict[tuple[str, ...], tuple[str, ...]] = {}
        for foreign, equivalent in data.get("terms", {}).items():
            key = tuple(str(foreign).lower().split())
            values = equivalent if isinstance(equivalent, list) else [equivalent]
            self.terms[key] = tuple(str(v) for v in values)
        self.longest = max((len(k) for k in self.terms), default=1)
        self.first_words = frozenset(k[0] for k in self.terms)
        # English verbs → Indonesian stem (derived: upload → mengunggah, diunggah) or the
        # explicit [active, passive] pair where meN- does not fit (update → memperbarui)
        self.verbs: dict[str, tuple[str, str]] = {}
        for english, indonesian in data.get("verbs", {}).items():
            if isinstance(indonesian, list):
                self.verbs[str(english).lower()] = (str(indonesian[0]), str(indonesian[1]))
            else:
                stem = str(indonesian)
                self.verbs[str(english).lower()] = (men(stem), "di" + stem)
        self.active_prefixes = frozenset(str(p) for p in data.get("active_prefixes", []))
        self.passive_prefixes = frozenset(str(p) for p in data.get("passive_prefixes", []))

    def handled_words(self, wanted: frozenset[str]) -> Iterable[str]:
        return (k[0] for k in self.terms if len(k) == 1) if wanted else ()

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        if "foreign.hybrid" in wanted:
            yield from self._hybrids(doc)
        if "foreign.equivalent" in wanted:
            yield from self._equivalents(doc, ctx)

    def _hybrids(self, doc: Document) -> Iterator[Hit]:
        """An Indonesian prefix hyphened to an English verb (`meng-update`, `di-share`) is
        neither language: the Indonesian verb in the same voice replaces the whole word."""
        for word in doc.words:
            text = word.text
            if "-" not in text:
                continue
            prefix, _, rest = text.partition("-")
            lower_prefix = prefix.lower()
            forms = self.verbs.get(rest.lower())
            if forms is None:
                continue
            if lower_prefix in self.active_prefixes:
                replacement = forms[0]
            elif lower_prefix in self.passive_prefixes:
                replacement = forms[1]
            else:
                continue
            yield Hit("foreign.hybrid", word.start, word.end, (match_case([text], replacement),))

    @staticmethod
    def _headline(doc: Document, ctx: CheckContext, word_index: int) -> bool:
        """In a Title Case headline capitals mark nothing: a foreign word there is advised."""
        if ctx.field == "title":
            return True
        paragraph = doc.words[word_index].paragraph
        return looks_like_headline(doc, paragraph)

    def _equivalents(self, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        words = doc.words
        text = doc.text
        i = 0
        while i < len(words):
            if words[i].text.lower() not in self.first_words:
                i += 1
                continue
            for size in range(min(self.longest, len(words) - i), 0, -1):
                window = words[i : i + size]
                if size > 1 and any(text[a.end : b.start] != " " for a, b in pairwise(window)):
                    continue
                key = tuple(w.text.lower() for w in window)
                equivalents = self.terms.get(key)
                if equivalents is None:
                    continue
                if size == 1 and window[0].text.isupper() and len(window[0].text) > 1:
                    break  # abbreviations written in capitals
                if _inside_name(doc, words, i, i + size) and not self._headline(doc, ctx, i):
                    break  # Tim Percepatan Penurunan Stunting: an official name, not prose
                model = [w.text for w in window]
                yield Hit(
                    "foreign.equivalent",
                    window[0].start,
                    window[-1].end,
                    tuple(match_case(model, e) for e in equivalents),
                )
                i += size - 1
                break
            i += 1
