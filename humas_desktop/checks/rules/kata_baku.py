"""Non-standard word forms (kata tidak baku) → the standard form, by dictionary lookup.

The pack lists stems (praktek → praktik) whose affixed forms are derived mechanically, exact
words that take clitics only, and words that are also correct with another meaning (rubah 'fox',
sangsi 'doubtful'): those are reported as "check" warnings, never as errors. The meN- nasal rule
(mensukseskan → menyukseskan) is a mechanism, not a list: it uses the dictionary to make sure the
melted form is a real word and the written form is not itself one (mengkaji, mempunyai).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from humas_desktop.checks.context import CheckContext
from humas_desktop.checks.rules.morph import LOOKUP_CLITICS, VOWELS, affixed_pairs, clitic_forms
from humas_desktop.checks.rules.registry import Family, Hit, family, keep_case
from humas_desktop.checks.tokens import Document

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
# meN- + k/p/t/s + vowel written without melting: (written prefix, melted prefix)
_UNMELTED = (
    ("mengk", "meng"), ("memp", "mem"), ("ment", "men"), ("mens", "meny"), ("mengs", "meny"),
)


def _table(data: Mapping[str, Any], key: str) -> dict[str, str]:
    value = data.get(key, {})
    return {str(k).lower(): str(v) for k, v in value.items()}


@family
class KataBaku(Family):
    produces = ("kata_baku.pairs", "kata_baku.ambiguous", "kata_baku.nasal", "kata_baku.kan")

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        keep = {str(w).lower() for w in data.get("keep", [])}
        # written form → (standard form, the non-standard stem it was derived from)
        pairs: dict[str, tuple[str, str]] = {}
        for wrong, right in _table(data, "stems").items():
            for form, fixed in affixed_pairs(wrong, right).items():
                pairs.setdefault(form, (fixed, wrong))
        for wrong, right in _table(data, "words").items():
            for form, fixed in clitic_forms(wrong, right).items():
                pairs.setdefault(form, (fixed, form))
        ambiguous = _table(data, "ambiguous")
        for word in (*ambiguous, *keep):
            pairs.pop(word, None)
        self.pairs = pairs
        self.ambiguous = ambiguous
        self.nasal_exceptions = {str(w).lower() for w in data.get("nasal_exceptions", [])}
        # verdicts that ask Hunspell, remembered per word (the dictionary does not change)
        self._kan_cache: dict[str, str | None] = {}

    def handled_words(self, wanted: frozenset[str]) -> Iterable[str]:
        return self.pairs if "kata_baku.pairs" in wanted else ()

    def standard_forms(self, wanted: frozenset[str]) -> Mapping[str, str]:
        if "kata_baku.pairs" not in wanted:
            return {}
        return {form: fixed.lower() for form, (fixed, _stem) in self.pairs.items()}

    def run(self, doc: Document, ctx: CheckContext, wanted: frozenset[str]) -> Iterator[Hit]:
        do_pairs = "kata_baku.pairs" in wanted
        do_ambiguous = "kata_baku.ambiguous" in wanted
        do_nasal = "kata_baku.nasal" in wanted
        for token in doc.words:
            text = token.text
            if text.isupper() and len(text) < 4:
                continue  # abbreviations
            lower = text.lower()
            if "'" in lower or "’" in lower or "‘" in lower:
                lower = lower.translate(_APOSTROPHES)
            if do_pairs:
                fixed = self._fix(text, lower, ctx.in_dictionary)
                if fixed is not None:
                    yield Hit("kata_baku.pairs", token.start, token.end, (fixed,))
                    continue
            if do_ambiguous and lower in self.ambiguous:
                yield Hit(
                    "kata_baku.ambiguous",
                    token.start,
                    token.end,
                    (keep_case(text, self.ambiguous[lower]),),
                )
                continue
            if do_nasal and lower.startswith("me"):
                melted = self._melt(lower, ctx)
                if melted is not None:
                    yield Hit("kata_baku.nasal", token.start, token.end, (keep_case(text, melted),))
                    continue
            if "kata_baku.kan" in wanted and "kan" in lower:
                doubled = self._double_k(lower, ctx)
                if doubled is not None:
                    yield Hit("kata_baku.kan", token.start, token.end, (keep_case(text, doubled),))

    def _double_k(self, lower: str, ctx: CheckContext) -> str | None:
        """menunjukan → menunjukkan: a stem ending in k keeps it before -kan."""
        if lower in self._kan_cache:
            return self._kan_cache[lower]
        if len(self._kan_cache) > 50_000:
            self._kan_cache.clear()
        self._kan_cache[lower] = found = self._find_double_k(lower, ctx)
        return found

    @staticmethod
    def _find_double_k(lower: str, ctx: CheckContext) -> str | None:
        for clitic in ("", "nya", "lah", "pun"):
            body = lower[: len(lower) - len(clitic)]
            if not body.endswith("kan") or body.endswith("kkan") or len(body) < 7:
                continue
            candidate = body[:-3] + "kkan" + clitic
            if not ctx.in_dictionary(lower) and ctx.in_dictionary(candidate):
                return candidate
        return None

    def _lookup(self, lower: str, known: Callable[[str], bool]) -> str | None:
        found = self._pair(lower, known)
        if found is not None or not lower.endswith(LOOKUP_CLITICS):
            return found
        for clitic in LOOKUP_CLITICS:
            if lower.endswith(clitic) and len(lower) > len(clitic) + 2:
                base = self._pair(lower[: -len(clitic)], known)
                if base is not None:
                    return base + clitic
        return None

    def _pair(self, lower: str, known: Callable[[str], bool]) -> str | None:
        entry = self.pairs.get(lower)
        if entry is None:
            return None
        right, stem = entry
        # A derived form that the dictionary knows while its stem is unknown to it is another
        # word that happens to look the same (mengelitkan from kelit, not from elit → elite).
        if lower != stem and known(lower) and not known(stem):
            return None
        return right

    def _fix(self, text: str, lower: str, known: Callable[[str], bool]) -> str | None:
        right = self._lookup(lower, known)
        if right is not None and right == text:
            return None
        if right is not None:
            return right if right[:1].isupper() and not text.isupper() else keep_case(text, right)
        if "-" not in lower:
            return None
        # reduplication and hyphenated forms: praktek-praktek → praktik-praktik
        parts = text.split("-")
        changed = False
        for i, part in enumerate(parts):
            fixed = self._lookup(part.translate(_APOSTROPHES).lower(), known)
            if fixed is not None:
                parts[i] = keep_case(part, fixed)
                changed = True
        return "-".join(parts) if changed else None

    def _melt(self, lower: str, ctx: CheckContext) -> str | None:
        """mensukseskan → menyukseskan when the stem is known and the written form is not."""
        if lower in self.nasal_exceptions:
            return None
        for written, melted_prefix in _UNMELTED:
            if not lower.startswith(written):
                continue
            rest = lower[len(written) :]  # after the stem's first letter
            if len(rest) < 3 or rest[0] not in VOWELS:
                return None  # clusters (mengkritik, memproduksi) keep the letter
            if written == "memp" and rest.startswith(("er", "el")):
                return None  # memper- is its own prefix (memperhatikan, mempelajari)
            if ctx.in_dictionary(lower):
                return None  # the dictionary knows it (mengkaji, mempunyai)
            melted = melted_prefix + rest
            # the melted form must be a real word (Mentawai is no *menawai)
            if not (ctx.in_dictionary(melted) or ctx.frequency(melted) > 0):
                return None
            return melted
        return None
