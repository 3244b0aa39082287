"""Sentence-level style: conjunctions that should not open a sentence, `karena` clauses
without a main clause, sentences and paragraphs too long for readers with low literacy, and
paragraphs that end without a full stop.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.capitals import is_list_item, looks_like_headline
from humas_desktop.checks.rules.registry import Family, Hit, family, keep_case
from humas_desktop.checks.tokens import Document, Kind

_ENDS = frozenset(".!?…:;\"”’')]")
_OPENING_QUOTES = frozenset("“\"'‘")


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


@family
class Sentences(Family):
    produces = (
        "sentences.conjunction_start",
        "sentences.karena_fragment",
        "sentences.too_long",
        "sentences.paragraph_too_long",
        "sentences.final_stop",
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.openers = _words(data, "not_openers")
        self.replacements = {
            str(k).lower(): str(v) for k, v in data.get("opener_replacements", {}).items()
        }
        self.max_words = int(data.get("max_sentence_words", 35))
        self.max_sentences = int(data.get("max_paragraph_sentences", 5))
        self.min_final_words = int(data.get("final_stop_min_words", 8))
        # fields whose text never ends with a full stop of its own (a quote is set into the
        # body followed by a comma and its attribution; a title is a headline)
        self.no_final_stop_fields = frozenset(
            str(f) for f in data.get("final_stop_skip_fields", [])
        )

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        tokens = doc.tokens
        for sentence in doc.sentences:
            sentence_tokens = tokens[sentence.first_token : sentence.end_token]
            words = [t for t in sentence_tokens if t.kind is not Kind.PUNCT]
            if not words:
                continue
            first = words[0]
            lower = first.text.lower()
            quoted = any(
                t.text in _OPENING_QUOTES for t in sentence_tokens if t.start < first.start
            )
            if first.text[:1].isupper() and not quoted:  # speech may start however it likes
                if lower in self.openers and "sentences.conjunction_start" in wanted:
                    fix = self.replacements.get(lower)
                    suggestions: tuple[str, ...] = ()
                    if fix is not None:
                        after = words[1] if len(words) > 1 else None
                        comma = after is not None and doc.text[first.end : after.start].startswith(
                            ","
                        )
                        suggestions = (fix if comma else fix + ",",)
                    yield Hit("sentences.conjunction_start", first.start, first.end, suggestions)
                elif (
                    lower == "karena"
                    and "sentences.karena_fragment" in wanted
                    and not any(t.text in (",", ";", ":") for t in sentence_tokens)
                ):
                    yield Hit("sentences.karena_fragment", first.start, first.end)
            if len(words) > self.max_words and "sentences.too_long" in wanted:
                # marked on its closing mark (or last word) so names inside are not underlined
                last = sentence_tokens[-1]
                yield Hit("sentences.too_long", last.start, last.end)
        for p_index, paragraph in enumerate(doc.paragraphs):
            count = sum(
                1
                for s in doc.sentences
                if s.first_token >= paragraph.first_token and s.end_token <= paragraph.end_token
            )
            if count > self.max_sentences and "sentences.paragraph_too_long" in wanted:
                last = tokens[paragraph.end_token - 1]
                yield Hit("sentences.paragraph_too_long", last.start, last.end)
            if "sentences.final_stop" in wanted and ctx.field not in self.no_final_stop_fields:
                hit = self._final_stop(doc, p_index)
                if hit is not None:
                    yield hit

    def _final_stop(self, doc: Document, p_index: int) -> Hit | None:
        """A body paragraph whose last word is a lower-case word with no mark after it."""
        paragraph = doc.paragraphs[p_index]
        last = doc.tokens[paragraph.end_token - 1]
        if last.kind is not Kind.WORD or not last.text.islower() or last.text[-1] in _ENDS:
            return None
        words = sum(
            1
            for t in doc.tokens[paragraph.first_token : paragraph.end_token]
            if t.kind is Kind.WORD
        )
        if words < self.min_final_words:
            return None
        # headlines and bylines have no full stop; body paragraphs have a comma or a sentence
        # break somewhere (the engine checks one paragraph at a time, so position can't tell)
        inner = doc.tokens[paragraph.first_token : paragraph.end_token - 1]
        if not any(t.text in (",", ".", ";", ":", "”", '"') for t in inner):
            return None
        if any(t.text == ":" for t in inner[:4]):
            return None  # a label line: Foto: …, Keterangan: …, Baca juga: …
        if looks_like_headline(doc, p_index) or is_list_item(doc, p_index):
            return None
        return Hit("sentences.final_stop", last.start, last.end, (last.text + ".",))


@family
class Clipped(Family):
    """Newsroom clippings (bimtek, rakor, medsos): fine in a chat, spelt out in a release body
    for readers who do not know them. Advice only."""

    produces = ("sentences.clipped",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.clipped = {str(k).lower(): str(v) for k, v in data.get("clipped", {}).items()}

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        for token in doc.words:
            text = token.text
            if not text.islower():
                continue  # Rakor Kehumasan, Kabid Humas: part of a name or a headline
            lower = text
            full = self.clipped.get(lower)
            if full is None and lower.endswith("nya"):
                base = self.clipped.get(lower[:-3])  # tupoksinya → tugas pokok dan fungsinya
                full = base + "nya" if base is not None else None
            if full is not None:
                yield Hit("sentences.clipped", token.start, token.end, (keep_case(text, full),))


@family
class ConjunctionComma(Family):
    """A comma before tetapi/sedangkan/melainkan when they join two clauses (EYD V). Not when
    the conjunction joins two words of a relative clause (warga yang merasa layak tetapi belum
    terdaftar), pairs with `tidak hanya … tetapi juga`, or follows `akan`."""

    produces = ("sentences.comma_before_conjunction",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.conjunctions = _words(data, "comma_conjunctions") or frozenset(
            ("tetapi", "sedangkan", "melainkan")
        )
        self.clause_openers = _words(data, "relative_words") or frozenset(("yang",))
        self.correlative = _words(data, "correlative_after") or frozenset(("juga",))

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        tokens = doc.tokens
        for i, token in enumerate(tokens):
            if token.kind is not Kind.WORD or token.text.lower() not in self.conjunctions:
                continue
            if i == 0 or doc.is_sentence_start(i):
                continue
            before = tokens[i - 1]
            if before.kind is not Kind.WORD or before.text.lower() == "akan":
                continue  # a comma or other mark already, or `akan tetapi`
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.text.lower() in self.correlative:
                continue
            # the words since the last comma or the sentence start
            clause: list[str] = []
            j = i - 1
            while j >= 0 and tokens[j].sentence == token.sentence and tokens[j].text not in ",;:":
                if tokens[j].kind is Kind.WORD:
                    clause.append(tokens[j].text.lower())
                j -= 1
            if len(clause) < 2 or any(w in self.clause_openers for w in clause):
                continue
            gap = doc.text[before.end : token.start]
            if not gap.strip(" "):
                yield Hit(
                    "sentences.comma_before_conjunction",
                    before.end,
                    token.end,
                    ("," + gap + token.text,),
                )
