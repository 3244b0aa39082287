"""Words written apart or joined: compounds, bound forms, the particle pun.

Compounds (gabungan kata) are listed once as `A B`; the checks derive the rest. Written joined
they are wrong alone, with only a prefix (bertanggungjawab) or only a suffix (tanggungjawabnya);
with a prefix and a suffix at once they must be joined (pertanggungjawaban), so that form written
apart is wrong the other way. Bound forms (non, pasca, antar…) join the next word, with a hyphen
before a capital, an abbreviation or a figure (non-ASN, pasca-Covid). `pun` is apart except in
the fixed conjunctions (meskipun, walaupun…).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.morph import ber, men, pen, ter
from humas_desktop.checks.rules.registry import Family, Hit, family, keep_case
from humas_desktop.checks.tokens import Document, Kind, Token

_CLITICS = ("", "nya", "lah", "pun", "ku", "mu", "kah")
_PREFIXES = (ber, men, ter, lambda s: "di" + s, lambda s: "se" + s)
# Prefix + suffix together: the compound is written joined.
_CIRCUMFIXES = (
    (lambda s: "di" + s, "kan"),
    (lambda s: "di" + s, "i"),
    (men, "kan"),
    (men, "i"),
    (pen, "an"),
    (lambda s: "per" + s, "an"),
    (lambda s: "ke" + s, "an"),
    (lambda s: "memper" + s, "kan"),
    (lambda s: "diper" + s, "kan"),
)


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


def _pairs(data: Mapping[str, Any], key: str) -> list[tuple[str, str]]:
    found = []
    for item in data.get(key, []):
        parts = str(item).lower().split()
        if len(parts) == 2:
            found.append((parts[0], parts[1]))
    return found


@family
class Compounds(Family):
    produces = (
        "compounds.apart",
        "compounds.joined",
        "compounds.pun",
        "compounds.bound",
        "compounds.bound_hyphen",
    )

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        # joined form written wrongly → the right spelling
        self.split: dict[str, str] = {}
        # (first, second) written apart wrongly → joined
        self.join: dict[tuple[str, str], str] = {}
        for a, b in _pairs(data, "apart"):
            for clitic in _CLITICS:
                self.split.setdefault(a + b + clitic, f"{a} {b}{clitic}")
            for prefix in _PREFIXES:
                self.split.setdefault(prefix(a) + b, f"{prefix(a)} {b}")
                self.split.setdefault(prefix(a) + b + "nya", f"{prefix(a)} {b}nya")
            for prefix, suffix in _CIRCUMFIXES:
                for clitic in ("", "nya"):
                    self.join.setdefault(
                        (prefix(a), b + suffix + clitic), prefix(a) + b + suffix + clitic
                    )
        for a, b in _pairs(data, "joined"):
            for clitic in _CLITICS:
                self.join.setdefault((a, b + clitic), a + b + clitic)
            for prefix in (ber, men, lambda s: "di" + s):
                self.join.setdefault((prefix(a), b), prefix(a) + b)
        for word in _words(data, "keep"):
            self.split.pop(word, None)
        self.pun_fixed = _words(data, "pun_fixed")
        self.bound = _words(data, "bound")
        self.bound_stop = _words(data, "bound_not_before")
        # proper names the dictionary also knows in lower case (pasca-Indonesia merdeka)
        self.proper_names = _words(data, "proper_names")
        # joined compounds that are names and so take a capital (Idulfitri, Iduladha)
        self.proper_joined = _words(data, "joined_capitalised")
        self.join_firsts = frozenset(first for first, _ in self.join)
        self.pun_seconds = frozenset(w[:-3] for w in self.pun_fixed)

    def handled_words(self, wanted: frozenset[str]) -> Iterable[str]:
        return self.split if "compounds.apart" in wanted else ()

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        tokens = doc.tokens
        words = doc.word_indices
        for pos, index in enumerate(words):
            token = tokens[index]
            text = token.text
            lower = text.lower()
            if text.isupper() and len(text) > 1:
                continue  # abbreviations and all-caps headlines
            if "compounds.apart" in wanted and lower in self.split:
                fixed = keep_case(text, self.split[lower])
                if text[:1].isupper() and self._in_name(doc, index):
                    fixed = " ".join(part[:1].upper() + part[1:] for part in fixed.split(" "))
                yield Hit("compounds.apart", token.start, token.end, (fixed,))
                continue
            nxt = tokens[words[pos + 1]] if pos + 1 < len(words) else None
            if (
                nxt is not None
                and lower in self.join_firsts
                and doc.text[token.end : nxt.start] == " "
            ):
                joined = self.join.get((lower, nxt.text.lower()))
                if (
                    joined is not None
                    and "compounds.joined" in wanted
                    and ctx.is_word(joined)  # menara pidana is no *menarapidana
                ):
                    fixed = keep_case(text, joined)
                    if joined in self.proper_joined:
                        fixed = fixed[:1].upper() + fixed[1:]  # idul fitri → Idulfitri
                    yield Hit("compounds.joined", token.start, nxt.end, (fixed,))
                    continue
            if "compounds.pun" in wanted and (lower.endswith("pun") or lower in self.pun_seconds):
                hit = self._pun(token, nxt, doc, ctx)
                if hit is not None:
                    yield hit
                    continue
            if lower in self.bound or "-" in lower:
                yield from self._bound(doc, ctx, index, nxt, wanted)

    def _pun(self, token: Token, nxt: Token | None, doc: Document, ctx: CheckContext) -> Hit | None:
        text = token.text
        lower = text.lower()
        if lower.endswith("pun") and len(lower) > 4 and lower not in self.pun_fixed:
            stem = text[:-3]
            if ctx.in_dictionary(lower) or ctx.knows_stem(lower):
                return None  # rumpun, himpun, ampun
            if not (ctx.is_word(stem) or ctx.is_word(stem.lower())):
                return None
            head = stem.lower()
            if head[:2] in ("di", "ke") and head[2:] in ("mana", "sana", "sini", "situ"):
                stem = stem[:2] + " " + stem[2:]
            return Hit("compounds.pun", token.start, token.end, (stem + " pun",))
        if (
            nxt is not None
            and nxt.text == "pun"
            and doc.text[token.end : nxt.start] == " "
            and lower + "pun" in self.pun_fixed
        ):
            return Hit("compounds.pun", token.start, nxt.end, (text + "pun",))
        return None

    @staticmethod
    def _in_name(doc: Document, index: int) -> bool:
        """A capitalised compound used as a title or in a name: mid-sentence, or followed by
        a capitalised word (Walikota Kupang → Wali Kota Kupang)."""
        if not doc.is_sentence_start(index):
            return True
        nxt = doc.next(index)
        return nxt is not None and nxt.kind is Kind.WORD and nxt.text[:1].isupper()

    def _bound(
        self,
        doc: Document,
        ctx: CheckContext,
        index: int,
        nxt: Token | None,
        wanted: frozenset[str],
    ) -> Iterator[Hit]:
        token = doc.tokens[index]
        text = token.text
        lower = text.lower()
        if not (text[:1].islower() or doc.is_sentence_start(index)):
            # inside a capitalised name: Persekutuan Doa Antar Gereja → Antargereja (a common
            # noun capitalised only because it is part of the name; Hunspell knows it in lower
            # case, unlike a proper name: Antar-Indonesia stays hyphenated elsewhere)
            if (
                nxt is not None
                and "-" not in lower
                and "compounds.bound" in wanted
                and nxt.kind is Kind.WORD
                and doc.text[token.end : nxt.start] == " "
                and nxt.text[:1].isupper()
                and nxt.text[1:].islower()
                and nxt.text.lower() not in self.bound
                and nxt.text.lower() not in self.proper_names
                and nxt.text.lower() not in self.bound_stop
                and ctx.in_dictionary(nxt.text.lower())
            ):
                yield Hit("compounds.bound", token.start, nxt.end, (text + nxt.text.lower(),))
            return
        if "-" in lower:
            # non-aktif → nonaktif (a hyphen only before a capital, abbreviation or figure)
            head, _, tail = text.partition("-")
            if (
                head.lower() in self.bound
                and tail[:1].islower()
                and "-" not in tail
                and tail.lower() != head.lower()
                and ctx.is_word(tail)
                and "compounds.bound" in wanted
            ):
                yield Hit("compounds.bound", token.start, token.end, (head + tail,))
            return
        if nxt is None or doc.text[token.end : nxt.start] != " ":
            return
        follow = nxt.text
        if follow.lower() in self.bound_stop or follow.lower() in self.bound:
            return
        if nxt.kind is Kind.NUMBER or follow[:1].isupper():
            if "compounds.bound_hyphen" in wanted:
                yield Hit("compounds.bound_hyphen", token.start, nxt.end, (f"{text}-{follow}",))
            return
        if (
            "compounds.bound" in wanted
            and nxt.kind is Kind.WORD
            and "-" not in follow
            and ctx.is_word(follow)
        ):
            yield Hit("compounds.bound", token.start, nxt.end, (text + follow,))
