"""Bring the database schema to the newest migration when the archive opens.

Alembic is imported only when the file is behind HEAD (a new or older archive): importing it
costs a quarter of a second, and an up-to-date archive should open in well under half a second.
A test checks HEAD against Alembic's own view of the scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from humas_desktop.archive.errors import ArchiveError
from humas_desktop.i18n import tr

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD = "0003"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to `target` in one transaction (SQLite DDL is transactional)."""
    with engine.connect() as connection:
        if target == "head" and current_revision(connection) == HEAD:
            return
    from alembic import command
    from alembic.util import CommandError

    with engine.begin() as connection:
        try:
            command.upgrade(alembic_config(connection), target)
        except CommandError as exc:
            # The file names a migration this program does not have: a newer version wrote it.
            found = current_revision(connection)
            raise ArchiveError(tr("archive.newer_schema", revision=found or "?")) from exc
