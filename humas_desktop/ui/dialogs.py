"""Message boxes and file dialogs that speak Indonesian.

Qt ships no Indonesian translation of its own dialogs, so the standard buttons get our text here
(OK/Batal, Ya/Tidak) instead of relying on Qt's catalogue.

File dialogs: on Windows the native dialog is used, because Windows translates it in the user's
language and officers know it from Word. Elsewhere Qt's own dialog is used, so that its labels
can be set in Indonesian (a native GTK/KDE dialog would follow the desktop language, not ours).
Overwrite confirmation is always ours, in our language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

USE_NATIVE_FILE_DIALOGS = sys.platform == "win32"


translate = QCoreApplication.translate


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title or translate("dialogs", "Humas Desktop"))
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    return box


def show_info(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, detail)
    box.addButton(translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_error(parent: QWidget | None, text: str, detail: str = "", title: str = "") -> None:
    """A problem the user can act on: the message only, never a traceback."""
    title = title or translate("dialogs", "Tidak dapat dilanjutkan")
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.addButton(translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str, detail: str = "",
               yes: str = "", no: str = "") -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title, text, detail)
    yes_button = box.addButton(yes or translate("dialogs", "Ya"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or translate("dialogs", "Tidak"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_ok_cancel(parent: QWidget | None, title: str, text: str, ok: str = "") -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    ok_button = box.addButton(ok or translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("dialogs", "Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(ok_button)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok_button


def _file_dialog(parent: QWidget | None, title: str, directory: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, filters)
    if not USE_NATIVE_FILE_DIALOGS:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("dialogs", "Lihat di:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileName, translate("dialogs", "Nama berkas:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, translate("dialogs", "Jenis berkas:"))
        dialog.setLabelText(QFileDialog.DialogLabel.Reject, translate("dialogs", "Batal"))
    return dialog


def open_file(parent: QWidget | None, title: str, filters: str, directory: str = "") -> Path | None:
    dialog = _file_dialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not USE_NATIVE_FILE_DIALOGS:
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("dialogs", "Buka"))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def save_file(parent: QWidget | None, title: str, filters: str, suggested: str,
              suffix: str) -> Path | None:
    """Ask where to save; confirms overwriting an existing file in our language."""
    dialog = _file_dialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setDefaultSuffix(suffix)
    if not USE_NATIVE_FILE_DIALOGS:
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("dialogs", "Simpan"))
    while dialog.exec() and dialog.selectedFiles():
        path = Path(dialog.selectedFiles()[0])
        if not path.exists() or ask_yes_no(
            parent,
            translate("dialogs", "Timpa berkas?"),
            translate("dialogs", "Berkas {name} sudah ada. Ganti dengan yang baru?").format(
                name=path.name
            ),
            yes=translate("dialogs", "Ganti"),
            no=translate("dialogs", "Jangan ganti"),
        ):
            return path
    return None


def open_files(parent: QWidget | None, title: str, filters: str,
               directory: str = "") -> list[Path]:
    """Existing files chosen by the user (Ctrl/Shift-click for several); [] if cancelled."""
    dialog = _file_dialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if not USE_NATIVE_FILE_DIALOGS:
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("dialogs", "Buka"))
    if not dialog.exec():
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> Path | None:
    """An existing folder, or None if cancelled."""
    dialog = _file_dialog(parent, title, directory, "")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not USE_NATIVE_FILE_DIALOGS:
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, translate("dialogs", "Pilih folder"))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
