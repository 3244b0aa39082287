"""Any text, however odd, goes through every rule without a crash and with spans inside it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humas_desktop.checks.tokens import tokenize

PIECES = [
    "di",
    "ke",
    "dimana",
    "kesana",
    "non",
    "pasca",
    "se",
    "Rp",
    "Rp.",
    "%",
    "pukul",
    "10:30",
    "ke 2",
    "2019-2024",
    "“",
    "”",
    '"',
    "'",
    "’",
    "(",
    ")",
    "-",
    "–",
    ",",
    ".",
    "..",
    "!!",
    "kata",
    "ujarnya",
    "Bupati",
    "bupati",
    "Ahmad",
    "MAKASSAR",
    "bipol.co",
    "KTPnya",
    "tanggungjawab",
    "apapun",
    "merubah",
    "mensukseskan",
    "Selasa (28/11)",
    "Rabu (31/2)",
    "\u00a0",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "😀",
    "ä",
    "ß",
    "ﬁ",
    "İ",
    "Σ",
    "anak2",
    "langkah -langkah",
    "yang yang",
    "unjuk",
    "serta",
    "Sehingga",
    "Jum'at",
    "S.Sos",
    "dll",
    "1",
    "25",
    "10000",
    "orang",
    "se-",
    "-nya",
    " nya",
    "workshop",
    "Team Work",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=40).map(" ".join))
def test_rules_survive_any_text(rules, ctx, text: str) -> None:
    for finding in rules.check(tokenize(text), ctx):
        assert 0 <= finding.start < finding.end <= len(text)
        assert all(isinstance(s, str) for s in finding.suggestions)


def test_empty_and_blank_texts(run) -> None:
    for text in ("", " ", "\n\n", "\r\n\r\n", "\u00a0"):
        assert run(text) == []
