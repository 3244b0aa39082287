"""What every part of the Archive shares: its folder, engine, clock and transactions.

All writes go through `_write()` (one IMMEDIATE transaction, SQLite failures turned into
messages the user can act on), so a failed write leaves the archive exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from humas_desktop.archive.db import IMMEDIATE
from humas_desktop.archive.errors import from_sqlite
from humas_desktop.archive.maintenance import Canceller, damage_error
from humas_desktop.archive.paths import BACKUPS_DIR, DB_NAME, PHOTOS_DIR
from humas_desktop.archive.recovery import RecoveryReport

Clock = Callable[[], datetime]


class ArchiveBase:
    def __init__(self, data_dir: Path, engine: Engine, clock: Clock, backups_to_keep: int,
                 open_report: RecoveryReport | None) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_NAME
        self.photos_dir = data_dir / PHOTOS_DIR
        self.backups_dir = data_dir / BACKUPS_DIR
        self.backups_to_keep = backups_to_keep
        self.open_report = open_report
        self.backup_error: str | None = None  # set when today's automatic backup failed
        self._engine = engine
        self._clock = clock
        self._read = sessionmaker(engine)
        self._writer = sessionmaker(engine.execution_options(**{IMMEDIATE: True}))
        self._canceller = Canceller()
        # Set (to the problem found) when the background check finds the file damaged: from
        # then on nothing more is written into it; the next open recovers from a backup.
        self.damage: str | None = None

    def close(self) -> None:
        """Close; a check or backup still running on a worker thread stops promptly."""
        self._canceller.cancel()
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # ---- transactions --------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Session]:
        if self.damage is not None:
            raise damage_error(self.db_path)
        try:
            with self._writer.begin() as session:
                yield session
        except DBAPIError as exc:
            raise from_sqlite(exc, self.db_path) from exc

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with self._read() as session:
                yield session
        except DBAPIError as exc:
            raise from_sqlite(exc, self.db_path) from exc

    def _now(self) -> datetime:
        return self._clock()
