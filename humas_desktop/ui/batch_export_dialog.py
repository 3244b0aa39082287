"""Export many releases at once into a folder (Word, PDF, e-mail text or WhatsApp text).

The export runs on a worker thread (`ui.background.Worker`) so the window keeps painting and
Cancel is honoured between releases; files already written stay, each one complete. The releases
are read first (also on the worker); if files of the same names are already in the folder the
officer is asked once whether to replace them, skip them or save new copies. At the end a
summary lists every file written, skipped or renamed, and every release that failed with its
reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.archive import Archive
from humas_desktop.errors import HumasError
from humas_desktop.ui import dialogs
from humas_desktop.ui.background import Cancel, JobDialog, Progress
from humas_desktop.ui.export_actions import FOLDER_SETTING, start_folder

TEMPLATE_SETTING = "export.word_template"
SHOWN_NAMES = 5  # existing files named in the question; all of them under "Show Details"


class BatchExportDialog(JobDialog):
    """Choose format and folder, run the batch with progress and Cancel, show the summary."""

    def __init__(self, archive: Archive, release_ids: list[str], parent: QWidget | None = None,
                 settings: Any = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._ids = list(release_ids)
        self._settings = settings
        self.result: Any = None  # export.batch.BatchResult once finished
        self.setWindowTitle(self.tr("Ekspor beberapa rilis"))
        self.setAccessibleName(self.tr("Ekspor beberapa rilis"))
        self.setMinimumWidth(520)

        self.intro = QLabel(self.tr("%n rilis akan diekspor ke satu folder. Nama berkas dibuat "
                                    "dari tanggal dan judul rilis.", "", len(self._ids)), self)
        self.intro.setWordWrap(True)

        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(self.tr("Format ekspor"))
        self.format_box.setToolTip(self.tr("Bentuk berkas yang dibuat untuk setiap rilis"))
        for value, label in (("docx", self.tr("Dokumen Word (.docx)")),
                             ("pdf", self.tr("PDF (.pdf, lewat LibreOffice)")),
                             ("txt", self.tr("Teks untuk surel (.txt)")),
                             ("wa", self.tr("Teks WhatsApp (.txt)"))):
            self.format_box.addItem(label, value)

        self.folder_edit = QLineEdit(self._initial_folder(), self)
        self.folder_edit.setAccessibleName(self.tr("Folder tujuan"))
        self.folder_edit.setToolTip(self.tr("Folder tempat berkas-berkas ditulis; jika di sana "
                                            "sudah ada berkas dengan nama yang sama, Anda akan "
                                            "ditanya dulu"))
        self.folder_button = QPushButton(self.tr("&Pilih…"), self)
        self.folder_button.setAccessibleName(self.tr("Pilih folder tujuan"))
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)

        # Explicit labels with buddies: a row label given as text only gets a buddy when the
        # field is a single widget, and the folder field is a row (edit + button).
        self.format_label = QLabel(self.tr("&Format:"), self)
        self.format_label.setBuddy(self.format_box)
        self.folder_label = QLabel(self.tr("F&older:"), self)
        self.folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(self.format_label, self.format_box)
        form.addRow(self.folder_label, folder_row)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Kemajuan ekspor"))
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.progress_label.hide()

        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Ringkasan ekspor"))
        self.summary.hide()

        self.start_button = QPushButton(self.tr("&Ekspor"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.open_button = QPushButton(self.tr("&Buka folder"), self)
        self.open_button.setToolTip(self.tr("Buka folder berisi berkas hasil ekspor"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)

        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.start_button.setEnabled(bool(self._ids))

    # -- choices --------------------------------------------------------------------------------
    def _initial_folder(self) -> str:
        return start_folder(self._settings)

    def set_format(self, value: str) -> None:
        self.format_box.setCurrentIndex(max(self.format_box.findData(value), 0))

    def chosen_format(self) -> str:
        return str(self.format_box.currentData())

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip())

    def _choose_folder(self) -> None:
        current = self.folder_edit.text().strip()
        chosen = dialogs.choose_folder(self, self.tr("Pilih folder tujuan ekspor"),
                                       current if current and Path(current).is_dir()
                                       else start_folder(self._settings))
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def _format_changed(self) -> None:
        """PDF needs LibreOffice: say what to install instead of failing after the click."""
        if self.chosen_format() == "pdf":
            from humas_desktop.export.pdf import pdf_available, unavailable_message

            if not pdf_available():
                self.note.setText(unavailable_message())
                self.note.show()
                self.start_button.setEnabled(False)
                return
        self.note.hide()
        self.start_button.setEnabled(bool(self._ids) and not self.is_running())

    # -- running --------------------------------------------------------------------------------
    def _ensure_folder(self, folder: Path) -> bool:
        """True if `folder` exists, or the officer agreed to create it and it was created."""
        if folder.is_dir():
            return True
        if folder.exists():
            dialogs.show_error(self, self.tr("{folder} bukan folder. Pilih folder lain.").format(
                folder=folder))
            return False
        if not dialogs.ask_yes_no(
                self, self.tr("Folder belum ada"),
                self.tr("Folder {folder} belum ada. Buat folder ini?").format(folder=folder),
                yes=self.tr("Buat folder"), no=self.tr("Batal")):
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            dialogs.show_error(self, self.tr("Folder {folder} tidak dapat dibuat: {reason}").format(
                folder=folder, reason=exc.strerror or exc))
            return False
        return True

    def start(self) -> None:
        """Check the folder, read the releases on a worker thread, then export them there."""
        if self.is_running():
            return
        if not self.folder_edit.text().strip():
            dialogs.show_error(self, self.tr("Pilih folder tujuan dulu."))
            return
        folder = self.folder()
        if not self._ensure_folder(folder):
            return
        if self._settings is not None:
            self._settings.setValue(FOLDER_SETTING, str(folder))
        archive, ids, fmt = self._archive, list(self._ids), self.chosen_format()

        def load(_progress: Progress, cancel: Cancel) -> Any:
            from humas_desktop.export.batch import existing_files

            releases, failed = [], []
            for release_id in ids:
                if cancel():
                    return None
                try:
                    releases.append(archive.get(release_id, include_deleted=True))
                except HumasError as exc:
                    failed.append((release_id, str(exc)))
            return releases, failed, existing_files(releases, folder, fmt)

        self.result = None
        self.summary.hide()
        self.open_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.setText(self.tr("Menyiapkan…"))
        self.progress_label.show()
        for widget in (self.format_box, self.folder_edit, self.folder_button, self.start_button):
            widget.setEnabled(False)
        self.cancel_button.setText(self.tr("Batal"))
        self.cancel_button.setToolTip(self.tr("Hentikan ekspor; berkas yang sudah ditulis tetap "
                                              "ada"))
        self._run(load, self._on_loaded, self._on_failed, self._cancelling())

    def ask_existing(self, existing: list[Path]) -> str | None:
        """Ask once what to do with files already in the folder: "replace", "skip", "rename",
        or None to export nothing."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Berkas sudah ada"))
        box.setText(self.tr("%n berkas dengan nama yang sama sudah ada di folder ini.", "",
                            len(existing)))
        names = [f"• {path.name}" for path in existing[:SHOWN_NAMES]]
        if len(existing) > SHOWN_NAMES:
            names.append(self.tr("… dan %n lainnya", "", len(existing) - SHOWN_NAMES))
        box.setInformativeText("\n".join(names))
        if len(existing) > SHOWN_NAMES:
            box.setDetailedText("\n".join(path.name for path in existing))
        replace = box.addButton(self.tr("Ganti"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setToolTip(self.tr("Tulis ulang berkas yang sudah ada dengan hasil ekspor baru"))
        skip = box.addButton(self.tr("Lewati"), QMessageBox.ButtonRole.AcceptRole)
        skip.setToolTip(self.tr("Biarkan berkas yang sudah ada; rilis itu tidak diekspor lagi"))
        copy = box.addButton(self.tr("Simpan sebagai salinan baru"),
                             QMessageBox.ButtonRole.AcceptRole)
        copy.setToolTip(self.tr("Biarkan berkas yang sudah ada dan tulis berkas baru bernomor, "
                                "misalnya “Judul (2).docx”"))
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(skip)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return {replace: "replace", skip: "skip", copy: "rename"}.get(clicked)

    def _on_loaded(self, loaded: Any) -> None:
        """The releases are read: ask about existing files, then export on a new worker."""
        from humas_desktop.export.batch import BatchResult

        cancelled = self.cancel_requested()
        self._retire_worker()
        if loaded is None or cancelled:  # cancelled while reading
            self._on_done(BatchResult(cancelled=True))
            return
        releases, failed, existing = loaded
        policy = "rename"
        if existing:
            chosen = self.ask_existing(existing)
            if chosen is None:
                self.progress.hide()
                self.progress_label.setText(self.tr("Ekspor dibatalkan; tidak ada berkas yang "
                                                    "ditulis."))
                self._finish_running()
                return
            policy = chosen
        archive, folder, fmt = self._archive, self.folder(), self.chosen_format()
        office = archive.office_profile()
        template_value = archive.setting(TEMPLATE_SETTING, "") or ""
        template = Path(template_value) if template_value else None

        def work(progress: Progress, cancel: Cancel) -> Any:
            from humas_desktop.export.batch import export_batch

            def photo(sha256: str) -> Path | None:
                path = archive.photo_path(sha256)
                return path if path.exists() else None

            result = export_batch(releases, folder, fmt, office=office, photo_resolver=photo,
                                  template=template, existing=policy, progress=progress,
                                  cancel=cancel)
            result.failed[:0] = failed
            return result

        self.progress.setRange(0, max(len(releases), 1))
        self.progress.setValue(0)
        self._run(work, self._on_done, self._on_failed, self._cancelling())

    def _cancelling(self) -> str:
        return self.tr("Membatalkan… menunggu berkas yang sedang ditulis selesai.")

    def _on_progress(self, done: int, total: int, title: str) -> None:
        super()._on_progress(done, total, title)
        if not self.cancel_requested():
            self.progress_label.setText(self.tr("{done} dari {total}: {title}").format(
                done=done, total=total, title=title or self.tr("(tanpa judul)")))

    def _finish_running(self) -> None:
        self._stop_job()
        for widget in (self.format_box, self.folder_edit, self.folder_button):
            widget.setEnabled(True)
        self._format_changed()
        self._announce_end()

    def _on_done(self, result: Any) -> None:
        self.result = result
        written, failed = len(result.written), len(result.failed)
        if result.cancelled:
            head = self.tr("Dibatalkan. %n berkas sudah ditulis sebelum dibatalkan.", "", written)
        else:
            head = self.tr("Selesai. %n berkas ditulis.", "", written)
        lines = [head, self.tr("Folder: {folder}").format(folder=self.folder())]
        renamed = {new: old for old, new in result.renamed}
        if result.written:
            lines += ["", self.tr("Berkas yang ditulis:")]
            for path in result.written:
                if path in renamed:
                    lines.append("• " + self.tr("{name} (salinan baru; {existing} tetap ada)")
                                 .format(name=path.name, existing=renamed[path].name))
                else:
                    lines.append(f"• {path.name}")
        if result.skipped:
            lines += ["", self.tr("%n berkas sudah ada dan dilewati:", "", len(result.skipped))]
            lines += [f"• {path.name}" for path in result.skipped]
        if failed:
            lines += ["", self.tr("%n rilis gagal diekspor:", "", failed)]
            lines += [f"• {message}" for _, message in result.failed]
        if result.warnings:
            lines += ["", self.tr("Catatan:")]
            lines += [f"• {warning}" for warning in result.warnings]
        self.progress_label.setText(head)
        self.summary.setPlainText("\n".join(lines))
        self.summary.show()
        self.open_button.setVisible(bool(result.written))
        self._finish_running()

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.progress_label.setText(self.tr("Ekspor tidak dapat dijalankan."))
        self.summary.setPlainText(message)
        self.summary.show()
        self._finish_running()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))
