"""The Checker over the real dictionary, lexicon and rule packs."""

from __future__ import annotations

from datetime import date

import pytest

from humas_desktop.checks.engine import Checker, default_checker
from humas_desktop.checks.finding import Finding
from humas_desktop.model.release import Block, Quote, Run, new_release

TEXT = (
    "Pemprov Sulsel Gelar Rakor Kehumasan\r\n"
    "\r\n"
    "MAKASSAR – Pemerintah Provinsi Sulawesi Selatan menggelar rapat koordinasi denga seluruh "
    "humas OPD di Kantor Gubernur, Selasa (28/11/2023).\r\n"
    "Kepala Diskominfo Sukarniaty Kondolele meminta umpang balik dari masyarakat. "
    "Sukarniaty juga meminta ASN-nya aktif.\r\n"
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def spans(text: str, findings: list[Finding], category: str | None = None) -> list[str]:
    return [text[f.start : f.end] for f in findings if category in (None, f.category)]


def test_findings_point_at_the_words_and_are_sorted(checker: Checker) -> None:
    findings = checker.check(TEXT, lang="id")
    assert spans(TEXT, findings, "typo") == ["denga", "umpang"]
    assert findings == sorted(findings, key=Finding.sort_key)
    typo = next(f for f in findings if f.category == "typo")
    assert typo.suggestions[0] == "dengan" and typo.severity == "error"
    assert "denga" in typo.message


def test_messages_follow_the_language(checker: Checker) -> None:
    ours = [f for f in checker.check(TEXT, lang="en") if f.rule == "spelling.typo"]
    assert ours[0].message == "Possible typo: “denga”."
    ours = [f for f in checker.check(TEXT, lang="id") if f.rule == "spelling.typo"]
    assert ours[0].message == "Kemungkinan salah ketik: “denga”."


def test_one_hint_per_unknown_name(checker: Checker) -> None:
    names = [f for f in checker.check(TEXT) if f.rule == "spelling.unknown_name"]
    assert spans(TEXT, names) == ["Sukarniaty", "Kondolele"]


def test_one_character_edit_rechecks_only_that_paragraph() -> None:
    checker = Checker()
    calls: list[str] = []
    real = checker.speller.check

    def counting(doc, lang=None):  # type: ignore[no-untyped-def]
        calls.append(doc.text)
        return real(doc, lang)

    checker.speller.check = counting  # type: ignore[method-assign]
    checker.check(TEXT)
    assert len(calls) == 3
    calls.clear()
    edited = TEXT.replace("umpang", "umpan")
    findings = checker.check(edited)
    assert len(calls) == 1 and "umpan balik" in calls[0]
    assert spans(edited, findings, "typo") == ["denga"]
    calls.clear()
    checker.check(edited)
    assert calls == []


def test_office_switches_rules_off_by_id() -> None:
    full = Checker().check(TEXT)
    other = sorted({f.rule for f in full if not f.rule.startswith("spelling.")})
    off = {"spelling.typo", *other[:1]}
    reduced = Checker(disabled=off).check(TEXT)
    assert not any(f.rule in off for f in reduced)
    assert any(f.rule == "spelling.unknown_name" for f in reduced)


def test_glossary_and_user_words_silence_names_and_words() -> None:
    checker = Checker(glossary=["Sukarniaty Kondolele"], user_words=["umpang"])
    findings = checker.check(TEXT)
    assert spans(TEXT, findings, "typo") == ["denga"]
    assert not [f for f in findings if f.rule == "spelling.unknown_name"]
    checker.add_user_words(["denga"])
    assert spans(TEXT, checker.check(TEXT), "typo") == []


def test_release_year_feeds_the_news_date_check(checker: Checker) -> None:
    body = (Block.plain("Rapat digelar di Makassar, Selasa (28/11)."),)
    right = new_release(title="Rapat", body=body, release_date=date(2023, 11, 28))
    wrong = new_release(title="Rapat", body=body, release_date=date(2024, 11, 28))
    text = right.full_text()
    date_span = (text.index("Selasa"), text.index(")") + 1)

    def near_date(findings: list[Finding]) -> list[Finding]:
        return [f for f in findings if f.start < date_span[1] and date_span[0] < f.end]

    assert near_date(checker.check_release(right)) == []
    assert near_date(checker.check_release(wrong))


def test_context_offers_the_spelling_stack(checker: Checker) -> None:
    ctx = checker.context(year=2023, lang="en")
    assert ctx.is_word("difasilitasi") and ctx.is_word("Tingkatkan") and ctx.is_word("ASN")
    assert not ctx.is_word("denga")
    assert ctx.knows_stem("era") and not ctx.knows_stem("diera")
    assert ctx.year == 2023 and ctx.lang == "en"
    assert ctx.message("check.spelling.typo", word="x") == "Possible typo: “x”."
    assert default_checker() is default_checker()
    assert checker.expansion("PPID") == "Pejabat Pengelola Informasi dan Dokumentasi"
    assert checker.expansion("kucing") is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \r\n\r\n  ",
        "\x00\x01\x02 denga \x1b[31m umpang \x7f",
        "😀😀 denga 👍🏽 umpang 🇮🇩",
        "Ваш denga тест 日本語 umpang عربى",
        "a\rdenga\r\numpang\n",
        "\ufeffdenga\u200b umpang\u00a0",
    ],
)
def test_bad_input_keeps_offsets_right(checker: Checker, text: str) -> None:
    findings = checker.check(text)
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
    typos = spans(text, findings, "typo")
    if "denga" in text:
        assert "denga" in typos
    if "umpang" in text:
        assert "umpang" in typos


def test_binary_garbage_and_five_megabytes(checker: Checker) -> None:
    garbage = bytes(range(256)).decode("latin-1") * 50
    for f in checker.check(garbage):
        assert 0 <= f.start < f.end <= len(garbage)
    paragraphs = [f"Paragraf {i}: rapat koordinasi denga humas OPD ke-{i}." for i in range(300)]
    unit = "\r\n".join(paragraphs) + "\r\n"
    big = unit * (5_000_000 // len(unit) + 1)
    assert len(big) >= 5_000_000
    findings = checker.check(big)
    typos = [f for f in findings if f.category == "typo"]
    assert len(typos) == big.count("denga")
    assert all(big[f.start : f.end] == "denga" for f in typos)


def test_italic_words_in_a_release_are_not_typos(checker: Checker) -> None:
    body = (
        Block.plain("Pembukaan acara."),
        Block(runs=(Run("Warga menggelar tradisi "), Run("upacaraa", italic=True),
                    Run(" bersama humas denga meriah."))),
    )
    release = new_release(title="Tradisi", subtitle="Budaya", body=body,
                          quotes=(Quote("A", "B", "Lestarikan budaya."),))
    text = release.full_text()
    typos = [text[f.start : f.end] for f in checker.check(text) if f.category == "typo"]
    assert typos == ["upacaraa", "denga"]
    typos = [text[f.start : f.end] for f in checker.check_release(release)
             if f.category == "typo"]
    assert typos == ["denga"]


def test_one_finding_per_word_when_a_rule_explains_the_unknown_word(checker: Checker) -> None:
    text = "Kepala desa segera berkoordinasi kepihak kecamatan."
    findings = [f for f in checker.check(text) if text[f.start : f.end] == "kepihak"]
    assert len(findings) == 1
    assert findings[0].category == "di_ke" and findings[0].suggestions[0] == "ke pihak"
    assert len(findings[0].suggestions) > 1  # the typo check's ideas follow the rule's


def test_checks_from_two_threads_agree_with_one() -> None:
    import threading

    checker = Checker()
    texts = [TEXT.replace("denga", f"denga{'x' * i}") for i in range(8)]
    expected = [Checker().check(t) for t in texts]
    results: dict[int, list[Finding]] = {}

    def run(i: int) -> None:
        results[i] = checker.check(texts[i])

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(len(texts))] == expected


def test_foreign_and_unknown_term_advice_once_per_document(checker: Checker) -> None:
    text = (
        "Program stunting berjalan. Kasus stunting turun.\n\n"
        "Angka Stunting terus ditekan bersama kader ngalumbuk dan ngalumbuk lain."
    )
    found = checker.check(text)
    foreign = [text[f.start : f.end] for f in found if f.category == "foreign"]
    assert foreign == ["stunting"]
    unknown = [f for f in found if f.rule == "spelling.unknown_word"]
    assert len(unknown) == 1


def test_words_inside_a_foreign_phrase_and_abbreviation_case(checker: Checker) -> None:
    text = "Sosialisasi dilakukan secara door to door pukul 09.00 Wib bersama dprd."
    found = [(text[f.start : f.end], f.rule, f.suggestions[:1]) for f in checker.check(text)]
    assert ("to", "spelling.typo", ("tol",)) not in found
    assert ("Wib", "spelling.abbreviation_case", ("WIB",)) in found
    assert ("dprd", "spelling.abbreviation_case", ("DPRD",)) in found
    # a title-case word with vowels is a name (Han, Kai), not a mistyped abbreviation
    names = checker.check("Hadir pula Han dan Kai.")
    assert all(f.rule != "spelling.abbreviation_case" for f in names)


def test_suggestions_follow_the_writers_apostrophe(checker: Checker) -> None:
    curly = "Lomba tilawah Alquran digelar. Peserta fahmil Qur’an hadir."
    found = [f for f in checker.check(curly) if f.rule == "baku.kata"]
    assert found and found[0].suggestions[0] == "Al-Qur’an"
    straight = "Lomba tilawah Alquran digelar. Peserta fahmil Qur'an hadir."
    found = [f for f in checker.check(straight) if f.rule == "baku.kata"]
    assert found and found[0].suggestions[0] == "Al-Qur'an"


@pytest.mark.parametrize(
    "text",
    [
        "Turut hadir Ny. Romauli br. Sitorus, Kepala Dinas Kesehatan.",
        "Jalan itu masih berupa jalan tanah dan sirtu.",
        "Pekerjaan rabat beton dan bronjong selesai.",
    ],
)
def test_batak_boru_and_construction_terms_are_words(checker: Checker, text: str) -> None:
    hard = {"typo", "nonstandard", "di_ke", "compound", "capital", "punct"}
    assert [f for f in checker.check(text) if f.category in hard] == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [("bedug", "beduk"), ("kendor", "kendur"), ("paska", "pasca"), ("terlantar", "telantar")],
)
def test_common_nonstandard_pairs(checker: Checker, wrong: str, right: str) -> None:
    found = [f for f in checker.check(f"Kata {wrong} dipakai.") if f.rule == "baku.kata"]
    assert found and found[0].suggestions[0] == right


QUOTE_TEXT = (
    "Kami mengajak seluruh warga, khususnya para orang tua, untuk rutin membawa anak ke "
    "posyandu setiap bulan"
)


@pytest.mark.parametrize("field", ["quote", "quotes:0", "quotes:12", "title"])
def test_quote_text_needs_no_final_full_stop(checker: Checker, field: str) -> None:
    # a quote's text is set into the body as “…,” before its attribution
    assert checker.check_paragraph(QUOTE_TEXT, field=field) == ()
    assert [f.rule for f in checker.check(QUOTE_TEXT, field=field)] == []


@pytest.mark.parametrize("field", [None, "body", "lead", "photos:0", "caption", "unknown"])
def test_body_paragraphs_and_captions_keep_the_full_stop_rule(
    checker: Checker, field: str | None
) -> None:
    found = checker.check_paragraph(QUOTE_TEXT, field=field)
    assert [f.rule for f in found] == ["kalimat.titik-akhir"]


def test_check_release_treats_quote_texts_as_quotes(checker: Checker) -> None:
    release = new_release(
        title="Posyandu",
        body=(Block.plain("Bupati meninjau posyandu di Desa Maju, Senin (27/11/2023)."),),
        quotes=(Quote("Andi", "Bupati", QUOTE_TEXT),),
        release_date=date(2023, 11, 28),
    )
    assert [f.rule for f in checker.check_release(release)] == []
    # the same words as a body paragraph still lack their full stop
    as_body = new_release(title="Posyandu", body=(Block.plain(QUOTE_TEXT),))
    assert [f.rule for f in checker.check_release(as_body)] == ["kalimat.titik-akhir"]


def test_words_inside_a_joining_fix_are_not_reported_twice(checker: Checker) -> None:
    text = "Warga di himbau untuk hadir. Hasilnya di tindaklanjuti. Anak menari nari."
    found = checker.check(text, lang="id")
    assert [(text[f.start : f.end], f.suggestions[0]) for f in found] == [
        ("di himbau", "diimbau"),
        ("di tindaklanjuti", "ditindaklanjuti"),
        ("menari nari", "menari-nari"),
    ]


def test_unknown_names_and_words_are_hints_not_hard_errors(checker: Checker) -> None:
    # the quality harness counts every finding of a hard category (typo included) as a false
    # alarm when it is no error: unknown names stay `style` hints
    found = checker.check("Kepala desa Sukarniaty Kondolele hadir di gampong Lamteh.", lang="id")
    hints = [f for f in found if f.rule.startswith("spelling.unknown")]
    assert hints and {(f.category, f.severity) for f in hints} == {("style", "info")}
