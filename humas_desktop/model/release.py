"""The press release (siaran pers) as the program understands it.

Identity is a UUID made on the desktop so releases written offline in many offices can later be
merged on the province server without clashes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum

from humas_desktop.model.workflow import Status, transition


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    BULLET = "bullet"  # one item of a bulleted list


@dataclass(frozen=True)
class Run:
    """A stretch of text with the same inline formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """A body paragraph or list item, made of formatted runs."""

    runs: tuple[Run, ...] = ()
    kind: BlockKind = BlockKind.PARAGRAPH

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @classmethod
    def plain(cls, text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> Block:
        return cls(runs=(Run(text),) if text else (), kind=kind)


@dataclass(frozen=True)
class Quote:
    speaker: str
    position: str
    text: str


@dataclass(frozen=True)
class ContactPerson:
    name: str
    position: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Photo:
    """Metadata of a photo; the bytes live in the archive's content-addressed store."""

    sha256: str
    file_name: str
    caption: str = ""
    credit: str = ""


def utc_now() -> datetime:
    # Whole microseconds are kept; interchange writes ISO 8601 with offset.
    return datetime.now(UTC)


@dataclass(frozen=True)
class Release:
    id: str
    office: str = ""
    title: str = ""
    subtitle: str = ""
    dateline_city: str = ""
    release_date: date | None = None
    number: str = ""
    body: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    contacts: tuple[ContactPerson, ...] = ()
    about: str = ""
    tags: tuple[str, ...] = ()
    category: str = ""
    status: Status = Status.DRAFT
    photos: tuple[Photo, ...] = ()
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    revision: int = 0
    deleted: bool = False

    @property
    def body_text(self) -> str:
        return "\n\n".join(block.text for block in self.body)

    def full_text(self) -> str:
        """Everything a reader sees, for word counts and checks."""
        parts = [self.title, self.subtitle, self.body_text]
        parts += [quote.text for quote in self.quotes]
        return "\n\n".join(part for part in parts if part)

    def with_status(self, target: Status) -> Release:
        return replace(self, status=transition(self.status, target))

    def edited(self, **changes: object) -> Release:
        """A copy with `changes` applied; the archive bumps revision and timestamps on save."""
        return replace(self, **changes)  # type: ignore[arg-type]


def new_release(office: str = "", category: str = "", **fields: object) -> Release:
    return Release(id=str(uuid.uuid4()), office=office, category=category, **fields)  # type: ignore[arg-type]


def word_count(text: str) -> int:
    return len(text.split())
