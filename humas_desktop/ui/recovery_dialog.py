"""Offer the text that was typed but not saved when the program or the PC died.

The recovery journal (archive/journal.py) holds the newest unsaved state of each release.
Restoring saves it as a new revision, so the version in the archive stays in the history.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive, NotFound
from humas_desktop.model import Release, WorkflowError
from humas_desktop.ui import dialogs


def still_unsaved(archive: Archive, recoveries: list[Any]) -> list[Any]:
    """Recoveries whose text the archive does not already hold; the rest are cleared."""
    pending = []
    for recovery in recoveries:
        try:
            stored: Release | None = archive.get(recovery.release.id, include_deleted=True)
        except NotFound:
            stored = None
        if recovery.differs_from(stored):
            pending.append(recovery)
        else:
            recovery.discard()
    return pending


def restore(archive: Archive, recovery: Any) -> Release:
    release: Release = recovery.release
    try:
        saved = archive.save(release)
    except WorkflowError:
        # The status moved on since (approved elsewhere): keep the stored status.
        stored = archive.get(release.id, include_deleted=True)
        saved = archive.save(replace(release, status=stored.status))
    recovery.discard()
    return saved


class RecoveryDialog(QDialog):
    def __init__(self, archive: Archive, recoveries: list[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.recoveries = recoveries
        self.restored: list[Release] = []
        self.setWindowTitle(self.tr("Teks yang belum tersimpan"))
        self.setMinimumSize(520, 320)
        intro = QLabel(self.tr(
            "Humas Desktop ditutup sebelum perubahan berikut sempat disimpan (mis. listrik "
            "padam). Pulihkan agar tidak ada yang hilang; versi di arsip tetap ada di riwayat "
            "revisi."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Perubahan yang bisa dipulihkan"))
        locale = QLocale()
        for recovery in recoveries:
            when = locale.toString(recovery.written_at.astimezone(),
                                   QLocale.FormatType.ShortFormat)
            title = recovery.release.title or self.tr("(tanpa judul)")
            item = QListWidgetItem(self.tr("{title} — diketik {when}").format(title=title,
                                                                              when=when))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("&Pulihkan yang dicentang"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("&Buang"),
                                                QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = buttons.addButton(self.tr("&Nanti saja"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_checked)
        self.discard_button.clicked.connect(self.discard_all)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def restore_checked(self) -> None:
        for row, recovery in enumerate(self.recoveries):
            if self.list.item(row).checkState() == Qt.CheckState.Checked:
                self.restored.append(restore(self.archive, recovery))
        self.accept()

    def discard_all(self) -> None:
        if not dialogs.ask_yes_no(
                self, self.tr("Buang perubahan?"),
                self.tr("Teks yang belum tersimpan ini akan dihapus dan tidak bisa dikembalikan."),
                yes=self.tr("Buang"), no=self.tr("Batal")):
            return
        for recovery in self.recoveries:
            recovery.discard()
        self.accept()
