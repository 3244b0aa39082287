"""di/ke: preposition written apart, prefix written joined; both directions, using the dictionary.

Splitting (diera → di era, kesana → ke sana): the joined form is not a word of any layer, and
the rest is a word of place, time or quantity (from the pack's list) or looks like a noun
(derived with -an, ke-/pe-/per-/se-). Joined forms the dictionary accepts (dia, diri, dinas,
kemarin, keras, ketua) are left alone, except the few the dictionary accepts wrongly: di- never
combines with -an alone, so `dibagian` is the preposition (di bagian).

Joining (di laksanakan → dilaksanakan, di dasari → didasari): the joined form is a word of the
spelling stack and the rest is neither a word of place, time or quantity (di balik, di sela,
di rapat: the pack's list) nor a noun derived with -an (di bagian).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.registry import Family, Hit, family, keep_case
from humas_desktop.checks.spelling.morphology import COMPOUND_PART
from humas_desktop.checks.tokens import Document, Kind

_NOUN_PREFIXES = ("ke", "pe", "se")
_CLITICS = ("nya", "ku", "mu")


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


def _strip_clitic(word: str) -> str:
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic) + 2:
            return word[: -len(clitic)]
    return word


@family
class DiKe(Family):
    produces = ("di_ke.split", "di_ke.join", "di_ke.join_suffixed")

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.apart = _words(data, "always_apart")  # never a di-/ke- word: mana, sini, setiap…
        self.places = _words(data, "places") | self.apart  # nouns of place, time, quantity
        self.joined_words = _words(data, "joined_words")  # keluar: a word, not ke + luar
        self.ordinal_heads = _words(data, "ordinal_heads")  # hari ke dua → hari kedua
        self.numerals = _words(data, "numerals")
        # verbs whose di- form the dictionary lacks (digelar, dikonfirmasi)
        self.di_verbs = _words(data, "di_verbs")
        # words after which `di X` can only be a passive verb: di proses secara → diproses
        self.verb_markers = _words(data, "passive_markers")

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        tokens = doc.tokens
        for index in doc.word_indices:
            token = tokens[index]
            text = token.text
            lower = text.lower()
            capital_ok = text[:1].islower() or (text[1:].islower() and doc.is_sentence_start(index))
            if not capital_ok or not lower.startswith(("di", "ke")):
                continue
            if lower in ("di", "ke"):
                if wanted & {"di_ke.join", "di_ke.join_suffixed"}:
                    hit = self._join(doc, ctx, index)
                    if hit is not None and hit.check in wanted:
                        yield hit
                    elif hit is not None and "di_ke.join" in wanted:
                        # the certain rule switched off: the judgement rule reports it
                        yield Hit("di_ke.join", hit.start, hit.end, hit.suggestions)
                continue
            if "di_ke.split" in wanted:
                rest = text[2:]
                if rest.startswith("-") and lower.startswith("ke-"):
                    continue  # ke-2 and ke-tiga belong to the numbers pack
                if self._should_split(lower[:2], rest.lower(), lower, ctx):
                    yield Hit("di_ke.split", token.start, token.end, (text[:2] + " " + rest,))

    def _should_split(self, prep: str, rest: str, whole: str, ctx: CheckContext) -> bool:
        if len(rest) < 2 or not rest[0].isalpha():
            return False
        head = rest.split("-", 1)[0]  # ditengah-tengah → tengah
        base = _strip_clitic(head)  # diantaranya → antara
        if whole.split("-", 1)[0] in self.joined_words:
            return False  # keluar: a word in its own right
        if head in self.places or base in self.places:
            return True
        if prep != "di" or not head.endswith("an") or head.endswith("kan"):
            return False  # ke-…-an is a confix (kedinasan); other rests may be verbs
        # di- + -an is no affix: dibagian, dikegiatan are the preposition + a derived noun.
        # Hunspell (not the morphology layer, which accepts di- + any word) is asked whether
        # the joined form exists; when it does, only a derived -an rest counts (dibagian yes,
        # dimakan and ditahan no).
        if ctx.in_dictionary(whole):
            return not ctx.knows_stem(head) and ctx.knows_stem(head[:-2])
        return ctx.is_word(rest)

    def _join(self, doc: Document, ctx: CheckContext, index: int) -> Hit | None:
        tokens = doc.tokens
        nxt = doc.next(index)
        if nxt is None or nxt.kind is not Kind.WORD or not nxt.text[:1].islower():
            return None
        gap = doc.text[tokens[index].end : nxt.start]
        if gap != " ":
            return None
        prep = tokens[index].text
        rest = nxt.text
        lower = rest.lower()
        head = lower.split("-", 1)[0]
        if lower in self.places or head in self.places or _strip_clitic(head) in self.places:
            return None
        if lower in self.numerals and prep.lower() == "di":
            return None  # di empat kecamatan
        joined = prep + rest
        # di himbau → diimbau: the joined form in its standard spelling, so one fix does both
        standard = ctx.standard_form(joined.lower())
        fix = keep_case(joined, standard) if standard is not None else joined
        start, end = tokens[index].start, nxt.end
        if prep.lower() == "ke":
            if lower == "pada":
                return Hit("di_ke.join", start, end, (fix,))
            if lower in self.numerals:
                prev = doc.previous(index)
                if prev is not None and prev.text.lower() in self.ordinal_heads:
                    return Hit("di_ke.join", start, end, (fix,))
                return None
            if not ctx.is_word(rest) and ctx.in_dictionary(joined.lower()):
                return Hit("di_ke.join", start, end, (fix,))
            return None
        if head.endswith("an") and not head.endswith("kan") and not ctx.knows_stem(head):
            return None  # di bagian, di lapangan: a derived noun, whatever the dictionary says
        base = _strip_clitic(head)
        after = doc.next(index + 1)
        after_word = after.text.lower() if after is not None else ""
        marked = (
            after_word in self.verb_markers and ctx.knows_stem(head) and not head.endswith("an")
        )
        # di praktekkan: judge the rest in its standard spelling (praktikkan)
        suffixed = self._verb_suffixed(ctx.standard_form(base) or base, ctx)
        if (
            not marked
            and not suffixed
            and base not in self.di_verbs
            and not self._verb_after_di(head, joined.lower(), ctx)
        ):
            return None
        if suffixed and (ctx.is_word(joined) or standard is not None):
            # di ikuti, di lakukan: a root with a verb suffix is never the noun after a
            # preposition, so the join is certain
            return Hit("di_ke.join_suffixed", start, end, (fix,))
        return Hit("di_ke.join", start, end, (fix,))

    @staticmethod
    def _verb_suffixed(head: str, ctx: CheckContext) -> bool:
        """`head` is a known root (or compound of two) plus the verb suffix -kan or -i and not
        itself a root (ikuti, lakukan, sosialisasikan, tindaklanjuti; not lokasi, pantai)."""
        if ctx.knows_stem(head):
            return False
        for suffix in ("kan", "i"):
            if head.endswith(suffix):
                stem = head[: -len(suffix)]
                if len(stem) < 3:
                    return False
                if ctx.knows_stem(stem):
                    return True
                # tindaklanjuti: a compound joined because it takes prefix and suffix
                return any(
                    ctx.knows_stem(stem[:cut]) and ctx.knows_stem(stem[cut:])
                    for cut in range(COMPOUND_PART, len(stem) - COMPOUND_PART + 1)
                )
        return False

    @staticmethod
    def _verb_after_di(head: str, joined: str, ctx: CheckContext) -> bool:
        """Is di + rest the passive verb? Hunspell knows it (dilaksanakan, dibawa) or knows its
        old spelling (diimbau: dihimbau), or the rest is a stem with a verb suffix
        (sosialisasikan, dasari, hadiri). The morphology layer alone is no proof: it accepts
        di + any word (dikantor)."""
        if ctx.in_dictionary(joined):
            return True
        if any(ctx.in_dictionary(v) for v in ctx.nonstandard_variants(joined)):
            return True  # a recently standardised root keeps its old form's prefixes
        for suffix in ("kannya", "kan", "inya", "i"):
            if head.endswith(suffix):
                stem = head[: -len(suffix)]
                return (
                    len(stem) >= 3
                    and not ctx.knows_stem(head)
                    and ctx.knows_stem(stem)
                    and ctx.is_word(joined)
                )
        return False
