"""Build resources/lexicon/frekuensi.tsv from the wordfreq Indonesian list (run at build time).

Each row: word, Zipf frequency, source. Source `k`: our spelling stack (Hunspell id_ID, the
lexicon, morphology) knows the word. Source `f`: the stack does not know it, but it is frequent
in Indonesian text (Zipf >= MIN_ZIPF) and does not look like a slip: it is not one edit away
from a much more frequent known word (denga ~ dengan), and it is not a preposition or two words
run together (disetiap, kesana, kerjasama) — those are the style rules' business. Hunspell
id_ID lacks many common standard words (instruksi), so `f` words count as known.

The data is wordfreq's (CC-BY-SA-4.0, https://github.com/rspeer/wordfreq): the output file
carries that licence and attribution. Usage: python tools/make_frequency_list.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import top_n_list, zipf_frequency

from humas_desktop.checks.spelling import Lexicon, Speller, Status
from humas_desktop.resources import resource_path

MIN_ZIPF = 3.0
# A known word one edit away that is at least this frequent makes the word a likely slip or a
# non-standard spelling (denga ~ dengan, resiko ~ risiko, karir ~ karier): not accepted.
SLIP_NEIGHBOUR_ZIPF = 3.0
MIN_LENGTH = 4  # shorter frequent forms are chat abbreviations (yg, utk, sm, gw)
HEADER = """# Frekuensi kata bahasa Indonesia (skala Zipf) untuk mengurutkan saran ejaan.
# Kolom: kata, Zipf, sumber (k = dikenal kamus/leksikon/morfologi; f = kata sering yang diterima).
# Sumber data: wordfreq 3.x, (c) Robyn Speer dan kontributor, lisensi CC-BY-SA-4.0
# (https://creativecommons.org/licenses/by-sa/4.0/). Daftar ini turunan yang disaring dan
# berlisensi sama. Dibuat ulang dengan: python tools/make_frequency_list.py
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
            is_known(word[:i]) and is_known(word[i:]) for i in range(3, len(word) - 2)
        ):
            continue  # two words run together: kerjasama, walikota
        slips = process.extract(word, known_list, scorer=OSA.distance, score_cutoff=1, limit=None)
        if len(word) < MIN_LENGTH or any(known[o] >= SLIP_NEIGHBOUR_ZIPF for o, _, _ in slips):
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
