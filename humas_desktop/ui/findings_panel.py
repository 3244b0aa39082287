"""The "Temuan" panel: the checker's findings grouped by kind; a click selects the text.

It sits under the Kelengkapan checklist and follows the editor's `findings_changed`. A release
can carry hundreds of findings, so they live in one QTreeWidget filled in one go (no widget per
finding); rows wrap, so a message is readable in a 270-pixel panel. Words and names the
dictionary does not know yet (`spelling.unknown_*`, category "style" for the checker) get a
group of their own after the real categories: they are not style problems. What "Perbaiki
semua" may change is decided by `checks.fixes`, and how a fix is written into the text by the
editor; the right-click menu is the same as in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.checks.finding import CATEGORIES
from humas_desktop.checks.fixes import safe_fix

if TYPE_CHECKING:  # the editor is built after the window's first paint (MainWindow.editor)
    from humas_desktop.ui.editor import ReleaseEditor

TARGET_ROLE = Qt.ItemDataRole.UserRole
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_SHOWN_CHARS = 40  # a flagged sentence (readability) is cut; the tooltip has it whole
UNKNOWN_GROUP = "unknown"  # the panel's group for words the dictionary does not know yet
UNKNOWN_RULES = frozenset({"spelling.unknown_name", "spelling.unknown_word"})


def group_of(finding: Any) -> str:
    """The panel group of a finding: its category, or UNKNOWN_GROUP for unknown words."""
    return UNKNOWN_GROUP if finding.rule in UNKNOWN_RULES else str(finding.category)


def _visible(text: str, spaces: bool = False) -> str:
    """Spaces that are the point of a finding (double space, space before a comma) shown."""
    if spaces or text != text.strip() or not text.strip():
        text = text.replace("\u00a0", "⍽").replace(" ", "␣")
    text = " ".join(text.split("\n"))
    if len(text) > MAX_SHOWN_CHARS:
        text = text[: MAX_SHOWN_CHARS - 1] + "…"
    return text


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text. QTreeView asks for size hints without a width (-1), so
    the style never wraps; give it the width the row really has."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if option.rect.width() > 0:
            return super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        levels = depth + (1 if self.tree.rootIsDecorated() else 0)
        width = max(self.tree.viewport().width() - levels * self.tree.indentation(), 40)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, width, 100_000)
        return super().sizeHint(sized, index)


class _WidthWatcher(QObject):
    """Lays the rows out again when the panel gets wider or narrower (they wrap anew)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        self.width = -1
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            width = self.tree.viewport().width()
            if width != self.width:
                self.width = width
                self.tree.doItemsLayout()
        return False


class FindingsPanel(QWidget):
    """Findings of the release in `editor`, kept up to date as the checker answers."""

    item_activated = Signal(str)  # the focus target of the finding clicked

    def __init__(self, editor: ReleaseEditor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: Any = None
        self._findings: list[tuple[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Jumlah temuan"))
        top.addWidget(self.summary, 1)
        self.fix_button = QPushButton(self.tr("Perbaiki semua"), self)
        self.fix_button.setAccessibleName(self.tr("Perbaiki semua temuan yang aman"))
        self.fix_button.clicked.connect(self.fix_all)
        top.addWidget(self.fix_button)
        layout.addLayout(top)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # the palette's quieter text, legible in dark mode too
        self.note.hide()
        layout.addWidget(self.note)
        self.empty = QLabel(self.tr("Tidak ada temuan"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        layout.addWidget(self.empty)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        # rows wrap to the panel's width (no horizontal scrolling, nothing cut off with …)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setIndentation(14)  # every pixel of the 270-pixel panel counts
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self._width_watcher = _WidthWatcher(self.tree)
        self.tree.setAccessibleName(self.tr("Daftar temuan ejaan dan gaya"))
        self.tree.setToolTip(self.tr("Klik temuan untuk memilih teksnya di penyunting; "
                                     "klik kanan untuk saran dan Abaikan"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.itemClicked.connect(self._activated)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        style = self.style()
        self._icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        self._paused = False  # clear()ed: no release shown until the editor loads one
        self._show([])
        if editor is not None:
            self.set_editor(editor)

    def set_editor(self, editor: ReleaseEditor) -> None:
        """Follow `editor` (the main window builds its editor after the first paint)."""
        self.editor = editor
        self.item_activated.connect(editor.focus_target)
        editor.findings_changed.connect(self.update_findings)
        editor.finding_selected.connect(self.select_target)
        editor.release_loaded.connect(self._release_loaded)
        editor.edited.connect(self._hide_note)
        self.update_findings(editor.findings())

    # -- labels -------------------------------------------------------------------------------
    def category_label(self, category: str) -> str:
        labels = {
            "typo": self.tr("Ejaan"),
            "nonstandard": self.tr("Kata tidak baku"),
            "di_ke": self.tr("di/ke"),
            "compound": self.tr("Kata majemuk"),
            "capital": self.tr("Huruf kapital"),
            "punct": self.tr("Tanda baca"),
            "foreign": self.tr("Kata asing"),
            "style": self.tr("Gaya"),
            "readability": self.tr("Keterbacaan"),
            "structure": self.tr("Struktur"),
            UNKNOWN_GROUP: self.tr("Belum dikenal kamus"),
        }
        return labels.get(category, category)

    def severity_label(self, severity: str) -> str:
        labels = {"error": self.tr("Kesalahan"), "warning": self.tr("Periksa"),
                  "info": self.tr("Catatan")}
        return labels.get(severity, severity)

    # -- filling ------------------------------------------------------------------------------
    def update_findings(self, findings: list[tuple[str, Any]]) -> None:
        """Show `findings` ([(focus target, Finding)] as the editor gives them)."""
        if self._paused or findings == self._findings:
            return  # every pause in typing re-sends the list; keep selection and scroll
        self._findings = list(findings)
        self._show(self._findings)

    def clear(self) -> None:
        """No release is shown (trashed, restored, an empty trash view): show no findings,
        and ignore the editor's late answers about the old release until it loads another."""
        self._paused = True
        self._findings = []
        self._show([])
        self._hide_note()

    def _release_loaded(self, _release_id: str) -> None:
        self._paused = False
        self._hide_note()

    def _hide_note(self) -> None:
        self.note.hide()
        self.note.clear()

    def select_target(self, target: str) -> bool:
        """Select and show the row of the finding at `target` (F7 selected it in the text),
        so its explanation is in view. False if no row has that target."""
        item = next((i for i in self.finding_items() if i.data(0, TARGET_ROLE) == target),
                    None)
        if item is None:
            return False
        parent = item.parent()
        if parent is not None and not parent.isExpanded():
            parent.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _show(self, findings: list[tuple[str, Any]]) -> None:
        current = self.tree.currentItem()
        current_target = current.data(0, TARGET_ROLE) if current is not None else None
        collapsed = {
            self.tree.topLevelItem(i).data(0, CATEGORY_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isExpanded()
        }
        by_category: dict[str, list[tuple[str, Any]]] = {}
        for target, finding in findings:
            by_category.setdefault(group_of(finding), []).append((target, finding))
        groups: list[QTreeWidgetItem] = []
        restore: QTreeWidgetItem | None = None
        bold = QFont(self.tree.font())
        bold.setBold(True)
        others = sorted(set(by_category) - set(CATEGORIES) - {UNKNOWN_GROUP})
        for category in (*CATEGORIES, *others, UNKNOWN_GROUP):
            entries = by_category.get(category)
            if not entries:
                continue
            times: dict[str, int] = {}
            if category == UNKNOWN_GROUP:
                entries, times = self._once_per_word(entries)
            heading = self.tr("{label} ({n})").format(label=self.category_label(category),
                                                      n=len(entries))
            group = QTreeWidgetItem([heading])
            group.setData(0, CATEGORY_ROLE, category)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, heading)
            children = [self._item(target, finding, times.get(target, 1))
                        for target, finding in entries]
            group.addChildren(children)
            groups.append(group)
            if current_target is not None and restore is None:
                restore = next((c for c in children
                                if c.data(0, TARGET_ROLE) == current_target), None)
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self.tree.addTopLevelItems(groups)
            for group in groups:
                group.setExpanded(group.data(0, CATEGORY_ROLE) not in collapsed)
            if restore is not None:
                self.tree.setCurrentItem(restore)
        finally:
            self.tree.setUpdatesEnabled(True)
        count = len(findings)
        self.summary.setText(self.tr("%n temuan", "", count) if count else "")
        self.empty.setVisible(not count)
        self.tree.setVisible(bool(count))
        fixable = sum(1 for _, f in findings if safe_fix(f) is not None)
        self.fix_button.setEnabled(fixable > 0)
        if fixable:
            tip = self.tr("Terapkan sekaligus %n perbaikan yang aman (bisa dibatalkan dengan "
                          "Ctrl+Z di kolomnya)", "", fixable)
        elif count:
            tip = self.tr("Tidak ada yang aman diperbaiki otomatis: temuan yang ada perlu "
                          "diperiksa sendiri (klik kanan untuk saran)")
        else:
            tip = self.tr("Tidak ada temuan yang bisa diperbaiki otomatis")
        self.fix_button.setToolTip(tip)

    def _once_per_word(self, entries: list[tuple[str, Any]]
                       ) -> tuple[list[tuple[str, Any]], dict[str, int]]:
        """A name the dictionary does not know is usually written several times (title, lead,
        body): list it once, at its first place, with how often it occurs."""
        first: dict[str, str] = {}
        kept: list[tuple[str, Any]] = []
        times: dict[str, int] = {}
        for target, finding in entries:
            word = self.editor.target_text(target)
            if word is None:
                kept.append((target, finding))
            elif word in first:
                times[first[word]] = times.get(first[word], 1) + 1
            else:
                first[word] = target
                kept.append((target, finding))
        return kept, times

    def _item(self, target: str, finding: Any, times: int = 1) -> QTreeWidgetItem:
        flagged = self.editor.target_text(target)
        shown = _visible(flagged) if flagged is not None else ""
        if times > 1:
            shown = self.tr("{word} ({n}×)").format(word=shown, n=times)
        first = finding.suggestions[0] if finding.suggestions else ""
        line = f"{shown} → {_visible(first)}" if first else shown
        if flagged is not None and flagged.strip(" \u00a0,.;:!?") == "" and flagged:
            # spaces and stray punctuation read only with their neighbours:
            # "jadwal␣␣dengan → jadwal␣dengan" rather than "␣␣ → ␣"
            context = self.editor.target_context(target)
            if context is not None:
                before, after = context
                shown = f"{before}{_visible(flagged, True)}{after}"
                fixed = f"{before}{_visible(first, True)}{after}"
                line = f"{shown} → {fixed}" if finding.suggestions else shown
        item = QTreeWidgetItem([f"{line}\n{finding.message}" if line else finding.message])
        item.setData(0, TARGET_ROLE, target)
        item.setData(0, FINDING_ROLE, finding)
        item.setIcon(0, self._icons.get(finding.severity, QIcon()))
        severity = self.severity_label(finding.severity)
        tip = f"{severity}: {finding.message}"
        if finding.suggestions:
            tip += "\n" + self.tr("Saran: {s}").format(s=", ".join(finding.suggestions[:3]))
        item.setToolTip(0, tip)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                     f"{severity}: {shown} — {finding.message}")
        return item

    # -- acting -------------------------------------------------------------------------------
    def finding_items(self) -> list[QTreeWidgetItem]:
        """The finding rows (not the group headings), in display order."""
        return [self.tree.topLevelItem(i).child(j)
                for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET_ROLE)
        if target:
            self.item_activated.emit(str(target))

    def fix_all(self) -> int:
        """Apply every safe fix in the release; say how many, and how many errors are left
        for the officer. The note goes as soon as the text changes again (Ctrl+Z too)."""
        if self.editor is None:  # no release was ever opened: nothing to fix
            return 0
        count, left = self.editor.fix_all()
        rest = self.tr("%n temuan perlu diperiksa sendiri", "", left) if left else ""
        if count:
            fixed = self.tr("%n perbaikan diterapkan", "", count)
            text = (self.tr("{fixed}; {rest}. Ctrl+Z di kolomnya membatalkan.").format(
                        fixed=fixed, rest=rest) if rest else
                    self.tr("{fixed}. Ctrl+Z di kolomnya membatalkan.").format(fixed=fixed))
        elif rest:
            text = self.tr("Tidak ada yang aman diperbaiki otomatis; {rest}.").format(rest=rest)
        else:
            text = self.tr("Tidak ada yang perlu diperbaiki otomatis.")
        self.note.setText(text)  # after the fixes: their own text change must not hide it
        self.note.show()
        return count

    def build_menu(self, item: QTreeWidgetItem) -> QMenu | None:
        """The right-click menu of a finding: the same actions as in the text."""
        target = item.data(0, TARGET_ROLE)
        if not target:
            return None
        menu = QMenu(self)
        go = menu.addAction(self.tr("Tuju teks"))
        go.triggered.connect(lambda _=False: self.item_activated.emit(str(target)))
        menu.addSeparator()
        if not self.editor.add_finding_actions(menu, str(target), item.data(0, FINDING_ROLE)):
            gone = menu.addAction(self.tr("(teks sudah berubah)"))
            gone.setEnabled(False)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        menu = self.build_menu(item) if item is not None else None
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
