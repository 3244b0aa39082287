"""The "Temuan" panel: the checker's findings grouped by kind; a click selects the text.

It sits under the Kelengkapan checklist and follows the editor's `findings_changed`. A release
can carry hundreds of findings, so they live in one QTreeWidget filled in one go (no widget per
finding). What "Perbaiki semua" may change is decided by `checks.fixes`, and how a fix is
written into the text by the editor; the right-click menu is the same as in the text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.checks.finding import CATEGORIES
from humas_desktop.checks.fixes import safe_fix
from humas_desktop.ui.editor import ReleaseEditor

TARGET_ROLE = Qt.ItemDataRole.UserRole
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_SHOWN_CHARS = 40  # a flagged sentence (readability) is cut; the tooltip has it whole


def _visible(text: str) -> str:
    """Spaces that are the point of a finding (double space, space before a comma) shown."""
    if text != text.strip() or not text.strip():
        text = text.replace("\u00a0", "⍽").replace(" ", "␣")
    text = " ".join(text.split("\n"))
    if len(text) > MAX_SHOWN_CHARS:
        text = text[: MAX_SHOWN_CHARS - 1] + "…"
    return text


class FindingsPanel(QWidget):
    """Findings of the release in `editor`, kept up to date as the checker answers."""

    item_activated = Signal(str)  # the focus target of the finding clicked

    def __init__(self, editor: ReleaseEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
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
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
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
        self.item_activated.connect(editor.focus_target)
        editor.findings_changed.connect(self.update_findings)
        self._show([])
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
        }
        return labels.get(category, category)

    def severity_label(self, severity: str) -> str:
        labels = {"error": self.tr("Kesalahan"), "warning": self.tr("Periksa"),
                  "info": self.tr("Catatan")}
        return labels.get(severity, severity)

    # -- filling ------------------------------------------------------------------------------
    def update_findings(self, findings: list[tuple[str, Any]]) -> None:
        """Show `findings` ([(focus target, Finding)] as the editor gives them)."""
        if findings == self._findings:
            return  # every pause in typing re-sends the list; keep selection and scroll
        self._findings = list(findings)
        self._show(self._findings)

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
            by_category.setdefault(finding.category, []).append((target, finding))
        groups: list[QTreeWidgetItem] = []
        restore: QTreeWidgetItem | None = None
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for category in (*CATEGORIES, *sorted(set(by_category) - set(CATEGORIES))):
            entries = by_category.get(category)
            if not entries:
                continue
            heading = self.tr("{label} ({n})").format(label=self.category_label(category),
                                                      n=len(entries))
            group = QTreeWidgetItem([heading])
            group.setData(0, CATEGORY_ROLE, category)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, heading)
            children = [self._item(target, finding) for target, finding in entries]
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
        self.fix_button.setToolTip(
            self.tr("Terapkan sekaligus %n perbaikan yang aman (bisa dibatalkan dengan Ctrl+Z "
                    "di kolomnya)", "", fixable) if fixable else
            self.tr("Tidak ada temuan yang bisa diperbaiki otomatis"))

    def _item(self, target: str, finding: Any) -> QTreeWidgetItem:
        flagged = self.editor.target_text(target)
        shown = _visible(flagged) if flagged is not None else ""
        first = finding.suggestions[0] if finding.suggestions else ""
        line = f"{shown} → {_visible(first)}" if first else shown
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
        """Apply every safe fix in the release; say how many."""
        count = self.editor.apply_safe_fixes()
        self.note.setText(
            self.tr("%n perbaikan diterapkan; Ctrl+Z di kolomnya membatalkannya.", "", count)
            if count else self.tr("Tidak ada yang perlu diperbaiki otomatis."))
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
