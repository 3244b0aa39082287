"""Full-text search and the list queries behind the archive browser.

The FTS5 table `releases_fts` (migration 0002) holds title+subtitle, body, quotes (with speaker
and position) and tags of every release, rowid = releases.pk, tokenised with
`unicode61 remove_diacritics 2` so "cafe" finds "café". It is written by explicit code on every
save and purge (`index_rows`, `insert_rows`, `unindex`), not by triggers, because the
indexed text comes from the JSON document, which SQL triggers cannot take apart cheaply.

User text never reaches FTS5 syntax: every word is quoted, so `AND`, `-`, `*`, `"` and `(` are
plain text; a quoted "…" stays a phrase; the last word gets `*` for search-as-you-type.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, text

from humas_desktop.model.release import Release
from humas_desktop.model.workflow import Status

FTS_TABLE = "releases_fts"
# bm25 weights per column: a hit in the title or a tag says more than one deep in the body.
WEIGHTS = (10.0, 1.0, 2.0, 5.0)
RANK_FUNCTION = f"bm25({', '.join(str(w) for w in WEIGHTS)})"  # for `rank MATCH`
HIGHLIGHT_OPEN = "["
HIGHLIGHT_CLOSE = "]"
SNIPPET_TOKENS = 16
SNIPPET = f"snippet({FTS_TABLE}, -1, :open, :close, '…', {SNIPPET_TOKENS})"
SNIPPET_PARAMS = {"open": HIGHLIGHT_OPEN, "close": HIGHLIGHT_CLOSE}
MAX_TERMS = 32
RANK_LIMIT = 10_000  # beyond this many matches, see _ranked
SORTS = ("auto", "relevance", "updated", "date", "title")

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class ListQuery:
    text: str = ""  # full text over title, body, quotes, tags; diacritics-insensitive
    status: Status | None = None
    category: str | None = None
    tag: str | None = None
    date_from: date | None = None  # release_date range, inclusive
    date_to: date | None = None
    deleted: bool = False  # True lists the trash
    # "auto" = relevance when there is text, else "updated"
    sort: str = "auto"
    descending: bool = True
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True)
class ListItem:
    """A light row for lists: no body."""

    id: str
    title: str
    release_date: date | None
    status: Status
    category: str
    updated_at: datetime
    tags: tuple[str, ...]
    snippet: str  # FTS excerpt with HIGHLIGHT_OPEN/CLOSE around hits, or ""


@dataclass(frozen=True)
class Page:
    items: list[ListItem]
    total: int
    offset: int
    limit: int


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def fts_fields(release: Release) -> dict[str, str]:
    title = "\n".join(part for part in (release.title, release.subtitle) if part)
    quotes = "\n".join(
        " ".join(part for part in (q.text, q.speaker, q.position) if part) for q in release.quotes
    )
    return {
        "title": _nfc(title),
        "body": _nfc("\n".join(block.text for block in release.body)),
        "quotes": _nfc(quotes),
        "tags": _nfc("\n".join(release.tags)),
    }


def index_rows(conn: Connection, rows: Sequence[tuple[int, Release]]) -> None:
    """(Re)index releases by pk after a save."""
    for pk, _ in rows:
        unindex(conn, pk)
    insert_rows(conn, rows)


def insert_rows(conn: Connection, rows: Sequence[tuple[int, Release]]) -> None:
    """Index releases known to be new (no delete needed): the bulk-import fast path."""
    if rows:
        conn.execute(
            text(f"INSERT INTO {FTS_TABLE}(rowid, title, body, quotes, tags) "
                 "VALUES (:pk, :title, :body, :quotes, :tags)"),
            [{"pk": pk, **fts_fields(release)} for pk, release in rows],
        )


def optimize(conn: Connection) -> None:
    """Merge the FTS index into one segment; prefix queries then read one term range."""
    conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))


def unindex(conn: Connection, pk: int) -> None:
    conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :pk"), {"pk": pk})


def match_expression(query: str) -> str:
    """Turn what a user typed into a safe FTS5 MATCH expression ("" when nothing to search)."""
    query = _nfc(query)
    segments = query.split('"')
    closed = len(segments) % 2 == 1  # an odd number of quotes leaves the last phrase open
    parts: list[str] = []
    last_is_word = False
    for i, segment in enumerate(segments):
        words = _WORD.findall(segment)
        if not words:
            continue
        in_phrase = i % 2 == 1 and (closed or i < len(segments) - 1)
        if in_phrase:
            parts.append('"' + " ".join(words) + '"')
            last_is_word = False
        else:
            parts.extend(f'"{word}"' for word in words)
            last_is_word = True
    parts = parts[:MAX_TERMS]
    typing = query[-1:].isalnum() if query else False
    if parts and last_is_word and typing and len(parts[-1]) >= 4:  # at least 2 letters + quotes
        parts[-1] += "*"
    return " ".join(parts)


def _filters(query: ListQuery) -> tuple[list[str], dict[str, Any]]:
    where = ["r.deleted = :deleted"]
    params: dict[str, Any] = {"deleted": query.deleted}
    if query.status is not None:
        where.append("r.status = :status")
        params["status"] = Status(query.status).value
    if query.category is not None:
        where.append("r.category = :category")
        params["category"] = query.category
    if query.tag is not None:
        where.append("r.pk IN (SELECT release_pk FROM release_tags WHERE tag_key = :tag)")
        params["tag"] = tag_key(query.tag)
    if query.date_from is not None:
        where.append("r.release_date >= :date_from")
        params["date_from"] = query.date_from.isoformat()
    if query.date_to is not None:
        where.append("r.release_date <= :date_to")
        params["date_to"] = query.date_to.isoformat()
    return where, params


def tag_key(tag: str) -> str:
    return _nfc(tag).strip().casefold()


def _sort(query: ListQuery, has_text: bool) -> str:
    if query.sort not in SORTS:
        raise ValueError(f"unknown sort {query.sort!r}; one of {SORTS}")
    if query.sort in ("auto", "relevance"):
        return "relevance" if has_text else "updated"
    return query.sort


def _order(sort: str, descending: bool) -> str:
    """ORDER BY matching an index exactly (pk is the implicit last column of every index)."""
    direction = "DESC" if descending else "ASC"
    column = {"date": "r.release_date", "title": "r.title"}.get(sort, "r.updated_at")
    return f"{column} {direction}, r.pk {direction}"


def _restriction(conn: Connection, query: ListQuery) -> tuple[str, dict[str, Any]]:
    """A condition on FTS rowids that applies the filters without joining row by row.

    Joining every match to `releases` costs a B-tree probe per match (60 ms for 70,000
    matches); a set of keys built once from an index is checked far faster. The unary `+`
    keeps SQLite from handing the set to FTS5 as rowid lookups (one full MATCH per key).
    """
    where, params = _filters(query)
    if len(where) == 1 and not query.deleted:
        trash = conn.execute(text("SELECT 1 FROM releases WHERE deleted = 1 LIMIT 1")).first()
        if trash is None:
            return "1", params
        return f"+{FTS_TABLE}.rowid NOT IN (SELECT pk FROM releases WHERE deleted = 1)", params
    keys = f"SELECT r.pk FROM releases r WHERE {' AND '.join(where)}"
    return f"+{FTS_TABLE}.rowid IN ({keys})", params


def _count_matches(conn: Connection, match: str, restriction: str, params: dict[str, Any]) -> int:
    sql = f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match AND {restriction}"
    return int(conn.execute(text(sql), {**params, "match": match}).scalar_one())


def count(conn: Connection, query: ListQuery) -> int:
    match = match_expression(query.text)
    if match:
        restriction, params = _restriction(conn, query)
        return _count_matches(conn, match, restriction, params)
    where, params = _filters(query)
    sql = f"SELECT count(*) FROM releases r WHERE {' AND '.join(where)}"
    return int(conn.execute(text(sql), params).scalar_one())


def _ranked(conn: Connection, match: str, restriction: str, params: dict[str, Any],
            offset: int, limit: int, total: int) -> list[tuple[int, str]]:
    """(key, snippet) of one page by relevance.

    bm25 must score every match before the best ones are known (1-2 µs each). Up to
    RANK_LIMIT matches that is what happens. Beyond, a word that common says little about
    relevance anyway, so: matches in the title or subtitle first (by bm25 while there are few
    enough), then all other matches newest first, which FTS5 streams without scoring.
    FTS5 itself sorts by `rank` and makes snippets only for the rows it returns.
    """
    base = (f"SELECT rowid, {SNIPPET} FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH :match AND {restriction}")
    by_rank = f"{base} AND rank MATCH :rank ORDER BY rank LIMIT :limit OFFSET :offset"
    newest = f"{base} ORDER BY rowid DESC LIMIT :limit OFFSET :offset"
    args = {**params, **SNIPPET_PARAMS, "rank": RANK_FUNCTION}

    def run(sql: str, expression: str, lim: int, off: int) -> list[tuple[int, str]]:
        rows = conn.execute(text(sql), {**args, "match": expression, "limit": lim,
                                        "offset": off})
        return [(row[0], row[1]) for row in rows]

    if total <= RANK_LIMIT:
        return run(by_rank, match, limit, offset)
    in_title = f"{{title}} : ({match})"
    titled = _count_matches(conn, in_title, restriction, params)
    found: list[tuple[int, str]] = []
    if offset < titled:
        found = run(by_rank if titled <= RANK_LIMIT else newest, in_title, limit, offset)
    if limit > len(found):
        found += run(newest, f"({match}) NOT {in_title}", limit - len(found),
                     max(offset - titled, 0))
    return found


def page(conn: Connection, query: ListQuery) -> Page:
    match = match_expression(query.text)
    sort = _sort(query, bool(match))
    offset, limit = max(query.offset, 0), max(query.limit, 0)
    where, params = _filters(query)
    snippets: dict[int, str] | None = None
    if match and sort == "relevance":
        restriction, params = _restriction(conn, query)
        total = _count_matches(conn, match, restriction, params)
        ranked = _ranked(conn, match, restriction, params, offset, limit, total)
        keys = [key for key, _ in ranked]
        snippets = dict(ranked)
    else:
        # Only keys here, so neither sorting nor OFFSET ever drags documents along. With text,
        # the window count comes from the same pass over the matches instead of a second one.
        total_column = ", count(*) OVER ()" if match else ""
        if match:
            where.append(f"r.pk IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match)")
            params["match"] = match
        sql = (f"SELECT r.pk{total_column} FROM releases r WHERE {' AND '.join(where)} "
               f"ORDER BY {_order(sort, query.descending)} LIMIT :limit OFFSET :offset")
        rows = conn.execute(text(sql), {**params, "limit": limit, "offset": offset}).all()
        keys = [row[0] for row in rows]
        if match and rows:
            total = int(rows[0][1])
        elif offset or len(keys) == limit:
            total = count(conn, query)
        else:
            total = len(keys)
    if snippets is None:
        snippets = _snippets(conn, keys, match)
    return Page(items=_items(conn, keys, snippets), total=total, offset=offset, limit=limit)


def _snippets(conn: Connection, keys: list[int], match: str) -> dict[int, str]:
    if not keys or not match:
        return {}
    listed = ", ".join(str(int(key)) for key in keys)
    rows = conn.execute(
        text(f"SELECT rowid, {SNIPPET} FROM {FTS_TABLE} "
             f"WHERE {FTS_TABLE} MATCH :match AND +rowid IN ({listed})"),
        {"match": match, **SNIPPET_PARAMS},
    )
    return {row[0]: row[1] for row in rows}


def _items(conn: Connection, keys: list[int], snippets: dict[int, str]) -> list[ListItem]:
    if not keys:
        return []
    listed = ", ".join(str(int(key)) for key in keys)
    rows = {
        row.pk: row
        for row in conn.execute(text(
            "SELECT pk, id, title, release_date, status, category, updated_at "
            f"FROM releases WHERE pk IN ({listed})"
        ))
    }
    # Tags from their own small table: reading them out of each document would pull the whole
    # document (often several pages) for every listed row. rowid order is the order written.
    tags: dict[int, list[str]] = {}
    for pk, tag in conn.execute(text(
        f"SELECT release_pk, tag FROM release_tags WHERE release_pk IN ({listed}) ORDER BY rowid"
    )):
        tags.setdefault(pk, []).append(tag)
    return [
        ListItem(
            id=row.id,
            title=row.title,
            release_date=date.fromisoformat(row.release_date) if row.release_date else None,
            status=Status(row.status),
            category=row.category,
            updated_at=datetime.fromisoformat(row.updated_at).replace(tzinfo=UTC),
            tags=tuple(tags.get(key, ())),
            snippet=" ".join((snippets.get(key) or "").split()),
        )
        for key in keys
        for row in (rows[key],)
    ]
