"""Start the GUI: application object, language, error handling, archive, main window.

Start-up speed matters on old office PCs, so only Qt and the archive are imported here; python-docx,
the spell checker and the dialogs are imported when first used.
"""

from __future__ import annotations

import gc
import logging
import logging.handlers
import os
import sys
import time
import traceback
from argparse import Namespace
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from humas_desktop.errors import HumasError
from humas_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, set_language
from humas_desktop.resources import resource_path

log = logging.getLogger("humas_desktop")
translate = QCoreApplication.translate

APP_NAME = "Humas Desktop"
SETTINGS_FILE = "tampilan.ini"  # per data folder: window layout, language, backups to keep
LOG_DIR = "logs"
LOG_FILE = "humas-desktop.log"

_translators: list[QTranslator] = []


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt)."""
    # The autosave, the journal writer and the checker's pipe run Python on worker threads
    # (the checker itself runs in its own process); every Qt callback of the GUI thread (a key,
    # a paint of the underlines) must win the GIL back from them. With the default 5 ms switch
    # interval a keystroke that needs several callbacks can wait several times 5 ms (measured
    # 45-49 ms stalls when the checker still ran on a thread); 1 ms keeps a key's response
    # within the stall budget at a small cost in background throughput.
    sys.setswitchinterval(0.001)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("humas-desktop")
    icon = resource_path("icons", "humas-desktop.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # No custom palette or style: the platform's own follows the system light/dark setting.
    return app


def open_settings(data_dir: Path) -> QSettings:
    """Window layout and start-up choices live beside the archive they belong to."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def chosen_language(args_lang: str | None, settings: QSettings) -> str:
    lang = args_lang or str(settings.value("ui/language", DEFAULT_LANGUAGE))
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def install_language(app: QCoreApplication, lang: str) -> None:
    """Indonesian is the source language of our strings; English comes from humas_en.qm.
    In Indonesian, qt_id.qm gives Qt's own widgets (context menus, file dialog) our words."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    set_language(lang)
    names = ["humas_en"] if lang == "en" else ["qt_id"]
    for name in names:
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", f"{name}.qm"))):
            app.installTranslator(translator)
            _translators.append(translator)
        else:
            log.warning("translation %s.qm not found; run build_translations", name)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
                       if lang == "en" else
                       QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))


def setup_logging(data_dir: Path) -> Path:
    """Errors and Qt warnings go to data_dir/logs, never to a console officers don't have."""
    folder = data_dir / LOG_DIR
    path = folder / LOG_FILE
    if any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False

    def qt_messages(kind: QtMsgType, context: Any, message: str) -> None:
        level = logging.ERROR if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) else (
            logging.WARNING if kind == QtMsgType.QtWarningMsg else logging.DEBUG)
        log.log(level, "Qt: %s", message)

    qInstallMessageHandler(qt_messages)
    return path


def _active_window() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def install_exception_hook(log_path: Path) -> None:
    """A user-fixable HumasError shows its message; a bug is logged and explained kindly."""
    busy = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, HumasError):
            from humas_desktop.ui import dialogs

            log.info("user error: %s", exc)
            dialogs.show_error(_active_window(), str(exc))
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if busy:
            return
        busy = True
        try:
            from humas_desktop.ui import dialogs

            dialogs.show_error(
                _active_window(),
                translate("app", "Terjadi kesalahan yang tidak terduga. Yang sudah tersimpan "
                                 "tetap aman; teks yang sedang diketik ada di jurnal pemulihan."),
                translate("app", "Rincian teknis dicatat di {path}. Jika masalah berulang, "
                                 "kirim berkas itu ke pengelola TI.").format(path=log_path),
                title=translate("app", "Kesalahan program"),
            )
        finally:
            busy = False

    sys.excepthook = hook


class _FirstPaint(QObject):
    """Quits the application once the main window has really been painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._done and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.window() is self._window):
            self._done = True
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


class GarbageSettler(QObject):
    """Keep Python's full garbage collections out of typing.

    A full (generation 2) collection walks every tracked object: with Qt wrappers, SQLAlchemy
    and the checker's dictionaries loaded that is a 45–70 ms freeze, measured as the longest
    stall while typing (benchmarks/ui_speed.py). When the officer has not typed for a while we
    collect and then `gc.freeze()` the survivors, so collections during typing only walk the
    few objects made since. Unfreezing first on the next settle lets frozen objects that became
    garbage be collected after all.
    """

    IDLE_SECONDS = 8.0
    EVERY_SECONDS = 120.0

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._last_activity = time.monotonic()
        self._settled_at = 0.0
        # The window builds its editor after the first paint; follow it once it exists.
        window.when_editor(lambda editor: editor.stats_changed.connect(self.touch))
        self._timer = QTimer(self)
        self._timer.setInterval(4000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def touch(self, *_: object) -> None:
        self._last_activity = time.monotonic()

    def _tick(self) -> None:
        now = time.monotonic()
        if now - self._last_activity < self.IDLE_SECONDS:
            return
        if self._settled_at and now - self._settled_at < self.EVERY_SECONDS:
            return
        self.settle()

    def settle(self) -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self._settled_at = time.monotonic()


def quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    app.installEventFilter(_FirstPaint(window))


def start_gui(args: Namespace, app: QApplication) -> Any:
    """Open the archive and show the main window; None (user told) if the archive can't open."""
    from humas_desktop.archive.paths import resolve_data_dir

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    settings = open_settings(data_dir)
    log_path = setup_logging(data_dir)
    install_language(app, chosen_language(getattr(args, "lang", None), settings))
    install_exception_hook(log_path)
    quiet = bool(getattr(args, "exit_after_start", False))

    from humas_desktop.archive import Archive

    try:
        backups = int(settings.value("archive/backups_to_keep", 7))
        # The day's full check and backup run behind the window (start_maintenance).
        archive = Archive.open(data_dir, backups_to_keep=backups, defer_maintenance=True)
    except HumasError as exc:
        log.info("archive could not be opened: %s", exc)
        if quiet:
            print(f"humas-desktop: {exc}", file=sys.stderr)
        else:
            from humas_desktop.ui import dialogs

            dialogs.show_error(None, str(exc),
                               title=translate("app", "Arsip tidak dapat dibuka"))
        return None

    from humas_desktop.ui.main_window import MainWindow

    window = MainWindow(archive, settings)
    window.garbage_settler = GarbageSettler(window)
    window.show()
    return window


def after_start(window: Any) -> None:
    """What needs the officer's attention once the window is up, most urgent first."""
    from humas_desktop.i18n import current_language
    from humas_desktop.ui import dialogs

    window.editor  # noqa: B018 - the window is painted: build its editor now (MainWindow.editor)
    archive = window.archive
    if archive.open_report is not None:
        dialogs.show_info(window, translate("app", "Arsip dipulihkan dari cadangan"),
                          archive.open_report.message(current_language()))
    if not archive.office_profile().is_set_up:
        from humas_desktop.ui.wizard import OfficeWizard

        OfficeWizard(archive, window).exec()
    window.archive_panel.select_first()
    start_maintenance(window)
    offer_recoveries(window)


def start_maintenance(window: Any) -> Any:
    """The daily integrity check and backup, on a worker thread behind the open window."""
    from humas_desktop.ui.maintenance_runner import MaintenanceRunner

    runner = MaintenanceRunner(window.archive, window)
    window.maintenance = runner
    runner.start()
    return runner


def offer_recoveries(window: Any) -> None:
    """Offer text that was typed but never saved before the program or the PC died."""
    from humas_desktop.archive.journal import pending_recoveries
    from humas_desktop.ui.recovery_dialog import RecoveryDialog, still_unsaved

    recoveries = still_unsaved(window.archive, pending_recoveries(window.archive.data_dir))
    if recoveries:
        dialog = RecoveryDialog(window.archive, recoveries, window)
        dialog.exec()
        if dialog.restored:
            window.reveal(dialog.restored[0])


def run_gui(args: Namespace) -> int:
    app = create_application()
    window = start_gui(args, app)
    if window is None:
        return 2
    if args.exit_after_start:
        quit_after_first_paint(app, window)
    else:
        QTimer.singleShot(0, lambda: after_start(window))
    code = app.exec()
    window.archive.close()
    if args.exit_after_start:
        # Smoke-test mode: nothing was typed or saved and the archive is closed, so skip
        # tearing down Qt's widgets and ~1,500 Python modules (0.2-0.3 s on this VM), which
        # would otherwise count as start-up time in every measurement of it.
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(code))
    return int(code)
