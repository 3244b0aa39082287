"""The archive list as a Qt model that fetches pages on demand.

Only the rows the officer scrolls to are read (`Archive.list` pages of light `ListItem`s, no
bodies), so an archive of 100,000 releases opens and scrolls as fast as an empty one. The first
page is just more than a tall screen shows, so opening the archive or changing a filter reads
little; scrolling then reads `PAGE_SIZE` rows at a time.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from humas_desktop.archive import Archive, ListItem, ListQuery, Page
from humas_desktop.model import Release

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_PAGE = 60
PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


def item_from_release(release: Release) -> ListItem:
    """The list row for a release the editor just saved, without asking the archive again."""
    return ListItem(
        id=release.id,
        title=release.title,
        release_date=release.release_date,
        status=release.status,
        category=release.category,
        updated_at=release.updated_at,
        tags=tuple(release.tags),
        snippet="",
    )


class ReleaseListModel(QAbstractListModel):
    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._query = ListQuery(limit=FIRST_PAGE)
        self._items: list[ListItem] = []
        self._rows: dict[str, int] = {}
        self._total = 0

    # -- query -----------------------------------------------------------------------------
    def query(self) -> ListQuery:
        return self._query

    def total(self) -> int:
        """How many releases match the query, loaded or not."""
        return self._total

    def set_query(self, query: ListQuery) -> None:
        """Show the releases matching `query`; reads only the first page."""
        self.show_page(query, self.first_page(query))

    def first_page(self, query: ListQuery) -> Page:
        """The first page for `query`, without showing it; safe to call on a worker thread
        (each archive call takes its own pooled connection)."""
        return self._archive.list(replace(query, offset=0, limit=FIRST_PAGE))

    def show_page(self, query: ListQuery, page: Page) -> None:
        """Show `page`, the first page of `query` (read by `first_page`)."""
        self._query = replace(query, offset=0, limit=FIRST_PAGE)
        self.beginResetModel()
        self._items = list(page.items)
        self._rows = {item.id: row for row, item in enumerate(self._items)}
        self._total = page.total
        self.endResetModel()

    # -- lazy loading -------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._items) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._archive.list(replace(self._query, offset=len(self._items),
                                          limit=PAGE_SIZE))
        new = [item for item in page.items if item.id not in self._rows]
        self._total = page.total
        if not new:
            # The archive changed under us (a release was trashed elsewhere); stop asking.
            self._total = len(self._items)
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for offset, item in enumerate(new):
            self._rows[item.id] = first + offset
            self._items.append(item)
        self.endInsertRows()

    # -- rows -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = item.title or self.tr("(tanpa judul)")
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            return f"{title}, {item.status.label()}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title or None
        return None

    def item(self, row: int) -> ListItem:
        return self._items[row]

    def row_of(self, release_id: str) -> int | None:
        return self._rows.get(release_id)

    def update_release(self, release: Release) -> None:
        """Reflect a saved release in its loaded row (keeps the scroll position)."""
        row = self._rows.get(release.id)
        if row is None:
            return
        if release.deleted != self._query.deleted:
            self.remove_release(release.id)
            return
        self._items[row] = item_from_release(release)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def remove_release(self, release_id: str) -> None:
        row = self._rows.get(release_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self._rows = {item.id: r for r, item in enumerate(self._items)}
        self._total = max(0, self._total - 1)
        self.endRemoveRows()
