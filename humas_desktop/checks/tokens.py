"""Tokens, sentences and paragraphs of a text, each with its offsets in that text.

Every layer of the checker (spelling, the style rule packs, the editor's underlines) works on the
same segmentation, so a finding's span means the same thing everywhere. Offsets are Python string
indices; nothing is normalised in place (CRLF, no-break spaces and control characters stay where
they are, so offsets stay right).

Paragraphs are the stretches between line breaks: releases pasted from Word or WhatsApp use a
single newline between paragraphs as often as a blank line, and a headline has no full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property


class Kind(StrEnum):
    WORD = "word"  # letters, incl. hyphenated (langkah-langkah, ASN-nya), dotted (M.Si), digits
    NUMBER = "number"  # 25, 1.000, 2,5, 10.30, 28/11, 2020-an
    ORDINAL = "ordinal"  # ke-3
    URL = "url"  # https://..., www.x.id, bipol.co, jatengprov.go.id
    EMAIL = "email"
    HASHTAG = "hashtag"
    MENTION = "mention"
    PUNCT = "punct"  # one punctuation mark or symbol (quotes, dashes, brackets, emoji...)


# Letters of any script; `\w` minus digits and underscore.
_L = r"[^\W\d_]"
_AN = r"[^\W_]"  # letter or digit
_APOS = "'\u2019"
_TLDS = (
    "go.id|ac.id|co.id|or.id|sch.id|web.id|my.id|biz.id|net.id|mil.id|desa.id|ponpes.id|"
    "id|com|co|org|net|info|biz|news|tv|me|io|gov|edu|int|asia|online|site|xyz|app|dev|"
    "my|sg|uk|au|us"
)
# Every alternative that can run over a long stretch starts only at a boundary (look-behind) so
# a pathological paste (20,000 hyphens, a megabyte without spaces) stays linear.
_TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?<![\w./])(?:https?://|www\.)[^\s<>"“”‘’()\[\]]*[^\s<>"“”‘’()\[\].,;:!?'])
  | (?P<email>(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{{2,}})
  | (?P<domain>(?<![\w@.-])(?:[\w-]++\.)+(?:{_TLDS})(?!\w)(?!\.\w)
        (?:/[^\s<>"“”‘’()]*[^\s<>"“”‘’().,;:!?])?)
  | (?P<hashtag>(?<!\w)\#{_AN}\w*)
  | (?P<mention>(?<![\w.])@\w+)
  | (?P<ordinal>(?<!\w)[Kk][Ee]-\d+(?![\d\w]))
  | (?P<number>\d+(?:[.,:/]\d+)*(?:-an\b)?(?![^\W_]))
  | (?P<currency>(?<!\w)(?:[Rr][Pp]|USD|IDR)(?=\d))
  | (?P<dotted>(?<!\w){_L}{{1,4}}(?:\.{_L}{{1,4}})+(?!\w))
  | (?P<word>{_AN}*{_L}{_AN}*(?:[{_APOS}]{_AN}+)*(?:-{_AN}+(?:[{_APOS}]{_AN}+)*)*)
  | (?P<punct>\S)
    """,
    re.VERBOSE,
)
_KINDS = {
    "url": Kind.URL,
    "domain": Kind.URL,
    "email": Kind.EMAIL,
    "hashtag": Kind.HASHTAG,
    "mention": Kind.MENTION,
    "ordinal": Kind.ORDINAL,
    "number": Kind.NUMBER,
    "currency": Kind.WORD,  # Rp in Rp5.000
    "dotted": Kind.WORD,
    "word": Kind.WORD,
    "punct": Kind.PUNCT,
}
# Paragraph breaks: any line break (CRLF counts once).
_PARAGRAPH_RE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")

SENTENCE_END = frozenset(".!?…")
CLOSING = frozenset("\"'”’)]»›")
OPENING_QUOTES = frozenset("\"'“‘«‹")
# Abbreviations written with a full stop that usually stand before a name or number: a following
# capital does not start a new sentence (Prov. Kalteng, H. Darliansjah, Dr. Ahmad, No. 5).
TITLE_ABBREVIATIONS = frozenset(
    [
        "a", "ab", "adm", "ak", "apt", "bpk", "br", "brigjen", "dr", "dra", "drg", "drh",
        "drs", "dt", "em", "hj", "ibu", "ir", "jl", "jln", "jend", "kab", "kapt", "kec", "kel",
        "kol", "komjen", "kompol", "kota", "letjen", "mayjen", "mgr", "no", "nom", "ny", "nn",
        "pdt", "prof", "prov", "sdr", "sdri", "st", "tn", "yth", "yb", "rp", "ust", "kh", "hr",
        "rd", "bc", "bsc", "ba", "ma", "se", "sh", "sp", "spd", "ssos", "sst", "ssi", "mm",
        "mh", "msi", "mpd", "mkom", "mt", "mk", "pj", "plt", "irjen", "aipda", "aiptu",
        "bripka", "brigpol", "ipda", "iptu", "akp", "kombes", "marsda", "marsma", "laksda",
        "laksma"
    ]
)
# Abbreviations that may close a sentence (dll. dsb. dst.): a following capital starts a new one.
END_ABBREVIATIONS = frozenset(
    ["dll", "dsb", "dst", "dkk", "dlsb", "sda", "tsb", "ybs", "spt", "dgn", "yg", "tdk"]
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: Kind
    sentence: int = 0  # index into Document.sentences
    paragraph: int = 0  # index into Document.paragraphs

    @property
    def is_word(self) -> bool:
        return self.kind is Kind.WORD


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    first_token: int  # index into Document.tokens
    end_token: int  # one past the last token

    def text(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass(frozen=True)
class Document:
    """A text cut into paragraphs, sentences and tokens (punctuation included)."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Span, ...]
    paragraphs: tuple[Span, ...]

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """The word tokens only (kind WORD), in order."""
        return tuple(t for t in self.tokens if t.kind is Kind.WORD)

    @cached_property
    def word_indices(self) -> tuple[int, ...]:
        """Indices into `tokens` of the word tokens, in order."""
        return tuple(i for i, t in enumerate(self.tokens) if t.kind is Kind.WORD)

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        span = self.sentences[index]
        return self.tokens[span.first_token : span.end_token]

    def paragraph_tokens(self, index: int) -> tuple[Token, ...]:
        span = self.paragraphs[index]
        return self.tokens[span.first_token : span.end_token]

    def is_sentence_start(self, token_index: int) -> bool:
        """True when no word, number or other content token precedes this one in its sentence
        (opening quotes, brackets and dashes may)."""
        token = self.tokens[token_index]
        first = self.sentences[token.sentence].first_token
        return all(self.tokens[i].kind is Kind.PUNCT for i in range(first, token_index))

    def previous(self, token_index: int) -> Token | None:
        return self.tokens[token_index - 1] if token_index > 0 else None

    def next(self, token_index: int) -> Token | None:
        return self.tokens[token_index + 1] if token_index + 1 < len(self.tokens) else None

    def gap_before(self, token_index: int) -> str:
        """The characters (spaces, usually) between this token and the previous one."""
        start = self.tokens[token_index - 1].end if token_index > 0 else 0
        return self.text[start : self.tokens[token_index].start]


def _raw_tokens(text: str, offset: int, end: int) -> list[tuple[str, int, int, Kind]]:
    found = []
    for match in _TOKEN_RE.finditer(text, offset, end):
        kind = _KINDS[match.lastgroup or "punct"]
        found.append((match.group(), match.start(), match.end(), kind))
    return found


def _ends_sentence(raw: list[tuple[str, int, int, Kind]], i: int) -> bool:
    """Does the sentence end after raw token i (a ., !, ? or …, possibly in a run)?"""
    mark = raw[i][0]
    if mark not in SENTENCE_END:
        return False
    j = i + 1
    # a run of marks (?!, ...) or closing quotes/brackets belongs to the ending sentence
    while j < len(raw) and (raw[j][0] in SENTENCE_END or raw[j][0] in CLOSING):
        if raw[j][0] in "\"'" and j + 1 < len(raw) and raw[j + 1][1] == raw[j][2]:
            break  # a straight quote glued to the next word opens the next quotation
        j += 1
    if j >= len(raw):
        return True
    if mark == "." and raw[j][0] in (",", ";"):
        return False  # `S.IP., bersama`: an abbreviation's full stop before a comma
    if mark == ".":
        prev = raw[i - 1] if i > 0 else None
        if prev is not None and prev[2] == raw[i][1] and prev[3] is Kind.WORD:
            word = prev[0].lower().replace(".", "")
            nxt = raw[j][0]
            if len(prev[0]) == 1 or word in TITLE_ABBREVIATIONS:
                return False
            if word in END_ABBREVIATIONS:
                return nxt[:1].isupper() or nxt[:1] in OPENING_QUOTES
    return True


def _ends_run(raw: list[tuple[str, int, int, Kind]], i: int) -> int:
    """Index of the last token of the sentence-ending run that starts at i."""
    j = i
    while j + 1 < len(raw) and (raw[j + 1][0] in SENTENCE_END or raw[j + 1][0] in CLOSING):
        if raw[j + 1][0] in "\"'" and j + 2 < len(raw) and raw[j + 2][1] == raw[j + 1][2]:
            break
        j += 1
    return j


def tokenize(text: str) -> Document:
    """Cut `text` into paragraphs (line breaks), sentences and tokens, keeping every offset."""
    tokens: list[Token] = []
    sentences: list[Span] = []
    paragraphs: list[Span] = []
    for p_start, p_end in _paragraph_ranges(text):
        raw = _raw_tokens(text, p_start, p_end)
        if not raw:
            continue  # a line of spaces only is no paragraph
        p_index = len(paragraphs)
        p_first = len(tokens)
        s_first = len(tokens)
        i = 0
        while i < len(raw):
            end_here = raw[i][0] in SENTENCE_END and _ends_sentence(raw, i)
            last = _ends_run(raw, i) if end_here else i
            for k in range(i, last + 1):
                tok_text, start, end, kind = raw[k]
                tokens.append(Token(tok_text, start, end, kind, len(sentences), p_index))
            i = last + 1
            if end_here or i >= len(raw):
                sentences.append(
                    Span(tokens[s_first].start, tokens[-1].end, s_first, len(tokens))
                )
                s_first = len(tokens)
        paragraphs.append(Span(raw[0][1], raw[-1][2], p_first, len(tokens)))
    return Document(text, tuple(tokens), tuple(sentences), tuple(paragraphs))


_SOFT_BREAK_ENDS = frozenset(".!?:;\"”’)…")
_LIST_ITEM = re.compile(r"(?:[a-z0-9]{1,3}[.)]|[-•*–])\s")  # a. / 1) / - / • list markers


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped lines joined: text pasted from a PDF or WhatsApp breaks lines
    inside sentences. A line that does not end with sentence punctuation, followed after a
    single line break by a line starting in lower case, continues the same paragraph."""
    ranges: list[tuple[int, int]] = []
    for m in _PARAGRAPH_RE.finditer(text):
        start, end = m.span()
        if ranges:
            prev_start, prev_end = ranges[-1]
            gap = text[prev_end:start]
            line = text[prev_start:prev_end].rstrip()
            nxt_line = m.group().lstrip()
            if (
                gap in ("\n", "\r\n", "\r")
                and line
                and line[-1] not in _SOFT_BREAK_ENDS
                and nxt_line[:1].islower()
                and not _LIST_ITEM.match(nxt_line)
                and not _LIST_ITEM.match(line.lstrip())
            ):
                ranges[-1] = (prev_start, end)
                continue
        ranges.append((start, end))
    return ranges


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph with content, the unit the engine re-checks and caches."""
    return [(a, b) for a, b in _paragraph_ranges(text) if not text[a:b].isspace()]
