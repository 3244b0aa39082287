"""Numbers that need context: the day name in `Selasa (28/11)`, small numbers in words, and
sentences that open with a figure. Formats (Rp5.000, 5%, pukul 10.30, ke-2) are patterns in the
pack itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.registry import Family, Hit, family
from humas_desktop.checks.tokens import Document, Kind, Token
from humas_desktop.model.dates import news_date_mismatches

_SMALL = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


@family
class Numbers(Family):
    produces = (
        "numbers.day_date",
        "numbers.small_in_words",
        "numbers.sentence_figure",
        "numbers.ke_ordinal",
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.counters = _words(data, "counters")
        self.sequence_nouns = _words(data, "sequence_nouns")
        self.times_words = _words(data, "times_words")

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        if "numbers.day_date" in wanted:
            # without the release year only dates that carry their own year can be checked
            year = ctx.year if ctx.year is not None else 2000
            for mismatch in news_date_mismatches(doc.text, year):
                written = doc.text[mismatch.start : mismatch.end]
                if ctx.year is None and written.count("/") < 2:
                    continue
                name_end = next(
                    (i for i, ch in enumerate(written) if ch.isspace() or ch == "("), len(written)
                )
                # the day name is the slip: only it is marked and replaced (Rabu → Kamis)
                suggestion = mismatch.actual_day or ""
                yield Hit(
                    "numbers.day_date",
                    mismatch.start,
                    mismatch.start + name_end,
                    (suggestion,) if suggestion else (),
                )
        tokens = doc.tokens
        if "numbers.small_in_words" in wanted:
            for i, token in enumerate(tokens):
                if token.kind is not Kind.NUMBER or len(token.text) != 1 or token.text == "0":
                    continue
                nxt = doc.next(i)
                prev = doc.previous(i)
                if (
                    nxt is None
                    or nxt.kind is not Kind.WORD
                    or nxt.text.lower() not in self.counters
                ):
                    continue
                if doc.text[token.end : nxt.start] != " ":
                    continue
                if prev is not None and (
                    prev.kind is Kind.NUMBER
                    or prev.text in "(/-–:,"
                    or prev.text.lower() in ("pasal", "ayat", "nomor", "no")
                ):
                    continue
                # several figures in one sentence stay figures (2 orang dan 15 peserta)
                span = doc.sentences[token.sentence]
                figures = sum(
                    1 for t in tokens[span.first_token : span.end_token] if t.kind is Kind.NUMBER
                )
                if figures > 1:
                    continue
                yield Hit(
                    "numbers.small_in_words", token.start, token.end, (_SMALL[int(token.text) - 1],)
                )
        if "numbers.ke_ordinal" in wanted:
            yield from self._ke_ordinal(doc)
        if "numbers.sentence_figure" in wanted:
            for sentence in doc.sentences:
                first = tokens[sentence.first_token]
                if first.kind is not Kind.NUMBER:
                    continue
                nxt = doc.next(sentence.first_token)
                if nxt is None or nxt.kind is not Kind.WORD or nxt.text[:1].isupper():
                    continue  # lists (1. …), dates and headings
                if doc.text[first.end : nxt.start] != " ":
                    continue
                yield Hit(
                    "numbers.sentence_figure", first.start, first.end, ("Sebanyak " + first.text,)
                )

    def _ke_ordinal(self, doc: Document) -> Iterator[Hit]:
        """`ke 2` followed by a word is an ordinal when the noun before it counts occasions
        (`tahun ke 2 pelaksanaan`) or the word after is `kali(nya)`; after a verb of motion or
        `dari 10` the `ke` is the preposition (`pindah ke 3 lokasi`), and those nouns never come
        first there. The bare `ke 2` at a clause end is the pattern rule `angka.ke`."""
        tokens = doc.tokens
        for i, token in enumerate(tokens):
            if token.kind is not Kind.WORD or token.text.lower() != "ke":
                continue
            number = doc.next(i)
            after = doc.next(i + 1)
            if (
                number is None
                or number.kind is not Kind.NUMBER
                or not number.text.isdigit()
                or after is None
                or after.kind is not Kind.WORD
                or doc.text[token.end : number.start] != " "
                or doc.text[number.end : after.start] != " "
            ):
                continue
            word = after.text
            if not (word[0].islower() or (word[0].isupper() and word[1:2].islower())):
                continue  # `HUT ke 78 RI`: the pattern rule `angka.ke` reports it
            before = doc.previous(i)
            ordinal = (
                after.text.lower() in self.times_words
                or (
                    before is not None
                    and before.kind is Kind.WORD
                    and doc.text[before.end : token.start] == " "
                    and before.text.lower() in self.sequence_nouns
                )
                or self._after_event_name(doc, i, after)
            )
            if ordinal:
                yield Hit(
                    "numbers.ke_ordinal", token.start, number.end, (f"{token.text}-{number.text}",)
                )

    def _after_event_name(self, doc: Document, index: int, after: Token) -> bool:
        """`MTQ ke 28 Tingkat Kabupaten`, `(MTQ) ke 28`, `Pekan Olahraga Provinsi ke 5 Sultra`:
        after an abbreviation in capitals or a capitalised name inside the sentence, `ke` + figure
        numbers the event, unless the word after it is a counted noun (`BNPB ke 5 desa`) or
        `dari` came just before (`dari BNPB ke 20 kabupaten`)."""
        tokens = doc.tokens
        if after.text.lower() in self.counters:
            return False
        j = index - 1
        if j >= 0 and tokens[j].text == ")":
            j -= 1  # Musabaqah Tilawatil Qur’an (MTQ) ke 28
        if j < 0 or tokens[j].kind is not Kind.WORD:
            return False
        name = tokens[j]
        sentence = doc.sentences[tokens[index].sentence]
        window = tokens[max(sentence.first_token, j - 4) : j]
        if any(t.text.lower() in ("dari", "antara") for t in window):
            return False
        letters = [c for c in name.text if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True  # MTQ, HUT, PON, STQ, O2SN
        # a run of two capitalised words that does not open the sentence, with the name going
        # on after the figure (Pekan Olahraga Provinsi ke 5 Sulawesi Tenggara); a capitalised
        # verb at the sentence start is no name, and `Dinas Kesehatan ke 2 puskesmas` a route
        if (
            not name.text[:1].isupper()
            or not after.text[:1].isupper()
            or j - 1 < sentence.first_token
        ):
            return False
        prev = tokens[j - 1]
        return (
            prev.kind is Kind.WORD
            and prev.text[:1].isupper()
            and not doc.is_sentence_start(j - 1)
        )
