"""Locate the shipped data files (rules, dictionaries, schemas, templates).

The `resources/` folder sits beside the package in a checkout and is copied next to it by the
installer, so one lookup serves both.
"""

from __future__ import annotations

import os
from pathlib import Path

_CANDIDATES = (
    Path(__file__).resolve().parent.parent / "resources",
    Path(__file__).resolve().parent / "resources",
)


def resources_dir() -> Path:
    override = os.environ.get("HUMAS_RESOURCES_DIR")
    if override:
        return Path(override)
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found beside the humas_desktop package")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
