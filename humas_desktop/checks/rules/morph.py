"""Indonesian affixation, enough to derive the affixed forms of a word list mechanically.

The kata-baku pairs are written once as stems (praktek → praktik); the affixed forms a writer
actually types (dipraktekkan, mempraktekkan, prakteknya) are derived here by applying the same
affixes to both sides, with the meN-/peN- nasal rules of EYD V (k, p, t, s melt; clusters such
as kr, pr, tr, sp do not).
"""

from __future__ import annotations

VOWELS = frozenset("aeiou")


def _melts(stem: str) -> bool:
    return len(stem) > 1 and stem[1] in VOWELS


def men(stem: str) -> str:
    """meN- + stem: me(N)- with the nasal that fits the first sound (rubah → merubah,
    ubah → mengubah, sukses → menyukses, kritik → mengkritik)."""
    return _nasal("me", stem)


def pen(stem: str) -> str:
    """peN- + stem, same nasal rules as meN-."""
    return _nasal("pe", stem)


def _nasal(prefix: str, stem: str) -> str:
    first = stem[:1]
    if not first:
        return prefix
    if first in VOWELS or first in "gh":
        return prefix + "ng" + stem
    if first == "k":
        return prefix + "ng" + (stem[1:] if _melts(stem) else stem)
    if first == "p":
        return prefix + "m" + (stem[1:] if _melts(stem) else stem)
    if first in "bfv":
        return prefix + "m" + stem
    if first == "t":
        return prefix + "n" + (stem[1:] if _melts(stem) else stem)
    if first in "cdjz":
        return prefix + "n" + stem
    if first == "s":
        return prefix + "ny" + stem[1:] if _melts(stem) else prefix + "n" + stem
    return prefix + stem  # l m n r w y, ny, ng


# Stems after which ber- loses its r (bekerja, beternak, beserta, becermin).
_BE_STEMS = frozenset({"kerja", "ternak", "serta", "cermin", "pergian"})


def ber(stem: str) -> str:
    return ("be" if stem.startswith("r") or stem in _BE_STEMS else "ber") + stem


def ter(stem: str) -> str:
    return ("te" if stem.startswith("r") else "ter") + stem


# Derivations as functions of the stem; applied identically to the wrong and the right stem.
_DERIVATIONS = (
    lambda s: s,
    lambda s: s + "kan",
    lambda s: s + "i",
    lambda s: s + "an",
    lambda s: "di" + s,
    lambda s: "di" + s + "kan",
    lambda s: "di" + s + "i",
    lambda s: men(s),
    lambda s: men(s) + "kan",
    lambda s: men(s) + "i",
    lambda s: ber(s),
    lambda s: ber(s) + "an",
    lambda s: ter(s),
    lambda s: ter(s) + "kan",
    lambda s: pen(s),
    lambda s: pen(s) + "an",
    lambda s: "per" + s + "an",
    lambda s: "memper" + s,
    lambda s: "memper" + s + "kan",
    lambda s: "diper" + s,
    lambda s: "diper" + s + "kan",
    lambda s: "ke" + s + "an",
    lambda s: "se" + s,
)
_CLITICS = ("", "nya")
# Rarer clitics are stripped at lookup time instead of being derived (keeps the tables small).
LOOKUP_CLITICS = ("lah", "kah", "pun", "ku", "mu", "nya")


def unmelted(prefix: str, stem: str) -> str:
    """meN-/peN- + stem written without melting k, p, t, s (mentolerir, mengkoordinir)."""
    nasal = {"k": "ng", "p": "m", "t": "n", "s": "n"}.get(stem[:1])
    return prefix + nasal + stem if nasal else _nasal(prefix, stem)


def affixed_pairs(wrong: str, right: str) -> dict[str, str]:
    """Every derived wrong form mapped to the matching right form (the stems included).

    Writers who use a non-standard stem often skip the nasal melting too (mentolerir), so the
    unmelted meN-/peN- forms of the wrong stem are mapped as well."""
    pairs: dict[str, str] = {}
    for derive in _DERIVATIONS:
        w, r = derive(wrong), derive(right)
        if w == r:
            continue
        for clitic in _CLITICS:
            pairs.setdefault(w + clitic, r + clitic)
    for prefix, nasal in (("me", men), ("pe", pen)):
        w_raw = unmelted(prefix, wrong)
        r_full = nasal(right)
        for suffix in ("", "kan", "i", "an"):
            if prefix == "pe" and suffix not in ("", "an"):
                continue
            if prefix == "me" and suffix == "an":
                continue
            if w_raw == r_full:
                continue
            for clitic in _CLITICS:
                pairs.setdefault(w_raw + suffix + clitic, r_full + suffix + clitic)
    return pairs


def clitic_forms(wrong: str, right: str) -> dict[str, str]:
    """Only the clitic -nya (others are stripped at lookup): for words that take no affixes."""
    return {wrong + c: right + c for c in _CLITICS}
