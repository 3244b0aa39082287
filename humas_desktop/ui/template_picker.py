"""Choose the template a new release starts from (Ctrl+N)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.model.templates import ReleaseTemplate


def template_label(template: ReleaseTemplate) -> str:
    return template.label()


def template_description(template: ReleaseTemplate) -> str:
    return template.summary()


class TemplatePicker(QDialog):
    def __init__(self, templates: list[ReleaseTemplate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rilis baru"))
        self.setMinimumSize(540, 470)
        self._templates = templates
        intro = QLabel(self.tr("Pilih jenis siaran pers. Templat mengisi bagian-bagian dan "
                               "petunjuk penulisan; semuanya bisa diubah."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Daftar templat"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        for template in templates:
            label = template_label(template)
            description = template_description(template)
            item = QListWidgetItem(f"{label}\n{description}" if description else label)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(description or label)
            self.list.addItem(item)
        if templates:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(self.tr("Buat"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def select(self, template_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(row)

    def chosen(self) -> ReleaseTemplate | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self._templates if t.id == wanted), None)
