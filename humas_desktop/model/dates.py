"""Indonesian calendar words and the news-style date `Selasa (28/11)`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # Monday first
MONTH_NAMES = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# "Selasa (28/11)", "Jumat (1/12/2023)", also the slip "Jum'at"
NEWS_DATE_RE = re.compile(
    r"\b(?P<day>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*"
    r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{2,4}))?\s*\)",
    re.IGNORECASE,
)


def day_name(value: date) -> str:
    return DAY_NAMES[value.weekday()]


def long_date(value: date) -> str:
    """`Selasa, 28 November 2023`, the form used in datelines and letterheads."""
    return f"{day_name(value)}, {value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def news_date(value: date) -> str:
    return f"{day_name(value)} ({value.day}/{value.month})"


@dataclass(frozen=True)
class NewsDateMismatch:
    start: int
    end: int
    written_day: str
    actual_day: str
    when: date


def _normal_day(name: str) -> str:
    name = name.replace("'", "").capitalize()
    return "Minggu" if name == "Ahad" else name


def news_date_mismatches(text: str, year: int) -> list[NewsDateMismatch]:
    """Every `Hari (d/m)` in `text` whose day name is wrong for that date in `year`.

    A date that does not exist (31/2) is reported with an empty `actual_day`.
    """
    found: list[NewsDateMismatch] = []
    for match in NEWS_DATE_RE.finditer(text):
        y = match.group("y")
        full_year = year if y is None else (int(y) + 2000 if len(y) == 2 else int(y))
        written = _normal_day(match.group("day"))
        try:
            when = date(full_year, int(match.group("m")), int(match.group("d")))
        except ValueError:
            start, end = match.span()
            found.append(NewsDateMismatch(start, end, written, "", date(full_year, 1, 1)))
            continue
        if day_name(when) != written:
            start, end = match.span()
            found.append(NewsDateMismatch(start, end, written, day_name(when), when))
    return found
