"""ORM tables of the archive (the schema at the newest migration).

A release is stored twice over, on purpose: the columns that lists filter and sort on, each with
an index that keeps a page of 100,000 releases fast, and the full interchange JSON document that
`get` turns back into a Release. The full-text table `releases_fts` is an FTS5 virtual table
made by migration 0002 and maintained by search.py; the ORM does not map it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored naive so text order = time order."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class Base(DeclarativeBase):
    pass


class ReleaseRow(Base):
    __tablename__ = "releases"

    # Integer key so FTS rowids and foreign keys survive VACUUM; the UUID is the identity.
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(Text, default="")
    release_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    document: Mapped[str] = mapped_column(Text)  # interchange JSON (model/interchange.py)

    __table_args__ = (
        Index("ix_releases_live_updated", "deleted", "updated_at"),
        Index("ix_releases_live_status_updated", "deleted", "status", "updated_at"),
        Index("ix_releases_live_status_date", "deleted", "status", "release_date"),
        Index("ix_releases_live_status_title", "deleted", "status", "title"),
        Index("ix_releases_live_category_updated", "deleted", "category", "updated_at"),
        Index("ix_releases_live_date", "deleted", "release_date"),
        Index("ix_releases_live_title", "deleted", "title"),
    )


class TagRow(Base):
    __tablename__ = "release_tags"

    release_pk: Mapped[int] = mapped_column(
        ForeignKey("releases.pk", ondelete="CASCADE"), primary_key=True
    )
    tag_key: Mapped[str] = mapped_column(Text, primary_key=True)  # casefolded, for filtering
    tag: Mapped[str] = mapped_column(Text)  # as the user wrote it

    __table_args__ = (Index("ix_release_tags_key", "tag_key", "release_pk"),)


class RevisionRow(Base):
    __tablename__ = "revisions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_pk: Mapped[int] = mapped_column(ForeignKey("releases.pk", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    title: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(Integer)  # bytes of the uncompressed JSON
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)  # added by migration 0002
    data: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed interchange JSON

    __table_args__ = (UniqueConstraint("release_pk", "number", name="uq_revisions_number"),)


class PhotoRow(Base):
    __tablename__ = "photos"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PhotoRefRow(Base):
    """Some revision of the release (stored now or thinned since) shows the photo (0003)."""

    __tablename__ = "photo_refs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    release_pk: Mapped[int] = mapped_column(
        ForeignKey("releases.pk", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_photo_refs_release", "release_pk"),)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class GlossaryRow(Base):
    __tablename__ = "glossary"  # added by migration 0002

    term: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class UserWordRow(Base):
    __tablename__ = "user_words"  # added by migration 0002

    word: Mapped[str] = mapped_column(Text, primary_key=True)
