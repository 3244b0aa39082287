"""Alembic environment: migrations run on the connection the archive hands over.

The archive opens the database itself (with its pragmas) and passes the connection in
`config.attributes["connection"]`; batch mode lets SQLite alter tables by copy-and-move.
"""

from __future__ import annotations

from alembic import context

from humas_desktop.archive.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # e.g. `alembic revision --autogenerate` from a developer's shell
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///arsip.sqlite"
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
