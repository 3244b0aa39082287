"""Long exports and imports on a worker thread, so the window keeps painting and Cancel works.

The work function receives `progress(done, total, name)` and `cancel() -> bool`, the same shape
the Qt-free batch functions take, so `export_batch` and `import_word_files` run unchanged. The
archive is used from the worker the way the editor's background save uses it: every call takes
its own pooled SQLite connection, and BEGIN IMMEDIATE with busy_timeout serialises the writes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from humas_desktop.errors import HumasError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]
Work = Callable[[Progress, Cancel], Any]


def unexpected_message(exc: BaseException) -> str:
    """What the user reads when a bug stops a job: no traceback, a pointer to the log."""
    return translate("background", "Terjadi kesalahan tak terduga ({kind}). Rinciannya "
                                   "tercatat di catatan galat (Bantuan › Buka folder data)."
                     ).format(kind=type(exc).__name__)


class Worker(QThread):
    """Runs `work(progress, cancel)` once; the signals arrive on the GUI thread (queued)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: str | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next check; what is already written stays."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progressed.emit(done, total, name)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except HumasError as exc:
            self.error = str(exc)
            self.failed.emit(self.error)
            return
        except Exception as exc:  # a bug must reach the user as a message, not kill the app
            log.exception("background job failed")
            self.error = unexpected_message(exc)
            self.failed.emit(self.error)
            return
        self.result = result
        self.succeeded.emit(result)


def run_with_busy_dialog(parent: QWidget | None, title: str, label: str, work: Work) -> Any:
    """Run a job that cannot be cancelled (one PDF through LibreOffice) while a modal busy
    indicator keeps the window painted; return its result or raise HumasError with its message.
    """
    worker = Worker(work, parent)
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setWindowTitle(title)
    busy.setCancelButton(None)  # type: ignore[arg-type]
    busy.setMinimumDuration(0)
    busy.setAccessibleName(title)
    worker.finished.connect(busy.accept)
    worker.start()
    while worker.isRunning():  # Esc closes the indicator; it comes back until the job ends
        busy.exec()
    worker.wait()
    busy.deleteLater()
    worker.deleteLater()
    if worker.error is not None:
        raise HumasError(worker.error)
    return worker.result


class JobDialog(QDialog):
    """A dialog that runs its jobs on a Worker: Cancel stops at the next check, and closing
    while a job runs cancels it and closes once the job has stopped (nothing half-written).

    Subclasses make `cancel_button`, `progress` and `progress_label`, start jobs with `_run`,
    and when a job is over call `_stop_job()`, show the outcome, then `_announce_end()`.
    """

    job_finished = Signal()  # the summary (or the reason the job could not run) is shown
    cancel_button: QPushButton
    progress: QProgressBar
    progress_label: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self._busy = False
        self._close_when_done = False
        self._cancelling_text = ""

    def is_running(self) -> bool:
        """True from the start until the result has been shown (not just the thread's end)."""
        return self._busy

    def cancel_requested(self) -> bool:
        return self._worker is not None and self._worker.cancel_requested()

    def _run(self, work: Work, on_success: Callable[[Any], None],
             on_failure: Callable[[str], None], cancelling: str) -> None:
        """Start `work` on a new worker; `cancelling` is shown while a cancel takes effect."""
        self._busy = True
        self._cancelling_text = cancelling
        self._worker = Worker(work, self)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(on_success)
        self._worker.failed.connect(on_failure)
        self._worker.start()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        """Move the bar; subclasses add what is being done to `progress_label`."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _retire_worker(self) -> None:
        if self._worker is not None:
            self._worker.wait()  # run() has emitted its result and is returning
            self._worker.deleteLater()
        self._worker = None

    def _stop_job(self) -> None:
        """The job is over: Batal becomes Tutup. The subclass then shows the outcome and
        calls `_announce_end()`."""
        self._retire_worker()
        self._busy = False
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("JobDialog", "Tutup"))  # a base class: fixed context
        self.cancel_button.setToolTip("")

    def _announce_end(self) -> None:
        self.job_finished.emit()
        if self._close_when_done:  # closed while running: close now that nothing is written
            self._close_when_done = False
            super().reject()

    def cancel(self) -> None:
        if self._worker is not None and self.is_running():
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self._cancelling_text)

    def reject(self) -> None:
        if self.is_running():
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.is_running():
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
