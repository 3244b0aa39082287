"""Quotation rules: comma before the attribution, spaces, capitals, one style of marks."""

from __future__ import annotations

import pytest

from humas_desktop.checks.rules.quotes import pair_quotes

from .conftest import Run, fixed


def test_pairs_curly_straight_and_a_misused_closing_mark() -> None:
    text = '” Selama ini,” ujarnya. "Ya," kata dia. “Baik”'
    quotes = pair_quotes(text, 0, len(text))
    assert [(q.open, q.close, q.misplaced_open) for q in quotes] == [
        (0, 13, True),
        (24, 28, False),
        (40, 45, False),
    ]


@pytest.mark.parametrize(
    ("wrong", "right", "rule"),
    [
        ("“Kami siap” kata Ross.", "“Kami siap,” kata Ross.", "kutip.koma"),
        ("“Kami siap” Jelasnya pada (21/3)", "“Kami siap,” jelasnya pada (21/3)", "kutip.koma"),
        ("“Kami siap.” tandasnya.", "“Kami siap,” tandasnya.", "kutip.koma"),
        ("“Kami siap”. Kata Ross.", "“Kami siap,” kata Ross.", "kutip.koma"),
        ('"Kami siap" pungkasnya.', '"Kami siap," pungkasnya.', "kutip.koma"),
        ("“Kami siap,”ujarnya.", "“Kami siap,” ujarnya.", "kutip.spasi-sesudah"),
        ("“Kami siap,”Kata Ross.", "“Kami siap,” kata Ross.", "kutip.spasi-sesudah"),
        ("“Kami siap,” Ujarnya.", "“Kami siap,” ujarnya.", "kutip.kata-kerja"),
        (
            "” Selama ini terbuka,” ujarnya.",
            "“Selama ini terbuka,” ujarnya.",
            "kutip.spasi-pembuka",
        ),
        (
            "“kesempatan ini baik,” jelasnya.",
            "“Kesempatan ini baik,” jelasnya.",
            "kutip.kapital-awal",
        ),
        ("Ia berkata, “kita siap.”", "Ia berkata, “Kita siap.”", "kutip.kapital-awal"),
    ],
)
def test_quotation_slips_are_fixed(run: Run, wrong: str, right: str, rule: str) -> None:
    assert right in fixed(run, wrong, rule)


@pytest.mark.parametrize(
    "text",
    [
        "“Kami siap,” kata Ross.",
        "“Siapa yang hadir?” tanya Ross.",
        "“Ayo!” seru bupati.",
        "Rapat bertema “Penguatan Citra Pemerintah” digelar.",
        "Warga menyebutnya “kampung hijau” sejak lama.",
        "Kata “hoaks” sudah baku.",
        "“Kami siap. Mari bekerja,” ujar Ross, “dan kita mulai hari ini.”",
        "“Tugas kita bukan hanya memproduksi konten,” ujar Koordinator Humas ini.",
    ],
)
def test_good_quotations_raise_nothing(run: Run, text: str) -> None:
    assert [f for f in run(text) if f.rule.startswith("kutip.")] == []


def test_mixed_marks_are_advisory_style_only(run: Run) -> None:
    text = '“Ya,” katanya. “Baik,” ujarnya. "Siap," tambahnya.'
    found = run(text, "kutip.seragam")
    assert [text[f.start] for f in found] == ['"']
    assert all(f.category == "style" and f.severity == "info" for f in found)


def test_quotation_closed_in_a_later_paragraph(run: Run) -> None:
    """A quote running over paragraphs closes in the last one, without an opening mark there."""
    assert "dan kita lanjutkan,” ujarnya." in fixed(
        run, "dan kita lanjutkan” ujarnya.", "kutip.koma"
    )
    text = 'dan kita lanjutkan," ujarnya. "Kalimat baru," katanya.'
    assert [f for f in run(text) if f.rule.startswith("kutip.")] == []


def test_straight_quotes_are_told_apart_by_their_neighbours() -> None:
    text = 'lanjut," ujarnya. "Baru," katanya.'
    quotes = pair_quotes(text, 0, len(text))
    assert [(q.open, q.close) for q in quotes] == [(None, 7), (18, 24)]


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("“Kami siap”, ungkap Adi.", "“Kami siap,” ungkap Adi."),
        ("“Kami siap,”, ungkap Adi.", "“Kami siap,” ungkap Adi."),
        ("“Siapa hadir?”. tanya Adi.", "“Siapa hadir?” tanya Adi."),
    ],
)
def test_punctuation_after_the_closing_mark_moves_inside(run: Run, wrong: str, right: str) -> None:
    assert right in fixed(run, wrong, "kutip.koma")
