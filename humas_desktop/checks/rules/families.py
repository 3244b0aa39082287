"""Import every family module once so their named checks are registered."""

from __future__ import annotations

import importlib

MODULES = (
    "kata_baku",
    "di_ke",
    "compounds",
    "capitals",
    "quotes",
    "spacing",
    "numbers",
    "foreign",
    "sentences",
    "repetition",
)


def register_all() -> None:
    for name in MODULES:
        importlib.import_module(f"humas_desktop.checks.rules.{name}")
