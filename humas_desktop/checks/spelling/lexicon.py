"""The built-in word lists that sit above Hunspell id_ID, loaded from resources/lexicon/.

Each list is a plain data file so it can be reviewed and extended without touching code:
  singkatan.tsv   official abbreviations and government terms with their expansions
  istilah.txt     standard words the dictionary lacks (hoaks, daring, day and month names...)
  wilayah.txt     provinces, regencies, cities and other place names
  asing.txt       foreign words common in Indonesian newsrooms: not typos (the style rules
                  advise the Indonesian equivalent), and a source of suggestions (realese)
  inggris.txt     common English words (wordfreq, CC-BY-SA-4.0) accepted as foreign, minus
                  those one slip from a known word (staring ~ starting stays a typo)
  daerah.txt      regional, customary, religious and culinary terms from every province
                  (keuchik, nagari, pecalang, tahfiz, torang samua basudara)
  frasa.txt       word pairs that belong together, to rank suggestions by their neighbour
  frekuensi.tsv   word frequencies (wordfreq, CC-BY-SA-4.0) for ranking; words marked `f` are
                  frequent standard-looking words Hunspell lacks (instruksi), accepted as known
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from humas_desktop.resources import resource_path


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


@dataclass
class Lexicon:
    # lower-case abbreviation → (written form, expansion)
    abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)
    words: set[str] = field(default_factory=set)  # lower case: istilah + place-name words
    places: set[str] = field(default_factory=set)  # full place names as written
    foreign: set[str] = field(default_factory=set)  # lower case: newsroom terms (asing.txt)
    english: set[str] = field(default_factory=set)  # lower case: common English (inggris.txt)
    phrases: set[tuple[str, str]] = field(default_factory=set)  # lower-case word pairs
    frequency: dict[str, float] = field(default_factory=dict)  # lower case → Zipf
    # lower case: every word of a daerah.txt term, and the neighbour pairs inside its terms
    regional: set[str] = field(default_factory=set)
    regional_pairs: set[tuple[str, str]] = field(default_factory=set)
    regional_single: set[str] = field(default_factory=set)  # terms of one word (a line each)
    # frequent words Hunspell lacks, accepted on the strength of the frequency list (instruksi)
    accepted: set[str] = field(default_factory=set)

    def knows(self, lower: str) -> bool:
        """Is this lower-case word in any Indonesian list here (not the foreign one)?"""
        return lower in self.words or lower in self.abbreviations or lower in self.accepted

    def expansion(self, word: str) -> str | None:
        entry = self.abbreviations.get(word.lower())
        return entry[1] if entry else None

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        base = folder or resource_path("lexicon")
        lex = cls()
        for line in _lines(base / "singkatan.tsv"):
            term, _, expansion = line.partition("\t")
            term, expansion = term.strip(), expansion.strip()
            key = term.lower()
            if key in lex.abbreviations:
                old_form, old_exp = lex.abbreviations[key]
                if expansion and expansion not in old_exp:
                    lex.abbreviations[key] = (old_form, f"{old_exp} / {expansion}")
            else:
                lex.abbreviations[key] = (term, expansion)
        for line in _lines(base / "istilah.txt"):
            lex.words.add(line.lower())
        for line in _lines(base / "wilayah.txt"):
            lex.places.add(line)
            for part in line.replace("-", " ").split():
                lex.words.add(part.lower())
        regional_path = base / "daerah.txt"
        if regional_path.exists():
            for line in _lines(regional_path):
                parts = line.lower().replace("’", "'").split()
                lex.regional.update(parts)
                if len(parts) == 1:
                    lex.regional_single.add(parts[0])
                lex.regional_pairs.update(pairwise(parts))
        for line in _lines(base / "asing.txt"):
            lex.foreign.add(line.lower())
        english_path = base / "inggris.txt"
        if english_path.exists():
            lex.english.update(_lines(english_path))
        for line in _lines(base / "frasa.txt"):
            parts = line.lower().split()
            for left, right in pairwise(parts):
                lex.phrases.add((left, right))
        freq_path = base / "frekuensi.tsv"
        if freq_path.exists():
            for line in _lines(freq_path):
                word, zipf, source = [*line.split("\t"), "k"][:3]
                lex.frequency[word] = float(zipf)
                if source == "f":
                    lex.accepted.add(word)
        return lex
