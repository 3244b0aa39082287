"""Import old releases from Word files or whole folders of them into the archive.

Reading a .docx and storing its photos takes a moment per file and an office may bring years of
them, so the import runs on a worker thread with progress and Cancel. A damaged or disguised file
is reported with its reason in the summary and the other files go on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive
from humas_desktop.model.workflow import Status
from humas_desktop.ui import dialogs
from humas_desktop.ui.background import Cancel, JobDialog, Progress
from humas_desktop.ui.export_actions import FOLDER_SETTING as EXPORT_FOLDER_SETTING
from humas_desktop.ui.export_actions import start_folder

FOLDER_SETTING = "import/word_folder"


def _named(path: Path, message: str) -> str:
    """The importer's messages start with the file name; an archive error may not."""
    return message if message.startswith(path.name) else f"{path.name}: {message}"


class WordImportDialog(JobDialog):
    """Pick .docx files and/or folders, import them, show what came in and what failed."""

    imported = Signal(list)  # ids of the new releases, in file order

    def __init__(self, archive: Archive, parent: QWidget | None = None,
                 settings: Any = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._settings = settings
        self._paths: list[Path] = []
        self.report: Any = None  # export.word_import.ImportReport once finished
        self.setWindowTitle(self.tr("Impor dari Word"))
        self.setAccessibleName(self.tr("Impor dari Word"))
        self.setMinimumWidth(540)

        intro = QLabel(self.tr("Pilih berkas Word (.docx) berisi siaran pers lama, atau satu "
                               "folder: semua berkas .docx di dalamnya ikut diimpor. Judul, "
                               "tanggal, isi, kutipan, narahubung, dan foto dibaca dari "
                               "dokumennya."), self)
        intro.setWordWrap(True)

        self.files_button = QPushButton(self.tr("Pilih &berkas…"), self)
        self.files_button.setToolTip(self.tr("Pilih satu atau beberapa berkas .docx"))
        self.files_button.clicked.connect(self._choose_files)
        self.folder_button = QPushButton(self.tr("Pilih &folder…"), self)
        self.folder_button.setToolTip(self.tr("Impor semua berkas .docx di folder ini dan "
                                              "subfoldernya"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.clear_button = QPushButton(self.tr("&Kosongkan"), self)
        self.clear_button.setToolTip(self.tr("Hapus semua pilihan dari daftar"))
        self.clear_button.clicked.connect(self.clear_paths)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.files_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addStretch(1)
        choose_row.addWidget(self.clear_button)

        self.path_list = QListWidget(self)
        self.path_list.setAccessibleName(self.tr("Berkas dan folder yang akan diimpor"))

        # Old releases from Word were published: "Terbit" keeps the archive truthful; "Draf"
        # is for files brought in to be reworked.
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("Terbit (arsip lama)"), Status.PUBLISHED.value)
        self.status_box.addItem(self.tr("Draf"), Status.DRAFT.value)
        self.status_box.setAccessibleName(self.tr("Status rilis hasil impor"))
        self.status_box.setToolTip(self.tr("Terbit: siaran pers lama yang sudah dikirim ke media. "
                                           "Draf: berkas yang masih akan disunting."))
        self.status_label = QLabel(self.tr("Impor &sebagai:"), self)
        self.status_label.setBuddy(self.status_box)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.status_box)
        status_row.addStretch(1)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Kemajuan impor"))
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)

        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Ringkasan impor"))
        self.summary.hide()

        self.start_button = QPushButton(self.tr("&Impor"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose_row)
        layout.addWidget(self.path_list, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary, 2)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- choosing -------------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        return list(self._paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files or folders to import (duplicates ignored)."""
        for path in paths:
            if path not in self._paths:
                self._paths.append(path)
                text = str(path)
                if path.is_dir():
                    text = self.tr("{folder} (seluruh folder)").format(folder=path)
                self.path_list.addItem(text)
        if paths and self._settings is not None:
            last = paths[-1]
            self._settings.setValue(FOLDER_SETTING, str(last if last.is_dir() else last.parent))
        self._update_buttons()

    def clear_paths(self) -> None:
        self._paths.clear()
        self.path_list.clear()
        self._update_buttons()

    def status(self) -> Status:
        """The status the imported releases get (Terbit unless the officer chose Draf)."""
        return Status(self.status_box.currentData())

    def set_status(self, status: Status) -> None:
        self.status_box.setCurrentIndex(max(self.status_box.findData(status.value), 0))

    def _start_folder(self) -> str:
        """The last import folder, else the last export folder, Documents or home."""
        return start_folder(self._settings, FOLDER_SETTING, EXPORT_FOLDER_SETTING)

    def _choose_files(self) -> None:
        self.add_paths(dialogs.open_files(self, self.tr("Pilih berkas Word"),
                                  self.tr("Dokumen Word (*.docx)"), self._start_folder()))

    def _choose_folder(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Pilih folder berisi berkas Word"),
                               self._start_folder())
        if folder is not None:
            self.add_paths([folder])

    def _update_buttons(self) -> None:
        running = self.is_running()
        for widget in (self.files_button, self.folder_button, self.clear_button,
                       self.status_box):
            widget.setEnabled(not running)
        self.start_button.setEnabled(bool(self._paths) and not running)

    # -- running --------------------------------------------------------------------------------
    def start(self) -> None:
        """Import the chosen files on a worker thread."""
        if self.is_running() or not self._paths:
            return
        archive, paths, status = self._archive, list(self._paths), self.status()

        def work(progress: Progress, cancel: Cancel) -> Any:
            from humas_desktop.export.word_import import docx_files, import_word_files

            files = docx_files(paths)
            progress(0, len(files), "")
            return import_word_files(files, archive, status=status, progress=progress,
                                     cancel=cancel)

        self.report = None
        self.summary.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.setText(self.tr("Mencari berkas Word…"))
        self.cancel_button.setText(self.tr("Batal"))
        self.cancel_button.setToolTip(self.tr("Hentikan impor; rilis yang sudah masuk tetap di "
                                              "arsip"))
        self._run(work, self._on_done, self._on_failed,
                  self.tr("Membatalkan… menunggu berkas yang sedang dibaca selesai."))
        self._update_buttons()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        super()._on_progress(done, total, name)
        if self.cancel_requested():
            return
        if name:
            self.progress_label.setText(self.tr("{done} dari {total}: {name}").format(
                done=done, total=total, name=name))
        else:
            self.progress_label.setText(self.tr("%n berkas Word ditemukan.", "", total))

    def imported_ids(self) -> list[str]:
        if self.report is None:
            return []
        return [release_id for _, release_id in self.report.imported]

    def _finish_running(self) -> None:
        self._stop_job()
        self.progress.hide()
        self._update_buttons()
        self._announce_end()

    def _on_done(self, report: Any) -> None:
        self.report = report
        done, failed = len(report.imported), len(report.failed)
        if report.cancelled:
            head = self.tr("Dibatalkan. %n rilis sudah masuk ke arsip sebelum dibatalkan.", "",
                           done)
        elif not done and not failed:
            head = self.tr("Tidak ada berkas .docx di pilihan ini.")
        else:
            head = self.tr("Selesai. %n rilis masuk ke arsip.", "", done)
        lines = [head]
        if failed:
            lines += ["", self.tr("%n berkas tidak dapat diimpor:", "", failed)]
            lines += [f"• {_named(path, message)}" for path, message in report.failed]
        if report.warnings:
            lines += ["", self.tr("Catatan:")]
            lines += [f"• {warning}" for warning in report.warnings]
        self.progress_label.setText(head)
        self.summary.setPlainText("\n".join(lines))
        self.summary.show()
        # The list is cleared so pressing Impor again does not import the same files twice.
        self.clear_paths()
        self._finish_running()
        if done:
            self.imported.emit(self.imported_ids())

    def _on_failed(self, message: str) -> None:
        self.progress_label.setText(self.tr("Impor tidak dapat dijalankan."))
        self.summary.setPlainText(message)
        self.summary.show()
        self._finish_running()
        dialogs.show_error(self, message)

