"""The spelling stack: Hunspell id_ID, the built-in lexicon, morphology, glossary, user words.

A word is *known* when any layer accepts it. An unknown word written in lower case is a typo. An
unknown capitalised or all-caps word is most likely a name (Sukarniaty, MAKASSAR, MMCKalteng):
it is reported as a typo only when it is one slip away from a known institution abbreviation or
glossary name (Pemrov → Pemprov) or from a common long word; otherwise it gets at most an
`info` suggesting to add it to the glossary.

Suggestions come from the known vocabulary (words with their wordfreq frequency, the lexicon,
the glossary) within two edits, ranked by edit cost, frequency and whether the candidate forms a
known pair with a neighbouring word (umpang balik → umpan balik).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

import hunspell
from rapidfuzz import process
from rapidfuzz.distance import OSA

from humas_desktop.checks.finding import Finding
from humas_desktop.checks.spelling.lexicon import Lexicon
from humas_desktop.checks.spelling.morphology import is_derived
from humas_desktop.checks.tokens import Document, Kind, Token
from humas_desktop.i18n import tr
from humas_desktop.resources import resource_path

# Parts that may stand before a hyphen (se-Indonesia, non-ASN, pasca-Pilkada) or after it
# (ASN-nya, 2000-an is a number token already).
HYPHEN_PREFIXES = frozenset(
    [
        "se", "ke", "non", "pra", "pasca", "antar", "anti", "multi", "eks", "sub", "pro",
        "semi", "super", "ultra", "inter", "intra", "ko", "swa", "nir", "tuna", "adi",
        "dwi", "tri", "catur", "panca", "e", "m", "i", "re", "de", "pan"
    ]
)
DETACHED_CLITICS = frozenset(["nya", "lah", "kah", "tah"])
HYPHEN_SUFFIXES = frozenset(["nya", "ku", "mu", "lah", "kah", "pun", "an", "i", "kan"])
APOSTROPHES = "'\u2019"
MAX_SUGGEST_LENGTH = 40
SLIP_TARGET_ZIPF = 3.5  # how common a neighbour must be to make an unseen affixed form a slip
# An unknown lower-case word is reported as a typo only when what it slips from is clear: a
# word this common one edit away, or letters dropped from a frequent word. Otherwise it is most
# likely a regional or specialist term (keuchik, marungga, syarhil) and gets an `info`.
CONFIDENT_SLIP_ZIPF = 3.0
# A changed letter that is no neighbour on the keyboard, or an added letter that doubles none
# and sits by no neighbouring key, is as often how a regional word differs from a common one
# (mubeng ~ murung): it is a slip only of a frequent word.
UNLIKELY_EDIT_ZIPF = 4.0
FIRST_LETTER_ZIPF = 4.5  # a far-key change of the first letter: only the commonest words
KEY_NEIGHBOUR_BONUS = 1.2
# Two words run together: each part this long and this common (jaminansosial).
SPLIT_PART = 4
SPLIT_PART_ZIPF = 3.5
SPACE_NEIGHBOURS = frozenset("cvbnm")
DROPPED_LETTERS_ZIPF = 4.0
# Regional words one edit from a word this common (samua ~ semua) are accepted only beside
# their neighbour in the regional term (torang samua basudara).
REGIONAL_RISK_ZIPF = 5.0
# A capitalised word this short at a sentence start is a slip only of a word this common
# (Denga → Dengan); longer ones of any frequent word (Pelaksanan → Pelaksanaan).
FUNCTION_WORD_ZIPF = 6.0
ROMAN_NUMERAL = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


class Status(Enum):
    KNOWN = "known"
    NAME = "name"  # unknown, but written like a name or abbreviation
    UNKNOWN = "unknown"


def _is_lower_word(word: str) -> bool:
    return word == word.lower()


def _looks_like_name(word: str) -> bool:
    """Capitalised, all caps, or with a capital inside (MMCKalteng, eKTP)."""
    return any(ch.isupper() for ch in word)


def _match_case(candidate: str, model: str) -> str:
    if not candidate or not any(ch.isupper() for ch in model):
        return candidate
    if model.isupper() and len(model) > 1:
        return candidate.upper()
    if any(ch.isupper() for ch in candidate):
        return candidate  # the candidate has its own written form (Pemprov)
    return candidate[0].upper() + candidate[1:]


class Speller:
    """Answers "is this a word?" and "what was meant?" for Indonesian government writing."""

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        dictionary_dir: Path | None = None,
        glossary: Iterable[str] = (),
        user_words: Iterable[str] = (),
        nonstandard: Iterable[str] = (),
        foreign: Iterable[str] = (),
    ) -> None:
        folder = dictionary_dir or resource_path("dictionaries")
        self._hun = hunspell.Hunspell("id_ID", hunspell_data_dir=str(folder))
        self.lexicon = lexicon or Lexicon.load()
        self._headwords = self._read_headwords(folder / "id_ID.dic")
        self._nonstandard = {w.lower() for w in nonstandard}
        self._rule_foreign = {w.lower() for w in foreign}
        self._glossary: set[str] = set()
        self._glossary_forms: dict[str, str] = {}
        self._user: set[str] = set()
        self._status: dict[str, Status] = {}
        self._suggestions: dict[tuple[str, str, str], tuple[str, ...]] = {}
        self._names: dict[tuple[str, bool], tuple[str | None, bool]] = {}
        self._regional_ok: dict[str, bool] = {}
        self._confident: dict[str, bool] = {}
        self.add_glossary(glossary)
        self.add_user_words(user_words)
        self._build_vocabulary()

    # ----------------------------------------------------------------- set-up

    @staticmethod
    def _read_headwords(path: Path) -> frozenset[str]:
        with path.open(encoding="utf-8", errors="replace") as fh:
            next(fh, None)  # the count line
            return frozenset(line.split("/", 1)[0].strip().lower() for line in fh)

    def add_glossary(self, terms: Iterable[str]) -> None:
        """Names and terms of the office (multi-word terms add each of their words)."""
        for term in terms:
            for part in term.replace("-", " ").split():
                part = part.strip(".,;:()\"'“”‘’")
                if part:
                    self._glossary.add(part.lower())
                    self._glossary_forms.setdefault(part.lower(), part)
        self._status.clear()
        self._suggestions.clear()
        self._names.clear()
        if hasattr(self, "_vocab"):
            self._build_vocabulary()

    def add_user_words(self, words: Iterable[str]) -> None:
        for word in words:
            if word.strip():
                self._user.add(word.strip().lower())
        self._status.clear()
        self._suggestions.clear()
        self._names.clear()

    def clear_caches(self) -> None:
        """Forget remembered verdicts and suggestions (benchmarks measure a cold start)."""
        self._regional_ok.clear()
        self._confident.clear()
        self._status.clear()
        self._suggestions.clear()
        self._names.clear()

    def _build_vocabulary(self) -> None:
        """Known words by length, with frequency and written form, for suggestions."""
        lex = self.lexicon
        display: dict[str, str] = {}
        for word in lex.frequency:
            display[word] = word
        for word in lex.words:
            display.setdefault(word, word)
        for word in lex.foreign:
            display.setdefault(word, word)
        for key, (form, _) in lex.abbreviations.items():
            if " " not in key:
                display[key] = form
        for key, form in self._glossary_forms.items():
            display.setdefault(key, form)
        for bad in self._nonstandard:
            # a non-standard spelling is never suggested; a foreign word may be (stungting →
            # stunting), and the foreign-word rule then offers the Indonesian term
            if bad not in lex.foreign and bad not in lex.english:
                display.pop(bad, None)
        by_length: dict[int, list[str]] = {}
        for word in display:
            by_length.setdefault(len(word), []).append(word)
        self._vocab = display
        self._by_length = by_length
        # Mixed-case institution names and glossary names: a capitalised word one slip away
        # from one of these is a typo, not an unknown name (Pemrov → Pemprov).
        self._name_targets = {
            key: form
            for key, (form, _) in lex.abbreviations.items()
            if len(key) >= 6 and form[:1].isupper() and not form.isupper() and " " not in form
        }
        for key, form in self._glossary_forms.items():
            if len(key) >= 6 and form[:1].isupper():
                self._name_targets.setdefault(key, form)
        self._name_target_list = list(self._name_targets)

    # ----------------------------------------------------------------- knowledge

    def _spell(self, word: str) -> bool:
        """Hunspell's verdict; words it cannot encode (other scripts, emoji) are unknown to it."""
        try:
            return bool(word) and bool(self._hun.spell(word))
        except UnicodeError:
            return False

    def in_dictionary(self, word: str) -> bool:
        return self._spell(word)

    def in_glossary(self, word: str) -> bool:
        lower = word.lower()
        return lower in self._glossary or lower in self._user

    def frequency(self, word: str) -> float:
        return self.lexicon.frequency.get(word.lower(), 0.0)

    def knows_stem(self, word: str) -> bool:
        lower = word.lower()
        return lower in self._headwords or self.lexicon.knows(lower) or lower in self._glossary

    def _plain(self, word: str) -> bool:
        """Known as written (or in lower case) by the dictionary or a word list."""
        lower = word.lower()
        if (
            self.lexicon.knows(lower)
            or lower in self._glossary
            or lower in self._user
            or lower in self.lexicon.foreign
            or lower in self.lexicon.english
            or self._regional_anywhere(lower)
        ):
            return True
        return self._spell(word) or (lower != word and self._spell(lower))

    def _stem_known(self, stem: str) -> bool:
        return self._spell(stem) or self.lexicon.knows(stem) or self._regional_anywhere(stem)

    def _is_root(self, lower: str) -> bool:
        """A dictionary headword or list word, not a derived form (pengaruh, not pengecek)."""
        return lower in self._headwords or self.lexicon.knows(lower)

    def _regional_anywhere(self, lower: str) -> bool:
        """A word of daerah.txt that cannot be mistaken for a slip of a very common word."""
        if lower not in self.lexicon.regional:
            return False
        cached = self._regional_ok.get(lower)
        if cached is None:
            standalone = lower in self.lexicon.regional_single and len(lower) >= 4
            cached = standalone or not any(
                self.lexicon.frequency.get(cand, 0.0) >= REGIONAL_RISK_ZIPF
                and cand not in self.lexicon.regional
                for cand, _ in self._candidates(lower, 1)
            )
            self._regional_ok[lower] = cached
        return cached

    def _in_regional_term(self, lower: str, prev: str, nxt: str) -> bool:
        pairs = self.lexicon.regional_pairs
        return (prev.lower(), lower) in pairs or (lower, nxt.lower()) in pairs

    def confident_slip(self, lower: str) -> bool:
        """Is it clear which word this unknown lower-case word slips from?"""
        cached = self._confident.get(lower)
        if cached is not None:
            return cached
        freq = self.lexicon.frequency
        result = False
        for cand, dist in self._candidates(lower, 2):
            zipf = freq.get(cand, 0.0)
            if dist == 1 and cand in self.lexicon.foreign:
                result = True
            elif dist == 1:
                result = zipf >= _one_edit_threshold(lower, cand)
            elif dist == 2 and len(cand) >= len(lower) + 1 and _is_subsequence(lower, cand):
                result = zipf >= DROPPED_LETTERS_ZIPF or cand in self.lexicon.foreign
            elif dist == 2 and cand in self.lexicon.foreign and cand[:2] == lower[:2]:
                result = True  # realese → release: newsroom loan words are mistyped often
            if result:
                break
        if not result and len(lower) >= 6:
            result = self._split_known(lower) is not None
        if len(self._confident) > 100_000:
            self._confident.clear()
        self._confident[lower] = result
        return result

    def _single_status(self, word: str) -> Status:
        if len(word) <= 1 or any(ch.isdigit() for ch in word) or ROMAN_NUMERAL.fullmatch(word):
            return Status.KNOWN  # numbers, G20, Roman numerals in XI/2023 and kelas VI
        if any(ch in APOSTROPHES for ch in word):
            plain = word.replace("\u2019", "'")
            if self._plain(plain):
                return Status.KNOWN
            return Status.NAME if _looks_like_name(word) else Status.UNKNOWN
        if "." in word:  # dotted abbreviation: M.Si, S.Sos, a.n
            return Status.KNOWN if self.lexicon.knows(word.lower()) else Status.NAME
        if self._plain(word):
            return Status.KNOWN
        lower = word.lower()
        if self._headquarters(word):
            return Status.KNOWN
        plain_case = (word[0].isupper() and word[1:].islower()) or _is_lower_word(word)
        if (
            plain_case
            and is_derived(lower, self._stem_known, self._is_root)
            and not self._slip_of_common(lower)
        ):
            return Status.KNOWN
        return Status.NAME if _looks_like_name(word) else Status.UNKNOWN

    def _headquarters(self, word: str) -> bool:
        """Ma- (markas) before the name of a police or military unit: Mapolres, Mapolda,
        Makodim, Mabrimob. The unit must be a known capitalised abbreviation."""
        if not (word.startswith("Ma") or word.startswith("MA")) or len(word) < 6:
            return False
        entry = self.lexicon.abbreviations.get(word[2:].lower())
        return entry is not None and entry[0][:1].isupper() and len(entry[0]) >= 4

    def _slip_of_common(self, lower: str) -> bool:
        """An affixed form nobody writes (absent from the frequency list) that is a common word
        with one letter dropped is a slip that happens to parse (pemerdayaan, sedankan, diwali),
        not a new word; so is one with two letters swapped (kegaitan) or a letter typed twice
        (bupatii). A one-letter change of a real affixed form is as often another real form
        (tegasnya ~ tugasnya, didata ~ ditata) and does not count."""
        if lower in self.lexicon.frequency or len(lower) < 5:
            return False
        freq = self.lexicon.frequency
        for cand, dist in self._candidates(lower, 1):
            if dist != 1 or freq.get(cand, 0.0) < SLIP_TARGET_ZIPF:
                continue
            if len(cand) == len(lower) + 1 and _is_subsequence(lower, cand):
                return True
            if len(cand) + 1 == len(lower) and _undoubled(lower, cand):
                return True
            if len(cand) == len(lower) and sorted(cand) == sorted(lower):
                return True
        return False

    def status(self, word: str) -> Status:
        cached = self._status.get(word)
        if cached is not None:
            return cached
        if "-" in word and word.strip("-"):
            result = self._hyphen_status(word)
        else:
            result = self._single_status(word)
        if len(self._status) > 200_000:
            self._status.clear()
        self._status[word] = result
        return result

    def _hyphen_status(self, word: str) -> Status:
        if self._plain(word):
            return Status.KNOWN
        parts = [p for p in word.split("-") if p]
        if len(parts) == 2 and _same_base(parts[0].lower(), parts[1].lower()):
            # a full reduplication spelt the same twice (unek-uneknya, ulang-ulang) is not a
            # slip even when the dictionary lacks the word; a slip breaks the symmetry
            return Status.KNOWN if parts[0].islower() else self._single_status(parts[0])
        statuses = []
        for i, part in enumerate(parts):
            lower = part.lower()
            prefix = i == 0 and lower in HYPHEN_PREFIXES and len(parts) > 1
            suffix = i == len(parts) - 1 and i > 0 and lower in HYPHEN_SUFFIXES
            if prefix or suffix:
                statuses.append(Status.KNOWN)
            else:
                statuses.append(self._single_status(part))
        if Status.UNKNOWN in statuses:
            return Status.UNKNOWN
        if all(s is Status.KNOWN for s in statuses):
            return Status.KNOWN
        return Status.NAME

    def is_word(self, word: str) -> bool:
        """Standard and known: the question the style rules ask."""
        if word.lower() in self._nonstandard:
            return False
        return self.status(word) is Status.KNOWN

    # ----------------------------------------------------------------- suggestions

    def suggest(self, word: str, prev: str = "", nxt: str = "") -> tuple[str, ...]:
        """Up to five corrections for `word`, best first, using its neighbours as context."""
        key = (word, prev.lower(), nxt.lower())
        cached = self._suggestions.get(key)
        if cached is not None:
            return cached
        if "-" in word.strip("-"):
            result = self._suggest_hyphenated(word, prev, nxt)
        else:
            result = self._suggest_single(word, prev.lower(), nxt.lower())
        if len(self._suggestions) > 50_000:
            self._suggestions.clear()
        self._suggestions[key] = result
        return result

    def _suggest_hyphenated(self, word: str, prev: str, nxt: str) -> tuple[str, ...]:
        parts = word.split("-")
        for i, part in enumerate(parts):
            if part and self._single_status(part) is Status.UNKNOWN:
                left = parts[i - 1] if i > 0 else prev
                right = parts[i + 1] if i + 1 < len(parts) else nxt
                fixes = self._suggest_single(part, left.lower(), right.lower())
                return tuple("-".join([*parts[:i], fix, *parts[i + 1 :]]) for fix in fixes)
        return ()

    def _candidates(self, lower: str, max_distance: int) -> list[tuple[str, int]]:
        found: list[tuple[str, int]] = []
        n = len(lower)
        for length in range(max(1, n - max_distance), n + max_distance + 1):
            bucket = self._by_length.get(length)
            if not bucket:
                continue
            for cand, dist, _ in process.extract(
                lower,
                bucket,
                scorer=OSA.distance,
                score_cutoff=max_distance,
                limit=None,
            ):
                if cand != lower:
                    found.append((cand, int(dist)))
        return found

    def _score(self, lower: str, cand: str, dist: int, prev: str, nxt: str) -> float:
        if dist == 2 and _dropped_digraph(lower, cand):
            dist = 1  # pengusi → pengungsi: ng, ny, sy, kh are one sound, dropped as one
        score = -2.5 * dist + 0.6 * self.lexicon.frequency.get(cand, 2.5)
        if len(cand) > len(lower) and _is_subsequence(lower, cand):
            score += 1.5  # dropped letters are the commonest slip (denga, intruksi)
        if cand[:1] != lower[:1]:
            score -= 1.5
        if len(cand) + 1 == len(lower) and _undoubled(lower, cand):
            score += 2.0  # a letter typed twice (pemberiaan, pesserta) before any insertion
        elif dist == 1 and len(cand) == len(lower):
            diff = [i for i in range(len(cand)) if cand[i] != lower[i]]
            if len(diff) == 1 and _keyboard_neighbours(cand[diff[0]], lower[diff[0]]):
                score += KEY_NEIGHBOUR_BONUS  # tampa → tanpa: the finger hit the next key
        phrases = self.lexicon.phrases
        if (prev and (prev, cand) in phrases) or (nxt and (cand, nxt) in phrases):
            score += 4.0
        return score

    def _split_known(self, lower: str) -> str | None:
        """`ke posyandu` for keposyandu: a preposition glued to a known word is the likeliest
        reading of an unknown word, ahead of any one- or two-letter change."""
        for prep in ("di", "ke"):
            rest = lower[len(prep) :]
            if lower.startswith(prep) and len(rest) >= 4 and self._plain(rest):
                return f"{prep} {self._vocab.get(rest, rest)}"
        return self._split_pair(lower)

    def _split_pair(self, lower: str) -> str | None:
        """`jaminan sosial` for jaminansosial: two common words run together (the space bar
        missed). Both parts must be frequent words of four letters or more, so a regional word
        is not cut into chance pieces; the commonest pair wins."""
        freq = self.lexicon.frequency
        best: tuple[float, str] | None = None
        for cut in range(SPLIT_PART, len(lower) - SPLIT_PART + 1):
            left, right = lower[:cut], lower[cut:]
            weight = min(freq.get(left, 0.0), freq.get(right, 0.0))
            if weight < SPLIT_PART_ZIPF or not (self._plain(left) and self._plain(right)):
                continue
            if (left, right) in self.lexicon.phrases:
                weight += 2.0
            if best is None or weight > best[0]:
                best = (weight, f"{self._vocab.get(left, left)} {self._vocab.get(right, right)}")
        if best is None:
            # a key next to the space bar hit instead of it: daribtahun → dari tahun
            for cut in range(SPLIT_PART - 1, len(lower) - SPLIT_PART):
                if lower[cut] not in SPACE_NEIGHBOURS:
                    continue
                left, right = lower[:cut], lower[cut + 1 :]
                weight = min(freq.get(left, 0.0), freq.get(right, 0.0))
                if (
                    weight >= SPLIT_PART_ZIPF + 1
                    and (best is None or weight > best[0])
                    and self._plain(left)
                    and self._plain(right)
                ):
                    shown = f"{self._vocab.get(left, left)} {self._vocab.get(right, right)}"
                    best = (weight, shown)
        return best[1] if best else None

    def _suggest_single(self, word: str, prev: str, nxt: str) -> tuple[str, ...]:
        if len(word) > MAX_SUGGEST_LENGTH:
            return ()  # a run of letters this long is pasted junk, not a slip of a word
        lower = word.lower()
        split = self._split_known(lower) if len(lower) >= 6 else None
        if split is not None:
            rest = self._suggest_fuzzy(word, lower, prev, nxt)
            top = rest[0].lower() if rest else ""
            # letters dropped from a frequent word (kesempat → kesempatan) still come first
            fuzzy_first = (
                len(top) > len(lower)
                and _is_subsequence(lower, top)
                and self.frequency(top) >= DROPPED_LETTERS_ZIPF
            ) or OSA.distance(lower, top) == 1
            joined = [_match_case(split, word)]
            ranked = [*rest[:1], *joined, *rest[1:]] if fuzzy_first else [*joined, *rest]
            return tuple(dict.fromkeys(ranked))[:5]
        return self._suggest_fuzzy(word, lower, prev, nxt)

    def _suggest_fuzzy(self, word: str, lower: str, prev: str, nxt: str) -> tuple[str, ...]:
        max_distance = 1 if len(lower) <= 4 else 2
        candidates = self._candidates(lower, max_distance)
        ranked = sorted(
            candidates,
            key=lambda c: (-self._score(lower, c[0], c[1], prev, nxt), c[1], c[0]),
        )
        result = [_match_case(self._vocab.get(cand, cand), word) for cand, _ in ranked[:5]]
        if not result:
            try:
                result = [
                    s for s in self._hun.suggest(word) if " " not in s and "-" not in s
                ][:5]
            except UnicodeError:
                result = []
        return tuple(dict.fromkeys(result))

    def _abbreviation_form(self, word: str, before: Token | None) -> str | None:
        """`WIB` for `wib`, `Dprd` or `09.00 Wib`: an official abbreviation written in capitals
        typed in lower or title case. Only where the word can be nothing else: not a word of
        the dictionary or the lists, three letters or more, and in title case only when it
        has no vowel (Dprd, Bpjs) or follows a figure (09.00 Wib), since Han or Kai is a name."""
        if len(word) < 3 or word.isupper() or not word.isalpha():
            return None
        lower = word.lower()
        entry = self.lexicon.abbreviations.get(lower)
        if entry is None or not entry[0].isupper() or not entry[0].isalpha():
            return None
        lex = self.lexicon
        if (
            lower in lex.words
            or lower in lex.english
            or lower in lex.foreign
            or lower in lex.regional
            or lower in lex.accepted
            or self.in_glossary(lower)
            or self._spell(lower)
            or self._spell(lower.capitalize())
        ):
            return None
        if word[0].isupper() and word[1:].islower():
            after_figure = before is not None and before.kind is Kind.NUMBER
            if not after_figure and any(ch in "aeiou" for ch in lower):
                return None
        elif not word.islower():
            return None
        return entry[0]

    def _in_english_name(self, word: str, prev: str, nxt: str) -> bool:
        """A capitalised word between capitalised English words is part of an English name
        (Annual Parasite Incidence, Early Warning System)."""
        if not word[:1].isupper() or word.isupper():
            return False
        lex = self.lexicon
        return any(
            w[:1].isupper()
            and not w.isupper()
            and (w.lower() in lex.english or w.lower() in lex.foreign)
            for w in (prev, nxt)
        )

    def _near_name_target(self, word: str) -> str | None:
        """The institution or glossary name this capitalised word is one slip away from."""
        lower = word.lower()
        if len(lower) < 6 or not self._name_target_list:  # Sinak is not a slip of Sidak
            return None
        best = process.extractOne(
            lower, self._name_target_list, scorer=OSA.distance, score_cutoff=1
        )
        # a letter dropped or two swapped (Pemrov → Pemprov, Pmeprov); a changed letter of an
        # abbreviation or a longer word is more often another name (Samrat is not Samsat,
        # Setiwan not Setwan)
        if best is None or len(lower) > len(best[0]):
            return None
        glossary_name = best[0] in self._glossary_forms  # the office's own names: any slip
        if len(lower) == len(best[0]) and sorted(lower) != sorted(best[0]) and not glossary_name:
            return None
        return self._name_targets[best[0]]

    def _near_common_word(self, word: str, min_length: int, at_start: bool) -> bool:
        """A capitalised unknown word that is a frequent word with one letter dropped, or two
        letters swapped; at a sentence start also with a letter typed twice (Kegaitan,
        Bupatii). A changed letter makes another name as often as a slip (Parlindungan ~
        Perlindungan, Elisabeth ~ Elizabeth, Lumban ~ Lamban), and so does a doubled letter
        inside a sentence (Hassan)."""
        lower = word.lower()
        if len(lower) < 4:
            return False
        need = 3.5 if len(lower) >= min_length else FUNCTION_WORD_ZIPF
        for cand, dist in self._candidates(lower, 1):
            if dist != 1 or self.frequency(cand) < need or cand in self.lexicon.english:
                continue
            dropped = len(cand) == len(lower) + 1 and _is_subsequence(lower, cand)
            swapped = len(cand) == len(lower) and sorted(cand) == sorted(lower)
            doubled = at_start and len(cand) + 1 == len(lower) and _undoubled(lower, cand)
            if dropped or (swapped and len(lower) >= min_length) or doubled:
                return True
        return False

    def _name_verdict(self, word: str, at_start: bool) -> tuple[str | None, bool]:
        """(institution or glossary name it slips from, is it a typo) for a name-like word."""
        key = (word, at_start)
        cached = self._names.get(key)
        if cached is not None:
            return cached
        target = self._near_name_target(word) if not word.isupper() else None
        is_typo = target is not None or (
            not word.isupper()
            and word[1:].islower()
            and (at_start or len(word) >= 8)
            and self._near_common_word(word, 6 if at_start else 8, at_start)
        )
        if len(self._names) > 100_000:
            self._names.clear()
        self._names[key] = (target, is_typo)
        return target, is_typo

    # ----------------------------------------------------------------- checking

    def check(self, doc: Document, lang: str | None = None) -> list[Finding]:
        """Spelling findings for the words of `doc` (offsets as in doc.text)."""
        findings: list[Finding] = []
        tokens = doc.tokens
        headline = [_is_title_case(doc.paragraph_tokens(p)) for p in range(len(doc.paragraphs))]
        contact: dict[int, bool] = {}
        for i, token in enumerate(tokens):
            if token.kind is not Kind.WORD:
                continue
            word = token.text
            if word.lower() in HYPHEN_SUFFIXES and _after_hyphen(doc, i):
                continue  # (Tupoksi)-nya, “Humas”-lah: a clitic attached with a hyphen
            if word.lower() in DETACHED_CLITICS and i > 0 and tokens[i - 1].kind is Kind.WORD:
                continue  # informasi nya: the bound-form rule reports it with the joined form
            status = self.status(word)
            if status is Status.KNOWN:
                form = self._abbreviation_form(word, tokens[i - 1] if i > 0 else None)
                if form is not None:
                    findings.append(
                        Finding(
                            token.start,
                            token.end,
                            "capital",
                            "spelling.abbreviation_case",
                            tr("check.spelling.abbreviation_case", lang=lang, form=form),
                            (form,),
                            "error",
                        )
                    )
                continue
            lower = word.lower()
            if lower in self._nonstandard or lower in self._rule_foreign:
                continue  # the style rules report these with the right advice
            prev = _neighbour(doc, i, -1)
            nxt = _neighbour(doc, i, +1)
            if lower in self.lexicon.regional and self._in_regional_term(lower, prev, nxt):
                continue  # torang samua basudara
            phrases = self.lexicon.phrases
            if (prev.lower(), lower) in phrases or (lower, nxt.lower()) in phrases:
                continue  # ramah tamah, lauk pauk: known only beside its partner
            if status is Status.UNKNOWN and not self.confident_slip(lower):
                findings.append(
                    Finding(
                        token.start,
                        token.end,
                        "style",
                        "spelling.unknown_word",
                        tr("check.spelling.unknown_word", lang=lang, word=word),
                        # only near readings: a far guess in the menu misleads more than helps
                        tuple(
                            s
                            for s in self.suggest(word, prev, nxt)[:3]
                            if OSA.distance(s.lower(), lower) <= 1
                        ),
                        "info",
                    )
                )
                continue
            if status is Status.NAME and self._in_english_name(word, prev, nxt):
                continue  # Annual Parasite Incidence: an English name, not a slip or a person
            if status is Status.NAME:
                if token.paragraph not in contact:
                    contact[token.paragraph] = _is_contact_paragraph(doc, token.paragraph)
                if contact[token.paragraph] or _before_degree(doc, i):
                    # a person's name in a contact line or before a degree: Libang is not
                    # a slip of Litbang there
                    target, is_typo = None, False
                else:
                    target, is_typo = self._name_verdict(
                        word, headline[token.paragraph] or doc.is_sentence_start(i)
                    )
                if not is_typo:
                    findings.append(
                        Finding(
                            token.start,
                            token.end,
                            "style",
                            "spelling.unknown_name",
                            tr("check.spelling.unknown_name", lang=lang, word=word),
                            (),
                            "info",
                        )
                    )
                    continue
                suggestions = self.suggest(word, prev, nxt)
                # the usual ranking decides (Distik → Distrik before Disdik); the target is
                # always among the first two
                if target is not None and target not in suggestions[:2]:
                    rest = [s for s in suggestions if s != target]
                    suggestions = (*rest[:1], target, *rest[1:])[:5]
            else:
                suggestions = self.suggest(word, prev, nxt)
                after = tokens[i + 1 : i + 3]
                if any(t.kind is Kind.NUMBER for t in after[:2] if t.text.strip()):
                    # diangka 5 persen: before a figure the preposition reading comes first
                    split = self._split_known(lower)
                    if split is not None:
                        fixed = _match_case(split, word)
                        suggestions = (fixed, *(s for s in suggestions if s != fixed))[:5]
            findings.append(
                Finding(
                    token.start,
                    token.end,
                    "typo",
                    "spelling.typo",
                    tr("check.spelling.typo", lang=lang, word=word),
                    suggestions,
                    "error",
                )
            )
        return findings


_CONTACT_HEADS = frozenset(["narahubung", "kontak", "contact", "cp", "telp", "telepon", "hp", "wa"])


def _is_contact_paragraph(doc: Document, paragraph: int) -> bool:
    """A contact line (Narahubung: …, a phone number, an e-mail address): its capitalised
    words are people's names, not headline words that may hide a slip."""
    tokens = doc.paragraph_tokens(paragraph)
    for token in tokens:
        if token.kind is Kind.EMAIL:
            return True
        if token.kind is Kind.WORD and token.text.lower() in _CONTACT_HEADS:
            return True
        if token.kind is Kind.NUMBER:
            digits = [ch for ch in token.text if ch.isdigit()]
            if len(digits) >= 9 and (token.text.startswith("0") or token.text.startswith("62")):
                return True
    return False


def _before_degree(doc: Document, index: int) -> bool:
    """`Agustinus Libang, S.Kom.`: a word before a comma and an academic degree is a name."""
    tokens = doc.tokens
    if index + 2 >= len(tokens) or tokens[index + 1].text != ",":
        return False
    degree = tokens[index + 2]
    return degree.kind is Kind.WORD and "." in degree.text and degree.text[:1].isupper()


def _after_hyphen(doc: Document, index: int) -> bool:
    tokens = doc.tokens
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.text == "-" and before.end == tokens[index].start


def _neighbour(doc: Document, index: int, step: int) -> str:
    """The adjacent word in the same sentence, or ''."""
    j = index + step
    tokens = doc.tokens
    if 0 <= j < len(tokens):
        tok = tokens[j]
        if tok.kind is Kind.WORD and tok.sentence == tokens[index].sentence:
            return tok.text
    return ""


def _same_base(left: str, right: str) -> bool:
    """Is `right` the same word as `left`, possibly with a clitic or suffix (reduplication)?"""
    if len(left) < 3:
        return False
    if right == left:
        return True
    return right.startswith(left) and right[len(left) :] in HYPHEN_SUFFIXES


def _is_title_case(tokens: tuple[Token, ...]) -> bool:
    """A headline in Title Case: capitals there do not mark names, so a capitalised unknown
    word is judged like one at a sentence start (Jembatn → Jembatan)."""
    words = [t.text for t in tokens if t.kind is Kind.WORD]
    if len(words) < 3 or (tokens and tokens[-1].text in ".!?"):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised * 10 >= len(words) * 7


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POS = {ch: (r, c) for r, row in enumerate(_KEY_ROWS) for c, ch in enumerate(row)}


def _keyboard_neighbours(a: str, b: str) -> bool:
    pa, pb = _KEY_POS.get(a), _KEY_POS.get(b)
    if pa is None or pb is None:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1


def _one_edit_threshold(word: str, cand: str) -> float:
    """How common `cand` must be for `word`, one edit away, to be a slip of it."""
    if len(word) < len(cand):
        return CONFIDENT_SLIP_ZIPF  # a dropped letter: the commonest slip
    if len(word) > len(cand):
        if _undoubled(word, cand):
            return CONFIDENT_SLIP_ZIPF  # a letter typed twice
        extra = next(
            (i for i in range(len(cand)) if word[i] != cand[i]), len(cand)
        )
        near = [word[j] for j in (extra - 1, extra + 1) if 0 <= j < len(word)]
        if any(_keyboard_neighbours(word[extra], ch) for ch in near):
            return CONFIDENT_SLIP_ZIPF  # a neighbouring key caught as well
        return UNLIKELY_EDIT_ZIPF
    diff = [i for i in range(len(word)) if word[i] != cand[i]]
    if len(diff) == 2:
        return CONFIDENT_SLIP_ZIPF  # two letters swapped
    if diff and _keyboard_neighbours(word[diff[0]], cand[diff[0]]):
        return CONFIDENT_SLIP_ZIPF
    if diff == [0]:
        # a far key for the first letter, which writers type with most care, makes another
        # word (jukung, a boat ~ dukung) more often than a slip of a common one
        return FIRST_LETTER_ZIPF
    return UNLIKELY_EDIT_ZIPF


_DIGRAPHS = frozenset(["ng", "ny", "sy", "kh"])


def _dropped_digraph(short: str, long: str) -> bool:
    """Is `long` the word `short` with one two-letter sound (ng, ny, sy, kh) restored?"""
    return len(long) == len(short) + 2 and any(
        long[i : i + 2] in _DIGRAPHS and long[:i] + long[i + 2 :] == short
        for i in range(len(long) - 1)
    )


def _undoubled(long: str, short: str) -> bool:
    """Is `short` the word `long` with one of its doubled letters typed once?"""
    return any(
        long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(long) - 1)
    )


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)
