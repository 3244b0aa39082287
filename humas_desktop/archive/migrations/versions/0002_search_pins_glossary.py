"""Full-text search (FTS5), pinned revisions, glossary and user dictionary.

Existing releases are indexed from their stored JSON documents, so an archive made before this
migration is searchable afterwards. The text extraction is a frozen copy on purpose: a migration
must keep doing what it did when it was written, whatever search.py becomes later.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _fields(doc: dict[str, Any]) -> tuple[str, str, str, str]:
    title = "\n".join(part for part in (doc.get("title", ""), doc.get("subtitle", "")) if part)
    body = "\n".join("".join(run["text"] for run in block["runs"]) for block in doc.get("body", []))
    quotes = "\n".join(
        " ".join(part for part in (q.get("text", ""), q.get("speaker", ""), q.get("position", ""))
                 if part)
        for q in doc.get("quotes", [])
    )
    tags = "\n".join(doc.get("tags", []))
    return title, body, quotes, tags


def upgrade() -> None:
    with op.batch_alter_table("revisions") as batch:
        batch.add_column(sa.Column("pinned", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
    op.execute(
        "CREATE VIRTUAL TABLE releases_fts USING fts5("
        "title, body, quotes, tags, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT pk, document FROM releases")).fetchall()
    if rows:
        conn.execute(
            sa.text("INSERT INTO releases_fts(rowid, title, body, quotes, tags) "
                    "VALUES (:pk, :title, :body, :quotes, :tags)"),
            [dict(zip(("title", "body", "quotes", "tags"), _fields(json.loads(doc)), strict=True),
                  pk=pk) for pk, doc in rows],
        )
    op.create_table(
        "glossary",
        sa.Column("term", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table("user_words", sa.Column("word", sa.Text, primary_key=True))


def downgrade() -> None:
    op.drop_table("user_words")
    op.drop_table("glossary")
    op.execute("DROP TABLE releases_fts")
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("pinned")
