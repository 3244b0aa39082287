from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from humas_desktop.checks.tokens import Kind, paragraph_spans, tokenize


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind.value) for t in tokenize(text).tokens]


def test_words_keep_hyphens_clitics_and_apostrophes() -> None:
    got = kinds("langkah-langkah ASN-nya se-Indonesia Jum'at Diskominfo-SP M.Si")
    assert got == [
        ("langkah-langkah", "word"),
        ("ASN-nya", "word"),
        ("se-Indonesia", "word"),
        ("Jum'at", "word"),
        ("Diskominfo-SP", "word"),
        ("M.Si", "word"),
    ]


def test_numbers_ordinals_urls_emails_hashtags_mentions() -> None:
    text = (
        "ke-3 Rp5.000 2,5 10.30 (28/11) 2020-an https://sulselprov.go.id/berita, "
        "www.x.id humas@kominfo.go.id #HumasSulsel @pemprovsulsel bipol.co-Peran"
    )
    got = [(t.text, t.kind) for t in tokenize(text).tokens if t.kind is not Kind.PUNCT]
    assert got == [
        ("ke-3", Kind.ORDINAL),
        ("Rp", Kind.WORD),
        ("5.000", Kind.NUMBER),
        ("2,5", Kind.NUMBER),
        ("10.30", Kind.NUMBER),
        ("28/11", Kind.NUMBER),
        ("2020-an", Kind.NUMBER),
        ("https://sulselprov.go.id/berita", Kind.URL),
        ("www.x.id", Kind.URL),
        ("humas@kominfo.go.id", Kind.EMAIL),
        ("#HumasSulsel", Kind.HASHTAG),
        ("@pemprovsulsel", Kind.MENTION),
        ("bipol.co", Kind.URL),
        ("Peran", Kind.WORD),
    ]


def test_sentences_respect_abbreviations_and_quotes() -> None:
    doc = tokenize(
        "Kepala Dislutkan Prov. Kalteng H. Darliansjah hadir. Acara dll. Selesai pukul 10.30. "
        "“Bagus sekali.” Ia pulang! dijelaskan bahwa itu benar"
    )
    sentences = [s.text(doc) for s in doc.sentences]
    assert sentences == [
        "Kepala Dislutkan Prov. Kalteng H. Darliansjah hadir.",
        "Acara dll.",
        "Selesai pukul 10.30.",
        "“Bagus sekali.”",
        "Ia pulang!",
        "dijelaskan bahwa itu benar",
    ]
    first = doc.sentences[5].first_token
    assert doc.is_sentence_start(first)
    assert not doc.is_sentence_start(first + 1)


def test_paragraphs_split_on_any_line_break_and_skip_blank_lines() -> None:
    text = "Judul\r\n\r\nSatu. Dua.\nTiga\u2029Empat\n   \n"
    doc = tokenize(text)
    assert [p.text(doc) for p in doc.paragraphs] == ["Judul", "Satu. Dua.", "Tiga", "Empat"]
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["Judul", "Satu. Dua.", "Tiga", "Empat"]
    assert [t.paragraph for t in doc.tokens if t.text == "Tiga"] == [2]


def test_empty_and_whitespace() -> None:
    assert tokenize("").tokens == ()
    assert tokenize(" \n\t\r\n ").paragraphs == ()


def test_mixed_scripts_emoji_and_control_characters() -> None:
    text = "Halo 😀 dunia\x00\x07 ДОБРО пожаловать 日本語 مرحبا\ufeff akhir"
    doc = tokenize(text)
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
    words = [t.text for t in doc.words]
    assert words[:2] == ["Halo", "dunia"]
    assert "ДОБРО" in words and "akhir" in words


def test_five_megabytes_tokenizes_with_right_offsets() -> None:
    unit = "Pemprov Sulsel menggelar rakor, Selasa (28/11).\r\n"
    text = unit * (5_000_000 // len(unit))
    doc = tokenize(text)
    assert len(doc.paragraphs) == text.count("\r\n")
    last = doc.tokens[-1]
    assert text[last.start : last.end] == last.text == "."


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_every_token_points_at_its_text(text: str) -> None:
    doc = tokenize(text)
    previous_end = 0
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
        assert tok.start >= previous_end
        assert not tok.text.isspace()
        previous_end = tok.end
    for span in (*doc.sentences, *doc.paragraphs):
        assert 0 <= span.start < span.end <= len(text)
        assert doc.tokens[span.first_token].start == span.start
        assert doc.tokens[span.end_token - 1].end == span.end


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_binary_garbage_decoded_leniently_does_not_break(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace") + data.decode("latin-1")
    doc = tokenize(text)
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text


def test_pathological_runs_tokenize_completely() -> None:
    # runs that would make a careless tokenizer quadratic (each start rescanning the run)
    for unit in ("-", ".", "+", "_", "@", "x@", "1-", "“", "a.b-", "www."):
        text = unit * (100_000 // len(unit))
        doc = tokenize(text)
        assert doc.tokens[-1].end == len(text)
        assert "".join(t.text for t in doc.tokens) == text


def test_digits_glued_to_letters_stay_one_token() -> None:
    got = [t.text for t in tokenize("12km 2020an G20 3G").tokens]
    assert got == ["12km", "2020an", "G20", "3G"]


def test_hard_wrapped_lines_continue_the_paragraph() -> None:
    from humas_desktop.checks.tokens import paragraph_spans

    text = "Bupati meminta seluruh warga\nuntuk hadir.\n\nJudul Baru\nIsi berikutnya."
    doc = tokenize(text)
    assert [text[p.start : p.end] for p in doc.paragraphs] == [
        "Bupati meminta seluruh warga\nuntuk hadir.",
        "Judul Baru",
        "Isi berikutnya.",
    ]
    assert next(text[a:b] for a, b in paragraph_spans(text)).endswith("hadir.")
    # a line ending in sentence punctuation stays a paragraph of its own
    assert len(tokenize("Rapat selesai.\nlalu pulang").paragraphs) == 2


def test_abbreviation_stop_before_a_comma_ends_no_sentence() -> None:
    doc = tokenize("Hadir Andi, S.IP., bersama jajaran. Acara usai.")
    assert len(doc.sentences) == 2


def test_list_items_are_not_joined_as_wrapped_lines() -> None:
    text = "a. pembangunan jalan desa\nb. rehabilitasi rumah warga"
    assert len(tokenize(text).paragraphs) == 2
