"""Build resources/lexicon/frekuensi.tsv from the wordfreq Indonesian list (run at build time).

Each row: word, Zipf frequency, source. Source `k`: our spelling stack (Hunspell id_ID, the
lexicon, morphology) knows the word. Source `f`: the stack does not know it, but it is frequent
in Indonesian text (Zipf >= MIN_ZIPF) and looks neither like a slip nor like a non-standard
variant: it is not one edit away from a far more frequent known word (denga ~ dengan), nor one
*variant edit* away from any known word (a vowel for a vowel, f/p, z/j, y/i, an e or h more or
less, a trailing s: resiko ~ risiko, nafas ~ napas, telpon ~ telepon, ijin ~ izin, respon ~
respons), and it is not a preposition or two common words run together (disetiap, kesana,
kerjasama) — those are the style rules' business. Hunspell id_ID lacks many common standard
words (instruksi, fitur, komposisi), so `f` words count as known.

The data is wordfreq's (CC-BY-SA-4.0, https://github.com/rspeer/wordfreq): the output file
carries that licence and attribution. Usage: python scripts/make_frequency_list.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein
from wordfreq import top_n_list, zipf_frequency

from humas_desktop.checks.spelling import Lexicon, Speller, Status
from humas_desktop.resources import resource_path

MIN_ZIPF = 3.0
SLIP_MARGIN = 1.5  # a known word one edit away and this much more frequent: a slip (denga)
JOINED_PART_ZIPF = 3.5  # both halves this common: two words run together (kerjasama)
MIN_LENGTH = 4  # shorter frequent forms are chat abbreviations (yg, utk, sm, gw)
VOWELS = set("aeiou")
VARIANT_PAIRS = {frozenset(p) for p in ("fp", "vp", "vf", "zj", "yi", "kq", "ck", "sz", "bp")}
VARIANT_INDELS = set("eh")


def is_variant_edit(word: str, other: str) -> bool:
    """Is `other` one spelling-variant edit from `word` (resiko/risiko, telpon/telepon)?"""
    ops = Levenshtein.editops(word, other)
    if len(ops) != 1:
        return False  # a transposition: a slip, handled by the caller
    op = ops[0]
    if op.tag == "replace":
        a, b = word[op.src_pos], other[op.dest_pos]
        return {a, b} <= VOWELS or frozenset((a, b)) in VARIANT_PAIRS
    if op.tag == "insert":
        ch, at_end = other[op.dest_pos], op.dest_pos == len(other) - 1
    else:
        ch, at_end = word[op.src_pos], op.src_pos == len(word) - 1
    return ch in VARIANT_INDELS or (ch == "s" and at_end)
HEADER = """# Frekuensi kata bahasa Indonesia (skala Zipf) untuk mengurutkan saran ejaan.
# Kolom: kata, Zipf, sumber (k = dikenal kamus/leksikon/morfologi; f = kata sering yang diterima).
# Sumber data: wordfreq 3.x, (c) Robyn Speer dan kontributor, lisensi CC-BY-SA-4.0
# (https://creativecommons.org/licenses/by-sa/4.0/). Daftar ini turunan yang disaring dan
# berlisensi sama. Dibuat ulang dengan: python scripts/make_frequency_list.py
"""


def main() -> int:
    out = resource_path("lexicon", "frekuensi.tsv")
    lexicon = Lexicon.load()
    lexicon.frequency = {}
    lexicon.accepted = set()
    speller = Speller(lexicon=lexicon)
    known: dict[str, float] = {}
    unknown: dict[str, float] = {}
    for word in top_n_list("id", 100_000):
        if not word.isalpha() or word != word.lower() or len(word) < 2:
            continue
        zipf = zipf_frequency(word, "id")
        if word in lexicon.foreign:
            continue
        if speller.status(word) is Status.KNOWN:
            known[word] = zipf
        elif zipf >= MIN_ZIPF:
            unknown[word] = zipf

    def is_known(part: str) -> bool:
        return part in known or speller.status(part) is Status.KNOWN

    known_list = list(known)
    accepted: dict[str, float] = {}
    for word, zipf in unknown.items():
        if word[:2] in ("di", "ke") and len(word) > 4 and is_known(word[2:]):
            continue  # preposition run together: disetiap, kesana
        if any(
            min(known.get(word[:i], 0), known.get(word[i:], 0)) >= JOINED_PART_ZIPF
            for i in range(3, len(word) - 2)
        ):
            continue  # two words run together: kerjasama, walikota, orangtua
        if len(word) < MIN_LENGTH:
            continue
        near = process.extract(word, known_list, scorer=OSA.distance, score_cutoff=1, limit=None)
        if any(known[o] >= zipf + SLIP_MARGIN or is_variant_edit(word, o) for o, _, _ in near):
            continue
        accepted[word] = zipf
    rows = sorted(
        [(w, z, "k") for w, z in known.items()] + [(w, z, "f") for w, z in accepted.items()],
        key=lambda r: (-r[1], r[0]),
    )
    Path(out).write_text(
        HEADER + "".join(f"{w}\t{z:.2f}\t{s}\n" for w, z, s in rows), encoding="utf-8"
    )
    print(f"{len(known)} known + {len(accepted)} frequent words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
