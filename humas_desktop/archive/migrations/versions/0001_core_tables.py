"""Core tables: releases with their list columns and indexes, tags, revisions, photos, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "releases",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("release_date", sa.Date, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("document", sa.Text, nullable=False),
    )
    op.create_index("ix_releases_live_updated", "releases", ["deleted", "updated_at"])
    op.create_index("ix_releases_live_status_updated", "releases",
                    ["deleted", "status", "updated_at"])
    op.create_index("ix_releases_live_status_date", "releases",
                    ["deleted", "status", "release_date"])
    op.create_index("ix_releases_live_status_title", "releases", ["deleted", "status", "title"])
    op.create_index("ix_releases_live_category_updated", "releases",
                    ["deleted", "category", "updated_at"])
    op.create_index("ix_releases_live_date", "releases", ["deleted", "release_date"])
    op.create_index("ix_releases_live_title", "releases", ["deleted", "title"])
    op.create_table(
        "release_tags",
        sa.Column("release_pk", sa.Integer, sa.ForeignKey("releases.pk", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("tag_key", sa.Text, primary_key=True),
        sa.Column("tag", sa.Text, nullable=False),
    )
    op.create_index("ix_release_tags_key", "release_tags", ["tag_key", "release_pk"])
    op.create_table(
        "revisions",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("release_pk", sa.Integer, sa.ForeignKey("releases.pk", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("release_pk", "number", name="uq_revisions_number"),
    )
    op.create_table(
        "photos",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("settings", "photos", "revisions", "release_tags", "releases"):
        op.drop_table(table)
