"""The archive's daily check and backup, run behind the open window.

On a big archive the full quick_check and the backup take seconds; an officer under deadline
must be able to type meanwhile, so the work runs on a plain Python thread (the archive uses its
own connections for it) and only the outcome comes back to the GUI thread, through a signal.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from humas_desktop.archive import Archive, MaintenanceReport
from humas_desktop.i18n import current_language

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class MaintenanceRunner(QObject):
    """Starts `Archive.run_maintenance()` on a worker thread and reports to the window."""

    progress = Signal(str)
    finished = Signal(object)  # MaintenanceReport

    def __init__(self, archive: Archive, window: Any) -> None:
        super().__init__(window)
        self.archive = archive
        self.window = window
        self.report: MaintenanceReport | None = None
        self._thread: threading.Thread | None = None
        self.progress.connect(self._show_progress)
        self.finished.connect(self._done)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._work, name="humas-maintenance",
                                        daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the worker has ended (tests; closing the archive cancels it first)."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _work(self) -> None:
        try:
            report = self.archive.run_maintenance(self.progress.emit)
        except Exception:  # a bug here must not take the open window down with it
            log.exception("daily maintenance failed")
            return
        self.finished.emit(report)

    def _show_progress(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    def _done(self, report: MaintenanceReport) -> None:
        self.report = report
        log.info("daily maintenance: checked=%s backup=%s problem=%s error=%s in %.1f s",
                 report.checked, report.backup_path, report.problem, report.error,
                 report.seconds)
        bar = self.window.statusBar()
        message = report.message(current_language())
        if report.damaged:
            from humas_desktop.ui import dialogs

            bar.clearMessage()
            dialogs.show_error(self.window, message,
                               title=translate("app", "Arsip rusak"))
        elif report.error is not None:
            bar.showMessage(message, 15000)
        elif report.cancelled:
            bar.clearMessage()
        else:
            bar.showMessage(message, 5000)
