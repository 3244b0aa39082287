"""Build resources/lexicon/inggris.txt: common English words, accepted as foreign (not typos).

Releases quote English terms (content objective, content pillar). A word is kept when it is
frequent in English (Zipf >= 3.3), at least five letters, unknown to our Indonesian stack, and
not one edit away from a known Indonesian word or from a newsroom term in asing.txt: such a word
is more likely a slip (staring ~ starting) and stays a typo.
Data: wordfreq (CC-BY-SA-4.0, https://github.com/rspeer/wordfreq); the output keeps that licence.
Usage: python scripts/make_english_list.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import top_n_list, zipf_frequency

from humas_desktop.checks.spelling import Lexicon, Speller, Status
from humas_desktop.resources import resource_path

MIN_ZIPF = 3.3
MIN_LENGTH = 5
HEADER = """# Kata bahasa Inggris yang umum: diterima sebagai kata asing (bukan salah ketik).
# Sumber data: wordfreq 3.x, (c) Robyn Speer dan kontributor, lisensi CC-BY-SA-4.0
# (https://creativecommons.org/licenses/by-sa/4.0/). Daftar turunan yang disaring, lisensi sama.
# Dibuat ulang dengan: python scripts/make_english_list.py
"""


def main() -> int:
    lexicon = Lexicon.load()
    lexicon.english = set()
    speller = Speller(lexicon=lexicon)
    neighbours = [w for w, z in lexicon.frequency.items() if z >= 3.0] + sorted(lexicon.foreign)
    keep = []
    for word in top_n_list("en", 60_000):
        if not word.isalpha() or not word.isascii() or len(word) < MIN_LENGTH:
            continue
        if zipf_frequency(word, "en") < MIN_ZIPF or word in lexicon.foreign:
            continue
        if speller.status(word) is Status.KNOWN:
            continue
        if process.extractOne(word, neighbours, scorer=OSA.distance, score_cutoff=1):
            continue
        keep.append(word)
    out = resource_path("lexicon", "inggris.txt")
    Path(out).write_text(HEADER + "".join(w + "\n" for w in sorted(keep)), encoding="utf-8")
    print(f"{len(keep)} words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
