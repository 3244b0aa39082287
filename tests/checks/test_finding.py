from __future__ import annotations

import pytest

from humas_desktop.checks.finding import CATEGORIES, HARD_CATEGORIES, Finding


def test_finding_validates_category_severity_and_span() -> None:
    with pytest.raises(ValueError):
        Finding(0, 1, "spelling", "x.y", "m")
    with pytest.raises(ValueError):
        Finding(0, 1, "typo", "x.y", "m", (), "fatal")
    with pytest.raises(ValueError):
        Finding(5, 2, "typo", "x.y", "m")


def test_shifted_moves_both_ends_and_to_dict_is_json_ready() -> None:
    f = Finding(2, 7, "typo", "spelling.typo", "pesan", ("dengan",), "error")
    moved = f.shifted(10)
    assert (moved.start, moved.end) == (12, 17)
    assert f.shifted(0) is f
    assert moved.to_dict() == {
        "start": 12,
        "end": 17,
        "category": "typo",
        "rule": "spelling.typo",
        "message": "pesan",
        "suggestions": ["dengan"],
        "severity": "error",
    }


def test_category_sets() -> None:
    assert len(CATEGORIES) == 10
    assert {"typo", "nonstandard", "di_ke", "compound", "capital", "punct"} == HARD_CATEGORIES
