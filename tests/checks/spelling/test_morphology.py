from __future__ import annotations

from humas_desktop.checks.spelling.morphology import is_derived, stems


def test_stems_undo_prefixes_suffixes_and_clitics() -> None:
    assert "gelar" in set(stems("digelar"))
    assert "sukses" in set(stems("menyukseskan"))
    assert "tulis" in set(stems("menulis"))
    assert "pakai" in set(stems("memakai"))
    assert "kirim" in set(stems("mengirim"))
    assert "ambil" in set(stems("mengambil"))
    assert "hasil" in set(stems("keberhasilan"))
    assert "pungkas" in set(stems("pungkasnya"))
    assert "tingkat" in set(stems("tingkatkan"))


def test_ke_needs_an_and_stems_need_three_letters() -> None:
    assert "sempat" not in set(stems("kesempat"))
    assert "sempat" in set(stems("kesempatan"))
    assert all(len(s) >= 3 for s in stems("diakan"))


def test_is_derived_asks_the_given_lexicon() -> None:
    known = {"gelar", "sukses", "fasilitas"}.__contains__
    assert is_derived("digelar", known)
    assert is_derived("menyukseskan", known)
    assert not is_derived("mensukseskan", known)  # meN- + s melts to meny-
    assert not is_derived("memafaatkan", known)


def test_impossible_affix_pairs_and_circumfixed_compounds() -> None:
    from humas_desktop.checks.spelling import Lexicon, Speller, Status

    sp = Speller(lexicon=Lexicon.load())
    # peN- with -kan and meN-/di- with -an are slips of pe-an and -kkan
    for slip in ("pengecekkan", "menunjukan", "pengecekkannya"):
        assert sp.status(slip) is Status.UNKNOWN, slip
    # roots that merely look prefixed still take the suffix
    for word in ("pengaruhi", "pentingkan", "perbaiki", "pertahankan"):
        assert sp.status(word) is Status.KNOWN, word
    # a compound with prefix and suffix together is written joined
    for word in ("disalahgunakan", "penyalahgunaan", "ditindaklanjuti", "dialihfungsikan",
                 "dikembangbiakkan", "pertanggungjawaban"):
        assert sp.status(word) is Status.KNOWN, word
    assert sp.suggest("menunjukan")[0] == "menunjukkan"
    assert sp.suggest("pengecekkan")[0] == "pengecekan"
