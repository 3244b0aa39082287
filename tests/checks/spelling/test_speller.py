"""The spelling stack with the real Hunspell id_ID dictionary and the shipped lexicon."""

from __future__ import annotations

import pytest

from humas_desktop.checks.spelling import Lexicon, Speller, Status
from humas_desktop.checks.tokens import tokenize


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.fixture(scope="module")
def speller(lexicon: Lexicon) -> Speller:
    return Speller(lexicon=lexicon, nonstandard={"praktek", "merubah", "workshop"})


@pytest.mark.parametrize(
    "word",
    [
        # affixed forms the dictionary misses, also capitalised in headlines
        "digelar", "difasilitasi", "diproduksi", "ujarnya", "pungkasnya", "Tandasnya",
        "Tingkatkan", "Optimalkan", "Ingatkan", "Perkuat", "instansinya", "kompetensinya",
        "menyukseskan", "keberhasilan", "memberdayakan", "dilaksanakannya", "bacalah",
        # reduplication and hyphenated forms
        "langkah-langkah", "konten-konten", "sebaik-baiknya", "berhati-hati", "hal-hal",
        "ASN-nya", "se-Indonesia", "non-ASN", "Diskominfo-SP",
        # official abbreviations and government terms, any case
        "Pemprov", "Pemkab", "Pemkot", "OPD", "ASN", "PPID", "BUMN", "BUMD", "Plt", "Pj",
        "WIB", "Setda", "Kemendagri", "rakor", "Rakor", "tupoksinya", "medsos", "prokes",
        # standard words Hunspell lacks, day names, places
        "hoaks", "literasi", "teritori", "instruksi", "Selasa", "Makassar", "Sulawesi",
        # numbers and words with digits
        "Covid-19", "G20",
    ],
)
def test_known_words(speller: Speller, word: str) -> None:
    assert speller.status(word) is Status.KNOWN, word


@pytest.mark.parametrize(
    "word", ["penyelengaraan", "memafaatkan", "kesempat", "denga", "umpang", "intruksi",
             "staring", "realese", "penyelenggaran"],
)
def test_typos_are_unknown(speller: Speller, word: str) -> None:
    assert speller.status(word) is Status.UNKNOWN


@pytest.mark.parametrize("word", ["pemerdayaan", "sedankan", "diwali", "mengalakan"])
def test_affixed_parses_of_dropped_letter_slips_are_typos(speller: Speller, word: str) -> None:
    assert speller.status(word) is Status.UNKNOWN


@pytest.mark.parametrize("word", ["tegasnya", "didata", "penyisiran", "antardesa", "XI"])
def test_real_forms_near_other_words_stay_known(speller: Speller, word: str) -> None:
    assert speller.status(word) is Status.KNOWN


@pytest.mark.parametrize("word", ["Sukarniaty", "SUKARNIATY", "MMCKalteng", "Darliansjah"])
def test_unknown_capitalised_words_are_names(speller: Speller, word: str) -> None:
    assert speller.status(word) is Status.NAME


@pytest.mark.parametrize(
    ("word", "prev", "nxt", "best"),
    [
        ("denga", "berkaitan", "masalah", "dengan"),
        ("kesempat", "memafaatkan", "ini", "kesempatan"),
        ("umpang", "dan", "balik", "umpan"),
        ("intruksi", "dengan", "gubernur", "instruksi"),
        ("penyelengaraan", "tugas", "kehumasan", "penyelenggaraan"),
        ("memafaatkan", "bisa", "kesempatan", "memanfaatkan"),
        ("penyelenggaran", "dan", "pemerintahan", "penyelenggaraan"),
        ("Pemrov", "Lingkup", "Sulsel", "Pemprov"),
        ("staring", "titik", "point", "starting"),
        ("realese", "press", "mengandung", "release"),
    ],
)
def test_first_suggestion(speller: Speller, word: str, prev: str, nxt: str, best: str) -> None:
    assert speller.suggest(word, prev, nxt)[0] == best


def test_neighbouring_word_changes_the_ranking(speller: Speller) -> None:
    assert speller.suggest("umpang", "dan", "balik")[0] == "umpan"
    assert speller.suggest("umpang", "", "")[0] != "" and "umpan" in speller.suggest("umpang")


def test_check_reports_typos_with_offsets_and_skips_names(speller: Speller) -> None:
    text = "Kepala Dinas Sukarniaty Kondolele berkaitan denga masalah umpang balik."
    findings = speller.check(tokenize(text), "id")
    typos = [(text[f.start : f.end], f.suggestions[0]) for f in findings if f.category == "typo"]
    assert typos == [("denga", "dengan"), ("umpang", "umpan")]
    infos = [text[f.start : f.end] for f in findings if f.rule == "spelling.unknown_name"]
    assert infos == ["Sukarniaty", "Kondolele"]
    assert all(f.severity == "info" and f.category == "style" for f in findings
               if f.rule == "spelling.unknown_name")


def test_capitalised_slip_of_an_institution_is_a_typo(speller: Speller) -> None:
    text = "Humas Perangkat Daerah Lingkup Pemrov Sulsel hadir."
    findings = speller.check(tokenize(text), "id")
    assert [(text[f.start : f.end], f.category, f.suggestions[0]) for f in findings] == [
        ("Pemrov", "typo", "Pemprov")
    ]


def test_nonstandard_words_are_left_to_the_rules(speller: Speller) -> None:
    findings = speller.check(tokenize("Ikuti workshop dan praktek merubah pola."), "id")
    assert findings == []
    assert not speller.is_word("praktek") and not speller.is_word("merubah")
    assert speller.is_word("praktik") and speller.is_word("mengubah")


def test_glossary_and_user_words(lexicon: Lexicon) -> None:
    sp = Speller(lexicon=lexicon, glossary=["Sukarniaty Kondolele"], user_words=["siplah"])
    assert sp.status("Sukarniaty") is Status.KNOWN and sp.in_glossary("kondolele")
    assert sp.status("siplah") is Status.KNOWN
    # a slip of a glossary name is caught and corrected
    text = "Kepala dinas, Sukarniati Kondolele, hadir."
    findings = sp.check(tokenize(text), "en")
    assert [(text[f.start : f.end], f.suggestions[0]) for f in findings] == [
        ("Sukarniati", "Sukarniaty")
    ]
    assert findings[0].message == "Possible typo: “Sukarniati”."
    sp.add_user_words(["umpang"])
    assert sp.status("umpang") is Status.KNOWN


def test_context_knowledge_for_rules(speller: Speller) -> None:
    assert speller.knows_stem("era") and speller.knows_stem("dasar")
    assert not speller.knows_stem("didasari")
    assert speller.is_word("didasari") and speller.is_word("setiap")
    assert speller.in_dictionary("rumah") and not speller.in_dictionary("digelar")
    assert speller.frequency("dengan") > speller.frequency("kesempatan") > 0


def test_words_hunspell_cannot_encode_do_not_crash(speller: Speller) -> None:
    text = "Kota ДОБРО 日本語 مرحبا café naïve 😀 akhir"
    findings = speller.check(tokenize(text), "id")
    for f in findings:
        assert f.category in ("typo", "style")
    assert speller.suggest("ДОБРО") == () or isinstance(speller.suggest("ДОБРО"), tuple)


def test_title_case_headline_typos_are_caught(speller: Speller) -> None:
    text = "Pemkab Gowa Resmikan Jembatn Penghubung Antardesa"
    findings = speller.check(tokenize(text), "id")
    typos = [(text[f.start : f.end], f.suggestions[0]) for f in findings if f.category == "typo"]
    assert typos == [("Jembatn", "Jembatan")]
    # the same capitalised slip inside a sentence reads as a name
    sentence = "Warga bertemu Jembatn di balai desa."
    assert not [f for f in speller.check(tokenize(sentence), "id") if f.category == "typo"]


def test_real_release_forms(speller: Speller) -> None:
    text = (
        "Fungsi (Tupoksi)-nya publikasi. Warga menyampaikan unek-uneknya. "
        "Simbolisasi dan mendiseminasikan informasi. Kepala Dinas Aldy Setiwan hadir. "
        "Faktor multidimensional dan institusional."
    )
    typos = [f for f in speller.check(tokenize(text), "id") if f.category == "typo"]
    assert typos == []
    assert speller.status("konten-kontne") is Status.UNKNOWN  # a slip breaks reduplication


def test_foreign_words_can_still_be_suggested(lexicon: Lexicon) -> None:
    sp = Speller(lexicon=lexicon, nonstandard={"stunting", "workshop", "praktek"})
    assert sp.suggest("stungting")[0] == "stunting"
    assert "praktek" not in sp.suggest("praktk")


def _spelling(speller: Speller, text: str) -> list[tuple[str, str, str]]:
    return [
        (text[f.start : f.end], f.category, f.severity) for f in speller.check(tokenize(text))
    ]


def test_regional_terms_are_known_and_risky_ones_only_inside_their_term(
    speller: Speller,
) -> None:
    for word in ("keuchik", "gampong", "pecalang", "nagari", "tahfiz", "ondoafi", "ta’aruf"):
        assert speller.status(word) is Status.KNOWN, word
    assert speller.status("keuchiknya") is Status.KNOWN  # affixed regional word
    # samua is one letter from semua: accepted only inside "torang samua basudara"
    assert _spelling(speller, "Semboyan torang samua basudara dijaga.") == []
    assert [c for _, c, _ in _spelling(speller, "Warga samua hadir.")] == ["typo"]


def test_unclear_unknown_words_are_info_not_typos(speller: Speller) -> None:
    # no frequent word is one slip away: a regional or specialist term, not a typo
    assert _spelling(speller, "Warga menanam pohon ngalumbuk di kebun.") == [
        ("ngalumbuk", "style", "info")
    ]
    # a dropped, doubled or swapped letter of a frequent word stays a typo
    for slip in ("masyarkat", "pesserta", "kesehtan", "pelatiahn"):
        assert _spelling(speller, f"Para {slip} hadir.") == [(slip, "typo", "error")]


def test_names_one_changed_letter_from_a_word_are_not_typos(speller: Speller) -> None:
    text = "Ketua panitia Parlindungan Lumban dan Elisabeth hadir."
    assert all(cat != "typo" for _, cat, _ in _spelling(speller, text))
    # a short sentence-initial slip of a function word is a typo
    assert ("Denga", "typo", "error") in _spelling(speller, "Denga demikian acara selesai.")


@pytest.mark.parametrize(
    ("word", "best"),
    [("pemberiaan", "pemberian"), ("keposyandu", "ke Posyandu"), ("kesekolah", "ke sekolah")],
)
def test_doubled_letters_and_glued_prepositions_rank_first(
    speller: Speller, word: str, best: str
) -> None:
    assert speller.suggest(word)[0] == best


def test_dropped_letters_outrank_a_glued_preposition(speller: Speller) -> None:
    assert speller.suggest("kesempat", "pada", "ini")[:2] == ("kesempatan", "ke sempat")


def test_headquarters_of_known_units_and_institution_slips(speller: Speller) -> None:
    for word in ("Mapolres", "Mapolda", "Makodim", "Mako"):
        assert speller.status(word) is Status.KNOWN, word
    assert speller.status("Mapolris") is Status.NAME
    # a changed letter of an institution name is another name, a dropped one a slip
    text = "Rombongan tiba di Samrat lalu ke Pemrov."
    assert [(w, c) for w, c, _ in _spelling(speller, text) if c == "typo"] == [("Pemrov", "typo")]


def test_unlikely_edits_need_a_frequent_word(speller: Speller) -> None:
    # a changed letter far from the intended key, of a word that is not common: a term
    assert not speller.confident_slip("mubeng")
    # a neighbouring key, a dropped letter, a swap: slips
    for slip in ("komiditas", "kabupten", "infalsi"):
        assert speller.confident_slip(slip), slip


def test_english_names_and_prepositions_before_figures(speller: Speller) -> None:
    assert _spelling(speller, "Data Annual Parasite Incidence turun.") == []
    text = "Inflasi berada diangka 2,5 persen."
    (finding,) = speller.check(tokenize(text))
    assert finding.suggestions[0] == "di angka"


def test_swapped_and_doubled_letters_that_happen_to_parse_are_slips(speller: Speller) -> None:
    for slip in ("Kegaitan", "Bupatii", "pesertaa"):
        assert speller.status(slip) is not Status.KNOWN, slip
    assert _spelling(speller, "Kegaitan ini dibuka bupati.") == [("Kegaitan", "typo", "error")]
    assert speller.suggest("tampa")[0] == "tanpa"  # the neighbouring key


def test_two_common_words_run_together(speller: Speller) -> None:
    assert _spelling(speller, "Program jaminansosial berjalan.") == [
        ("jaminansosial", "typo", "error")
    ]
    assert speller.suggest("jaminansosial")[0] == "jaminan sosial"
    assert speller.suggest("daribtahun")[0] == "dari tahun"  # b hit instead of the space bar
    # a regional word is not cut into chance pieces
    assert _spelling(speller, "Warga menggelar sasirangan dan mappalili.") == []


def test_far_key_first_letter_change_of_a_middling_word_is_info(speller: Speller) -> None:
    # jukung (a boat) is dukung with a far key for the first letter: another word as often
    # as a slip, so only a hint; a near key or a very common word stays a typo
    assert _spelling(speller, "Kami kirimkan jukung dan perahu karet.") == [
        ("jukung", "style", "info")
    ]
    assert _spelling(speller, "Rapat tingkat raerah.")[0][1] == "typo"  # daerah is very common
    assert _spelling(speller, "Kami sukung program itu.")[0][1] == "typo"  # s beside d


def test_names_in_contact_lines_and_before_degrees_are_not_typos(speller: Speller) -> None:
    # Libang is one letter from Litbang, and a Title Case line looks like a headline
    assert all(c != "typo" for _, c, _ in _spelling(speller, "Agustinus Libang, S.Kom."))
    assert all(
        c != "typo" for _, c, _ in _spelling(speller, "Narahubung: Agustinus Libang 081234567890")
    )
    # the same word in a title-case headline stays a slip of the institution
    assert ("Libang", "typo", "error") in _spelling(speller, "Kepala Libang Kabupaten Hadir")


def test_a_dropped_two_letter_sound_outranks_a_changed_letter(speller: Speller) -> None:
    # ng, ny, sy, kh are one sound: dropping it is one slip (pengusi → pengungsi, not pengisi)
    assert speller.suggest("pengusi")[0] == "pengungsi"
    assert speller.suggest("peyakit")[0] == "penyakit"
