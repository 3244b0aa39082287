"""Which releases use which photo files, so unused photo files can be deleted safely.

A row (sha256, release_pk) says that some revision of that release — stored now or thinned
since — showed the photo. Existing archives are filled from every stored revision and every
current document. Like 0002, the extraction is a frozen copy: it reads the interchange JSON as
it was when this migration was written.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import json
import zlib
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _hashes(document: str) -> set[str]:
    photos: list[dict[str, Any]] = json.loads(document).get("photos") or []
    if not isinstance(photos, list):
        return set()
    return {str(p["sha256"]).lower() for p in photos if p.get("sha256")}


def upgrade() -> None:
    op.create_table(
        "photo_refs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("release_pk", sa.Integer, sa.ForeignKey("releases.pk", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_photo_refs_release", "photo_refs", ["release_pk"])
    conn = op.get_bind()
    refs: set[tuple[str, int]] = set()
    for pk, document in conn.execute(sa.text("SELECT pk, document FROM releases")):
        refs.update((sha, pk) for sha in _hashes(document))
    for pk, data in conn.execute(sa.text("SELECT release_pk, data FROM revisions")):
        try:
            refs.update((sha, pk) for sha in _hashes(zlib.decompress(data).decode("utf-8")))
        except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
            continue  # a snapshot nobody can restore shows no photo; opening must not fail
    if refs:
        conn.execute(sa.text("INSERT INTO photo_refs(sha256, release_pk) VALUES (:sha, :pk)"),
                     [{"sha": sha, "pk": pk} for sha, pk in sorted(refs)])


def downgrade() -> None:
    op.drop_index("ix_photo_refs_release", "photo_refs")
    op.drop_table("photo_refs")
