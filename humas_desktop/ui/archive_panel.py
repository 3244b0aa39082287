"""The archive side panel: search as you type, filters, and the two-line release list."""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from functools import cache

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive, ListItem, ListQuery, Page
from humas_desktop.model import Status
from humas_desktop.ui.archive_model import ITEM_ROLE, ReleaseListModel

SEARCH_DELAY_MS = 250
log = logging.getLogger(__name__)


@cache
def _searcher() -> ThreadPoolExecutor:
    """One worker thread for search-as-you-type, shared by all panels: searches queue up
    rather than compete for the archive."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-search")

# Date-range choices of the filter: (key, days back or None).
_RANGE_ALL, _RANGE_7, _RANGE_30, _RANGE_YEAR, _RANGE_CUSTOM = range(5)


def format_day(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


class ReleaseDelegate(QStyledItemDelegate):
    """Title on the first line; date, status, category (or the search snippet) and the sync
    marker on the second."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._local_tip = self.tr("Hanya di komputer ini (belum disinkronkan)")
        self.category_labels: dict[str, str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()  # type: ignore[attr-defined]
        return QSize(200, 2 * line + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        item: ListItem | None = index.data(ITEM_ROLE)
        if item is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = opt.rect.adjusted(8, 5, -8, -5)  # type: ignore[attr-defined]
        base_font: QFont = opt.font  # type: ignore[attr-defined]
        metrics = QFontMetrics(base_font)
        line = metrics.lineSpacing()

        painter.save()
        title_font = QFont(base_font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        marker = 10
        title_rect = QRect(rect.left(), rect.top(), rect.width() - marker - 6, line)
        title = item.title or self.tr("(tanpa judul)")
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight,
                                                title_rect.width()),
        )
        # Sync marker: a hollow ring = only on this PC (no province server configured yet).
        ring = QRect(rect.right() - marker, rect.top() + (line - marker) // 2, marker, marker)
        painter.setPen(palette.color(text_role))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring.adjusted(1, 1, -1, -1))

        painter.setFont(base_font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorGroup.Active,
                                         QPalette.ColorRole.PlaceholderText))
        parts = [format_day(item.release_date), item.status.label()]
        extra = _plain_snippet(item.snippet) or self.category_labels.get(item.category,
                                                                          item.category)
        if extra:
            parts.append(extra)
        second = "  ·  ".join(part for part in parts if part)
        second_rect = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(
            second_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, second_rect.width()),
        )
        painter.restore()

    def helpEvent(self, event, view, option, index):  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            item: ListItem | None = index.data(ITEM_ROLE)
            if item is not None:
                from PySide6.QtWidgets import QToolTip

                lines = [item.title or self.tr("(tanpa judul)"), item.status.label()]
                if item.tags:
                    lines.append(self.tr("Tag: {tags}").format(tags=", ".join(item.tags)))
                lines.append(self._local_tip)
                QToolTip.showText(event.globalPos(), "\n".join(lines), view)
                return True
        return super().helpEvent(event, view, option, index)


def _plain_snippet(snippet: str) -> str:
    for mark in ("<b>", "</b>", "[", "]", "\x02", "\x03"):
        snippet = snippet.replace(mark, "")
    return " ".join(snippet.split())


class ArchivePanel(QWidget):
    """Search, filters and the list; emits `release_selected` with the release id."""

    release_selected = Signal(str)
    trash_view_changed = Signal(bool)
    _searched = Signal(int, object, object)  # generation, query, first page (None: failed)

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self.setAccessibleName(self.tr("Arsip siaran pers"))
        self.model = ReleaseListModel(archive, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari di arsip (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Cari di arsip"))
        self.search.setToolTip(self.tr("Cari judul, isi, kutipan, dan tag; hasil muncul sambil "
                                       "mengetik"))
        self.search.setClearButtonEnabled(True)

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Saring menurut status"))
        self.status_filter.setToolTip(self.tr("Saring menurut status"))
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.status_filter.addItem(status.label(), status)

        self.category_filter = QComboBox(self)
        self.category_filter.setAccessibleName(self.tr("Saring menurut kategori"))
        self.category_filter.setToolTip(self.tr("Saring menurut kategori"))
        self.category_filter.addItem(self.tr("Semua kategori"), None)

        self.range_filter = QComboBox(self)
        self.range_filter.setAccessibleName(self.tr("Saring menurut tanggal rilis"))
        self.range_filter.setToolTip(self.tr("Saring menurut tanggal rilis"))
        for label in (self.tr("Semua tanggal"), self.tr("7 hari terakhir"),
                      self.tr("30 hari terakhir"), self.tr("Tahun ini"),
                      self.tr("Rentang tanggal…")):
            self.range_filter.addItem(label)

        self.tag_filter = QLineEdit(self)
        self.tag_filter.setPlaceholderText(self.tr("Tag"))
        self.tag_filter.setAccessibleName(self.tr("Saring menurut tag"))
        self.tag_filter.setToolTip(self.tr("Tampilkan hanya rilis dengan tag ini"))
        self.tag_filter.setClearButtonEnabled(True)

        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), self)
        self.date_to = QDateEdit(today, self)
        for edit, name in ((self.date_from, self.tr("Dari tanggal")),
                           (self.date_to, self.tr("Sampai tanggal"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.setToolTip(name)
        self.range_row = QWidget(self)
        range_layout = QHBoxLayout(self.range_row)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.addWidget(self.date_from, 1)
        range_layout.addWidget(QLabel(self.tr("s.d."), self.range_row))
        range_layout.addWidget(self.date_to, 1)
        self.range_row.hide()

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Jumlah rilis"))
        self.trash_button = QToolButton(self)
        self.trash_button.setText(self.tr("Sampah"))
        self.trash_button.setCheckable(True)
        self.trash_button.setToolTip(self.tr("Tampilkan rilis yang dipindahkan ke sampah"))
        self.trash_button.setAccessibleName(self.tr("Tampilkan sampah"))

        self.view = QListView(self)
        self.view.setModel(self.model)
        self.delegate = ReleaseDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        # Ctrl/Shift-click selects several releases for the batch export; the current one
        # (the last clicked) is what the editor shows.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("Daftar siaran pers"))
        self.view.setMinimumWidth(220)
        # Said in the list itself: a blank list looks like a broken program.
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)  # the palette's quiet text colour, light or dark
        self.empty_label.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.category_filter, 1)
        filters2 = QHBoxLayout()
        filters2.addWidget(self.range_filter, 1)
        filters2.addWidget(self.tag_filter, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.trash_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addLayout(filters2)
        layout.addWidget(self.range_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_in_background)
        self._search_generation = 0
        self._searched.connect(self._show_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.tag_filter.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.category_filter.currentIndexChanged.connect(self.apply_filters)
        self.range_filter.currentIndexChanged.connect(self._range_changed)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.trash_button.toggled.connect(self._trash_toggled)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.apply_filters()

    # -- filters ------------------------------------------------------------------------------
    def set_categories(self, labels: dict[str, str]) -> None:
        """Categories to filter by: stored value -> label shown (from the templates)."""
        self.delegate.category_labels = dict(labels)
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        while self.category_filter.count() > 1:
            self.category_filter.removeItem(1)
        for category, label in labels.items():
            self.category_filter.addItem(label, category)
        found = self.category_filter.findData(current)
        self.category_filter.setCurrentIndex(max(found, 0))
        self.category_filter.blockSignals(False)

    def build_query(self) -> ListQuery:
        text = self.search.text().strip()
        date_from, date_to = self._date_range()
        return ListQuery(
            text=text,
            status=self.status_filter.currentData(),
            category=self.category_filter.currentData(),
            tag=self.tag_filter.text().strip() or None,
            date_from=date_from,
            date_to=date_to,
            deleted=self.trash_button.isChecked(),
            sort="relevance" if text else "updated",
        )

    def _date_range(self) -> tuple[date | None, date | None]:
        choice = self.range_filter.currentIndex()
        today = date.today()
        if choice == _RANGE_7:
            return today - timedelta(days=7), None
        if choice == _RANGE_30:
            return today - timedelta(days=30), None
        if choice == _RANGE_YEAR:
            return date(today.year, 1, 1), None
        if choice == _RANGE_CUSTOM:
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            return (start, end) if start <= end else (end, start)  # type: ignore[operator]
        return None, None

    def _range_changed(self) -> None:
        self.range_row.setVisible(self.range_filter.currentIndex() == _RANGE_CUSTOM)
        self.apply_filters()

    def _trash_toggled(self, checked: bool) -> None:
        self.apply_filters()
        self.trash_view_changed.emit(checked)

    def in_trash_view(self) -> bool:
        return self.trash_button.isChecked()

    def show_trash(self, on: bool) -> None:
        self.trash_button.setChecked(on)

    def apply_filters(self) -> None:
        """Run the current search and filters now, on this thread."""
        self._search_timer.stop()
        self._search_generation += 1  # a search still running in the background is stale
        query = self.build_query()
        self._show_page(query, self.model.first_page(query))

    def _search_in_background(self) -> None:
        """What the officer types is searched on a worker thread: a short prefix over 100,000
        releases takes tens of milliseconds, which would stall the typing in the search box."""
        query = self.build_query()
        self._search_generation += 1
        generation = self._search_generation
        model, searched = self.model, self._searched

        def work() -> None:
            page: Page | None = None
            try:
                page = model.first_page(query)
            except Exception:  # the synchronous retry on the GUI thread reports it
                log.debug("background search failed; retrying in the window", exc_info=True)
            with contextlib.suppress(RuntimeError):  # the panel was closed meanwhile
                searched.emit(generation, query, page)

        _searcher().submit(work)

    def _show_search(self, generation: int, query: ListQuery, page: Page | None) -> None:
        if generation != self._search_generation or query != self.build_query():
            return  # typed on or filtered since: a newer result is on its way
        if page is None:
            self.apply_filters()
            return
        self._show_page(query, page)

    def refresh(self) -> None:
        query = self.model.query()
        self._show_page(query, self.model.first_page(query))

    def _show_page(self, query: ListQuery, page: Page) -> None:
        """Show a new first page, keeping the release the officer had selected."""
        keep = self.current_id()
        self.model.show_page(query, page)
        if keep:
            self.select_release(keep, emit=False)

    def _update_count(self) -> None:
        total = self.model.total()
        if self.in_trash_view():
            text = self.tr("%n rilis di sampah", "", total)
        else:
            text = self.tr("%n rilis", "", total)
        self.count_label.setText(text)
        if total:
            self.empty_label.hide()
            return
        query = self.build_query()
        if any((query.text, query.status, query.category, query.tag, query.date_from,
                query.date_to)):
            empty = self.tr("Tidak ada rilis yang cocok. Ubah kata pencarian atau saringan.")
        elif self.in_trash_view():
            empty = self.tr("Sampah kosong.")
        else:
            empty = self.tr("Arsip masih kosong. Buat rilis baru (Ctrl+N) atau impor dari "
                            "Word.")
        self.empty_label.setText(empty)
        self._place_empty_label()
        self.empty_label.show()

    def _place_empty_label(self) -> None:
        self.empty_label.setGeometry(self.view.viewport().rect().adjusted(12, 12, -12, -12))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._place_empty_label()

    # -- selection ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        item: ListItem = index.data(ITEM_ROLE)
        return item.id

    def selected_ids(self) -> list[str]:
        """Ids of the selected releases in list order (for exporting several at once)."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.item(row).id for row in rows]

    def select_release(self, release_id: str, emit: bool = True) -> bool:
        row = self.model.row_of(release_id)
        if row is None:
            return False
        index = self.model.index(row)
        if not emit:
            self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        if not emit:
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()
        self.view.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.release_selected.emit(current.data(ITEM_ROLE).id)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Cancel) and self.search.hasFocus():
            self.search.clear()
            return
        super().keyPressEvent(event)
