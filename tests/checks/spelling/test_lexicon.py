from __future__ import annotations

from humas_desktop.checks.spelling import Lexicon
from humas_desktop.resources import resource_path


def test_shipped_lexicon_is_large_and_has_expansions() -> None:
    lex = Lexicon.load()
    assert len(lex.abbreviations) >= 500
    for term in ("pemprov", "diskominfo", "opd", "asn", "ppid", "bumd", "plt", "pj", "wib",
                 "setda", "kemendagri", "rakor", "tupoksi", "sulsel", "kalteng"):
        assert lex.expansion(term), term
    assert lex.expansion("Pemprov") == "Pemerintah Provinsi"
    assert lex.abbreviations["pemprov"][0] == "Pemprov"
    assert {"selasa", "hoaks", "literasi"} <= lex.words
    assert "sulawesi" in lex.words and "Palangka Raya" in lex.places
    assert ("umpan", "balik") in lex.phrases
    assert lex.frequency["dengan"] > 6 and "instruksi" in lex.accepted
    assert "workshop" in lex.foreign and "objective" in lex.english
    assert "staring" not in lex.english  # one slip from "starting": stays a typo


def test_derived_data_files_carry_their_licence() -> None:
    for name in ("frekuensi.tsv", "inggris.txt"):
        head = resource_path("lexicon", name).read_text(encoding="utf-8")[:600]
        assert "wordfreq" in head and "CC-BY-SA-4.0" in head, name
