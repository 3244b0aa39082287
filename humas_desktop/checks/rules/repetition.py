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
from humas_desktop.checks.rules.morph import ber, men, ter
from humas_desktop.checks.rules.registry import Family, Hit, family, keep_case
from humas_desktop.checks.tokens import Document


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key, []))


def _nasal_roots(rest: str) -> tuple[str, ...]:
    """Roots a meN- verb's rest after me- may come from: nari < tari, mukul < pukul,
    nyanyi < nyanyi/sanyi, ngangguk < angguk/kangguk; the rest itself first."""
    roots = [rest]
    if rest.startswith("ny"):
        roots.append("s" + rest[2:])
    elif rest.startswith("ng"):
        roots += [rest[2:], "k" + rest[2:]]
    elif rest.startswith("n"):
        roots.append("t" + rest[1:])
    elif rest.startswith("m"):
        roots.append("p" + rest[1:])
    return tuple(roots)


@family
class Repetition(Family):
    produces = ("repetition.doubled", "repetition.redup_hyphen", "repetition.slip")

    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.function_words = _words(data, "function_words")
        self.reduplicated = _words(data, "usually_reduplicated")
        # roots that never make an affixed reduplication written apart: berdua dua kali
        self.not_roots = _words(data, "not_reduplication_roots") | self.function_words
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
            if (
                spaced
                and nxt is not None
                and "repetition.redup_hyphen" in wanted
                and nxt.text.islower()
                and word.text[1:].islower()
                and "-" not in lower
                and "-" not in nxt.text
                and self._affixed_reduplication(lower, nxt.text, ctx)
            ):
                hyphenated = f"{word.text}-{nxt.text}"
                yield Hit("repetition.redup_hyphen", word.start, nxt.end, (hyphenated,))
                continue
            slip = self.slips.get(lower)
            if slip is not None and "repetition.slip" in wanted:
                meant, right_before = slip
                if nxt is None or not spaced or nxt.text.lower() not in right_before:
                    yield Hit(
                        "repetition.slip", word.start, word.end, (keep_case(word.text, meant),)
                    )

    def _affixed_reduplication(self, first: str, second: str, ctx: CheckContext) -> bool:
        """Two words that make one reduplicated word with an affix (EYD V: kata ulang
        berimbuhan), written apart: the first is the second with ber-/ter-/se-/per- (bersama
        sama, berturut turut, pertama tama, sekali kali) or meN- (melihat lihat, menari nari),
        the second is the first with meN- (tolong menolong, terus menerus, bahu membahu), or
        se- + root then root + -nya (sebaik baiknya). The root must be a word (or the
        dictionary must list the whole reduplication: pertama-tama), so a slip never makes
        one."""
        root = ""
        if len(second) >= 3 and first in (ber(second), ter(second), "se" + second, "per" + second):
            root = second
        elif len(first) >= 3 and second == men(first) and second != "me" + first:
            root = first  # meN- with a nasal: mem-/men-/meng-/meny- (not me- + l/r: lempar)
        elif len(second) >= 4 and any(first == p + second for p in ("meng", "meny", "mem", "me")):
            # melihat lihat, menari nari, memukul mukul: a meN- verb, then the same verb
            # without me- (the melted root's nasal stays: nari < tari)
            roots = _nasal_roots(second)
            root = next((r for r in roots if men(r) == first and ctx.knows_stem(r)), "")
        elif (
            first.startswith("se")
            and second.endswith("nya")
            and len(second) >= 6
            and first[2:] == second[:-3]
        ):
            root = first[2:]
        if not root or root in self.not_roots or first in self.not_roots:
            return False
        # the dictionary lists the whole reduplication when its second part is no word alone
        # (pertama-tama); for two words it knows, a hyphenated pair proves nothing
        return ctx.knows_stem(root) or (
            not ctx.in_dictionary(second) and ctx.in_dictionary(f"{first}-{second}")
        )
