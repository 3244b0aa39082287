"""The SQLAlchemy engine over the archive file, with the pragmas every connection needs.

Durability choice (see docs/archive.md): WAL journal with synchronous=FULL. In WAL mode NORMAL
is still corruption-safe but a power cut can roll back the last commits; FULL syncs the WAL on
every commit, so an autosave that returned is on disk. Offices lose power often and a lost draft
is a real failure, while the cost is one fsync per save (bulk imports are one transaction).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    f"PRAGMA synchronous={SYNCHRONOUS}",
)

# Execution option that makes a transaction take the write lock at BEGIN. A deferred transaction
# that upgrades to writing after another writer committed fails at once with SQLITE_BUSY,
# ignoring busy_timeout; BEGIN IMMEDIATE waits instead.
IMMEDIATE = "humas_begin_immediate"


def make_engine(db_path: Path, **kwargs: Any) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event, not the sqlite3 module, decide where transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
