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
from PySide6.QtWidgets import QProgressDialog, QWidget

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
