"""Choosing several files or a folder, with the same Indonesian labels as `dialogs.save_file`.

Kept beside `dialogs` (which owns the single-file dialogs) for the batch export and Word import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from humas_desktop.ui import dialogs

translate = QCoreApplication.translate


def open_files(parent: QWidget | None, title: str, filters: str,
               directory: str = "") -> list[Path]:
    """Existing files chosen by the user (Ctrl/Shift-click for several); [] if cancelled."""
    dialog = dialogs._file_dialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if not dialogs.USE_NATIVE_FILE_DIALOGS:
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("dialogs", "Buka"))
    if not dialog.exec():
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> Path | None:
    """An existing folder, or None if cancelled."""
    dialog = dialogs._file_dialog(parent, title, directory, "")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not dialogs.USE_NATIVE_FILE_DIALOGS:
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("file_choosers",
                                                                      "Pilih folder"))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
