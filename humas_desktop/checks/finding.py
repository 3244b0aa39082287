"""One problem the checker found in a text: where, what kind, why, and how to fix it.

Offsets are Python string indices into the checked text so the editor, the CLI and the quality
harness all point at the same characters.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

# Every finding belongs to exactly one of these.
CATEGORIES: tuple[str, ...] = (
    "typo",
    "nonstandard",
    "di_ke",
    "compound",
    "capital",
    "punct",
    "foreign",
    "style",
    "readability",
    "structure",
)
# Categories that are errors of the written form (measured for recall and false alarms).
HARD_CATEGORIES: frozenset[str] = frozenset(
    {"typo", "nonstandard", "di_ke", "compound", "capital", "punct"}
)
# Categories whose first suggestion is a spelling fix (measured for suggestion accuracy).
SPELLING_CATEGORIES: frozenset[str] = frozenset({"typo", "nonstandard", "di_ke", "compound"})
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    category: str
    rule: str  # stable id, e.g. "spelling.typo" or "baku.aktifitas"; offices switch rules off by id
    message: str  # already in the user's language
    suggestions: tuple[str, ...] = ()  # ranked, best first
    severity: str = "warning"

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown finding category: {self.category}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown finding severity: {self.severity}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad finding span: {self.start}..{self.end}")

    def shifted(self, delta: int) -> Finding:
        """The same finding moved by `delta` characters (paragraph offsets to text offsets)."""
        return replace(self, start=self.start + delta, end=self.end + delta) if delta else self

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.start, self.end, self.category, self.rule)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["suggestions"] = list(self.suggestions)
        return data
