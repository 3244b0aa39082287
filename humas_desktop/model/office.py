"""The office (instansi) that writes the releases, and its glossary.

The profile feeds the Word letterhead, the default contact person and "Tentang" boilerplate, and
the release-number pattern the checklist verifies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from humas_desktop.model.dates import ROMAN_MONTHS
from humas_desktop.model.release import ContactPerson

# {no} running number (zero-padded to 3), {bulan} Roman month, {tahun} year.
DEFAULT_NUMBER_PATTERN = "{no}/HUMAS/{bulan}/{tahun}"


@dataclass(frozen=True)
class OfficeProfile:
    name: str = ""  # e.g. Dinas Komunikasi dan Informatika
    government: str = ""  # e.g. Pemerintah Kabupaten Kepulauan Selayar
    region: str = ""  # dateline city, e.g. BENTENG
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_sha256: str = ""  # photo store hash of the logo image
    contact: ContactPerson = field(default_factory=lambda: ContactPerson(name=""))
    about: str = ""
    number_pattern: str = DEFAULT_NUMBER_PATTERN

    @property
    def is_set_up(self) -> bool:
        return bool(self.name.strip())


def format_number(pattern: str, running: int, when: date) -> str:
    return pattern.format(no=f"{running:03d}", bulan=ROMAN_MONTHS[when.month - 1], tahun=when.year)


def number_regex(pattern: str) -> re.Pattern[str]:
    """A regex that accepts any number written in `pattern` (any running number, month, year).

    The running number is the group `no` (the first `{no}` in the pattern).
    """
    parts = re.split(r"(\{no\}|\{bulan\}|\{tahun\})", pattern)
    pieces = {
        "{no}": r"(?P<no>\d{1,5})" if pattern.count("{no}") == 1 else r"\d{1,5}",
        "{bulan}": "(?:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")",
        "{tahun}": r"\d{4}",
    }
    return re.compile("".join(pieces.get(part, re.escape(part)) for part in parts) + r"\Z")


def number_matches(pattern: str, number: str) -> bool:
    return bool(number_regex(pattern).match(number.strip()))


def running_number(pattern: str, number: str) -> int | None:
    """The running number inside `number` written in `pattern`, or None if it does not fit."""
    match = number_regex(pattern).match(number.strip())
    if match is None or "no" not in match.groupdict():
        return None
    return int(match.group("no"))


class GlossaryKind(StrEnum):
    PERSON = "person"
    PLACE = "place"
    INSTITUTION = "institution"
    TERM = "term"


@dataclass(frozen=True)
class GlossaryEntry:
    """A name or term of the office the checker must accept and the UI can explain."""

    term: str
    kind: GlossaryKind = GlossaryKind.TERM
    note: str = ""  # expansion or position, e.g. "Bupati Kepulauan Selayar"
