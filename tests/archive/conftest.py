from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from humas_desktop.archive import Archive
from humas_desktop.model.release import Block, Quote, Release, new_release


class FakeClock:
    """A clock the test moves by hand (the archive takes any callable returning aware UTC)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def archive(data_dir: Path, clock: FakeClock) -> Iterator[Archive]:
    with Archive.open(data_dir, clock=clock) as opened:
        yield opened


def make_release(title: str = "Bupati Resmikan Jembatan Desa", body: str = "", **fields: object
                 ) -> Release:
    paragraphs = body.split("\n\n") if body else [
        "PIDIE JAYA – Bupati meresmikan jembatan gantung di desa, Selasa (28/11).",
        "Jembatan itu menghubungkan dua kecamatan yang selama ini terpisah sungai.",
    ]
    fields.setdefault("quotes", (Quote("Aiyub Abbas", "Bupati Pidie Jaya",
                                       "Jembatan ini untuk anak sekolah."),))
    return new_release(title=title, body=tuple(Block.plain(p) for p in paragraphs), **fields)
