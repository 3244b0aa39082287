"""The "Kelengkapan" panel: the checklist items with ✓/✗; a click jumps to the place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:  # completeness (and its lead regexes) loads with the editor, after paint
    from humas_desktop.model.completeness import ChecklistItem

TARGET_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecklistPanel(QWidget):
    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAccessibleName(self.tr("Daftar kelengkapan siaran pers"))
        self.list.setToolTip(self.tr("Klik butir untuk menuju bagian yang perlu dilengkapi"))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list, 1)
        self._items: list[ChecklistItem] = []

    def items(self) -> list[ChecklistItem]:
        return list(self._items)

    def update_items(self, items: list[ChecklistItem]) -> None:
        if items == self._items:
            return  # typing re-sends the same list most of the time; keep selection and scroll
        self._items = list(items)
        row = self.list.currentRow()
        self.list.clear()
        for item in items:
            mark = "✓" if item.ok else "✗"
            entry = QListWidgetItem(f"{mark}  {item.message}")
            entry.setData(TARGET_ROLE, item.target)
            entry.setData(ID_ROLE, item.id)
            status = self.tr("beres") if item.ok else self.tr("perlu dilengkapi")
            entry.setToolTip(f"{item.message} ({status})")
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{status}: {item.message}")
            if not item.ok:
                font = QFont(entry.font())
                font.setBold(True)
                entry.setFont(font)
            self.list.addItem(entry)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        done = sum(1 for item in items if item.ok)
        self.summary.setText(
            self.tr("{done} dari {total} beres").format(done=done, total=len(items))
            if items else "")

    def _activated(self, entry: QListWidgetItem) -> None:
        target = entry.data(TARGET_ROLE)
        if target:
            self.item_activated.emit(str(target))
