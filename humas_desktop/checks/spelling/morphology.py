"""Indonesian affixation the Hunspell id_ID dictionary does not cover.

The dictionary lists stems with affix flags, but many productive forms are missing (digelar,
difasilitasi, ujarnya, Tingkatkan, pungkasnya). Rather than list every form we undo the affixes
and ask whether what is left is a known word. The rules are deliberately narrow (ke- only with
-an, stems of at least three letters, nasal prefixes only with the consonant they replace) so a
typo does not pass as an affixed form of some short word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

VOWELS = frozenset("aeiou")
# Outermost first: particles, then possessive clitics, then derivational suffixes.
PARTICLES = ("lah", "kah", "tah", "pun")
CLITICS = ("nya", "ku", "mu")
SUFFIXES = ("kan", "an", "i")
MIN_STEM = 3
# Derivational suffixes of loan words, productive in official language (sosialisasi,
# simbolisasi, profesionalisme, kreativitas): the stem must be a word of four letters or more.
LOAN_SUFFIXES = ("isasi", "isme", "itas", "is")
# Bound forms written joined to the next word (EYD V): antardesa, pascabencana, nonaktif.
BOUND_PREFIXES = (
    "antar", "pasca", "pra", "non", "swa", "anti", "multi", "sub", "super", "ultra", "eks",
    "ekstra", "inter", "intra", "kontra", "neo", "pan", "semi", "tuna", "adi", "dwi", "tri",
    "catur", "panca", "maha", "nir", "purna", "mono", "poli", "infra", "trans", "pro",
    "ko", "re", "de", "bi", "serba", "lepas", "tata", "makro", "mikro", "hiper", "oto",
)


def _strip_end(word: str) -> Iterator[tuple[str, str]]:
    """The word with particles, clitics and one derivational suffix removed, in every
    combination, with the suffix removed ('' if none): prefixes depend on it (ke-an, pe-an)."""
    forms = [word]
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= MIN_STEM:
            forms.append(word[: -len(particle)])
    with_clitics = list(forms)
    for form in forms:
        for clitic in CLITICS:
            if form.endswith(clitic) and len(form) - len(clitic) >= MIN_STEM:
                with_clitics.append(form[: -len(clitic)])
    for form in with_clitics:
        yield form, ""
        for suffix in LOAN_SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 4:
                yield form[: -len(suffix)], ""
        if form.endswith("sional") or form.endswith("tional"):
            yield form[:-4], ""  # dimensional < dimensi, institusional < institusi
        for suffix in SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= MIN_STEM:
                yield form[: -len(suffix)], suffix


def _suffix_allowed(form: str, suffix: str) -> bool:
    """Prefix and suffix pairs Indonesian does not make: peN-/per-/ke- with -kan or -i
    (pengecekkan is a slip of pengecekan), meN-/di- with -an (menunjukan is a slip of
    menunjukkan). `form` is the word with the suffix removed."""
    if suffix in ("kan", "i") and _looks_prefixed(form, ("peng", "pem", "pen", "peny", "ke")):
        return False
    return not (suffix == "an" and _looks_prefixed(form, ("meng", "mem", "men", "meny", "di")))


def _looks_prefixed(form: str, prefixes: tuple[str, ...]) -> bool:
    return any(form.startswith(p) and len(form) - len(p) >= 4 for p in prefixes)


def _nasal_stems(rest: str) -> Iterator[str]:
    """Stems behind the nasal of meN-/peN- (`rest` is what follows me-/pe-)."""
    if rest.startswith("ng"):
        after = rest[2:]
        if after[:1] in VOWELS:
            yield after  # mengambil < ambil
            yield "k" + after  # mengirim < kirim
        elif after[:1] in ("g", "h", "k", "kh"):
            yield after  # menggelar, menghadiri, mengkritik
        if after.startswith("e") and len(after) <= 5:
            yield after[1:]  # mengecat < cat, mengebom < bom
    elif rest.startswith("ny"):
        after = rest[2:]
        if after[:1] in VOWELS:
            yield "s" + after  # menyukseskan < sukses
            yield "c" + after  # informal, but found (menyontoh); the stem must still exist
    elif rest.startswith("m"):
        after = rest[1:]
        if after[:1] in VOWELS:
            yield "p" + after  # memakai < pakai
            yield after  # memasak? no: memasak < masak handled by me- + m
        elif after[:1] in ("b", "f", "v", "p"):
            yield after  # membangun, memfasilitasi, memproduksi
    elif rest.startswith("n"):
        after = rest[1:]
        if after[:1] in VOWELS:
            yield "t" + after  # menulis < tulis
        elif after[:1] in ("d", "c", "j", "z", "t"):
            yield after  # mendorong, mencari, menjadi, menzalimi, mentransfer
    if rest[:1] in ("l", "m", "n", "r", "w", "y"):
        yield rest  # melihat, memasak, menanam, merawat, mewarnai, meyakini


def _strip_start(word: str, suffix: str) -> Iterator[str]:
    """Stems behind the prefixes of `word` (one or two layers)."""
    w = word
    if w.startswith("memper") or w.startswith("diper"):
        yield w[6:] if w.startswith("memper") else w[5:]
    if w.startswith("di"):
        yield w[2:]
    if w.startswith("ter"):
        yield w[3:]
    if w.startswith("ber"):
        yield w[3:]
    if w.startswith("be") and w[2:3] == "r":
        yield w[2:]  # berencana < be + rencana
    if w.startswith("bel") and w[3:5] == "aj":
        yield w[3:]  # belajar
    if w.startswith("per"):
        yield w[3:]
    if w.startswith("se"):
        yield w[2:]
    if w.startswith("me"):
        yield from _nasal_stems(w[2:])
    if w.startswith("pe"):
        yield from _nasal_stems(w[2:])
        if w[2:3] in ("l", "r", "m", "n", "w", "y"):
            yield w[2:]
    for bound in BOUND_PREFIXES:
        if w.startswith(bound) and len(w) - len(bound) >= 4:
            yield w[len(bound) :]
    if suffix == "an" and w.startswith("ke"):
        yield w[2:]  # keberhasilan < berhasil, kesempatan < sempat


def stems(word: str, is_root: Callable[[str], bool] | None = None) -> Iterator[str]:
    """Every candidate stem of a lower-case `word` under Indonesian affixation, nearest first.

    The word itself is not yielded. A candidate may itself be affixed (diberdayakan →
    berdaya), so callers check each against the dictionary, which knows many derived forms.
    """
    seen: set[str] = {word}
    for form, suffix in _strip_end(word):
        if not _suffix_allowed(form, suffix):
            # only a root that merely looks prefixed takes it (pengaruhi, pentingkan, kenai)
            if is_root is not None and is_root(form) and form not in seen:
                seen.add(form)
                yield form
            continue
        if form not in seen and len(form) >= MIN_STEM:
            seen.add(form)
            yield form
        for stem in _strip_start(form, suffix):
            if len(stem) >= MIN_STEM and stem not in seen:
                seen.add(stem)
                yield stem
                # a second prefix layer: diperdayakan, keberhasilan, memberdayakan
                for inner in _strip_start(stem, suffix):
                    if len(inner) >= MIN_STEM and inner not in seen:
                        seen.add(inner)
                        yield inner


COMPOUND_PART = 4  # each word of a compound joined by a circumfix: salah guna, daya guna


def compound_stems(word: str) -> Iterator[tuple[str, str]]:
    """The two words of a compound written joined because it carries both a prefix and a
    suffix (EYD V): disalahgunakan < salah guna, pertanggungjawaban < tanggung jawab,
    ditindaklanjuti < tindak lanjut. Only circumfixed forms: a compound with one affix is
    written apart (bertanggung jawab)."""
    for form, suffix in _strip_end(word):
        if not suffix or not _suffix_allowed(form, suffix):
            continue
        for stem in _strip_start(form, suffix):
            for inner in (stem, *_strip_start(stem, suffix)):
                for cut in range(COMPOUND_PART, len(inner) - COMPOUND_PART + 1):
                    yield inner[:cut], inner[cut:]


def is_derived(
    word: str, known: Callable[[str], bool], is_root: Callable[[str], bool] | None = None
) -> bool:
    """True if lower-case `word` is an affixed form of a word that `known` accepts, or of a
    compound of two such words with prefix and suffix together (disalahgunakan). `is_root`
    tells a root word (pengaruh) from a derived one (pengecek) where the affixes depend on it."""
    if any(known(stem) for stem in stems(word, is_root)):
        return True
    return any(known(left) and known(right) for left, right in compound_stems(word))
