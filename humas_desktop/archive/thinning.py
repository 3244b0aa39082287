"""Which old revisions to keep: the written policy of docs/archive.md, as a pure function.

Autosave makes a revision every few seconds of typing; keeping all of them would bloat the file
and bury the versions people look for. Kept, by age relative to now:
  - younger than 10 minutes: every revision;
  - younger than 1 day: the newest revision of each clock hour;
  - younger than 30 days: the newest revision of each calendar day;
  - older: the newest revision of each ISO week.
Buckets are fixed calendar periods (UTC), not sliding windows, so a revision kept as "the newest
of its day" stays the newest of its day on every later thinning. The newest revision of the
release and every pinned revision are always kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

KEEP_ALL = timedelta(minutes=10)
HOURLY = timedelta(days=1)
DAILY = timedelta(days=30)


@dataclass(frozen=True)
class RevisionStamp:
    number: int
    saved_at: datetime
    pinned: bool = False


def _bucket(stamp: RevisionStamp, now: datetime) -> tuple[object, ...] | None:
    """The period this revision competes in, or None when it is kept regardless."""
    saved = stamp.saved_at.astimezone(UTC)
    age = now - saved
    if age < KEEP_ALL:
        return None
    if age < HOURLY:
        return ("hour", saved.date(), saved.hour)
    if age < DAILY:
        return ("day", saved.date())
    year, week, _ = saved.isocalendar()
    return ("week", year, week)


def revisions_to_keep(stamps: Iterable[RevisionStamp], now: datetime) -> set[int]:
    stamps = sorted(stamps, key=lambda s: (s.saved_at, s.number), reverse=True)
    if not stamps:
        return set()
    keep = {stamps[0].number}
    seen: set[tuple[object, ...]] = set()
    for stamp in stamps:  # newest first: the first one met in a bucket is its newest
        bucket = _bucket(stamp, now)
        if stamp.pinned or bucket is None:
            keep.add(stamp.number)
        elif bucket not in seen:
            seen.add(bucket)
            keep.add(stamp.number)
    return keep


def revisions_to_drop(stamps: Iterable[RevisionStamp], now: datetime) -> set[int]:
    stamps = list(stamps)
    return {s.number for s in stamps} - revisions_to_keep(stamps, now)
