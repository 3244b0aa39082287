"""Export and import from the GUI: Word, PDF, e-mail text, WhatsApp, social-media caption, many
releases at once, and old Word files into the archive. The CLI calls the same export functions.

Nothing here imports python-docx or looks for LibreOffice until an action is chosen: the menus
are built at start-up, whose time is measured.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from humas_desktop.archive import Archive
from humas_desktop.errors import HumasError
from humas_desktop.model import Release
from humas_desktop.ui import dialogs

translate = QCoreApplication.translate
FOLDER_SETTING = "export/folder"
TEMPLATE_SETTING = "export.word_template"


def suggested_name(release: Release, suffix: str = ".docx") -> str:
    """A file name Windows accepts: `2026-11-23 Judul rilis.docx` (the batch export's too)."""
    from humas_desktop.export.naming import release_file_name

    return release_file_name(release, suffix)


def start_folder(settings: Any, *keys: str) -> str:
    """The folder a file or folder dialog opens in; it always exists.

    The first of `keys` (QSettings keys holding a folder; by default the last export folder)
    that names an existing folder, else the Documents folder if it exists, else home. A
    missing start folder makes Qt fall back to the working directory, or put the folder's
    name into the file-name field.
    """
    for key in keys or (FOLDER_SETTING,):
        saved = str(settings.value(key, "") or "") if settings is not None else ""
        if saved and Path(saved).is_dir():
            return saved
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def _photo_resolver(archive: Archive) -> Any:
    def resolve(sha256: str) -> Path | None:
        path = archive.photo_path(sha256)
        return path if path.exists() else None

    return resolve


def _template(archive: Archive) -> Path | None:
    value = archive.setting(TEMPLATE_SETTING, "") or ""
    return Path(value) if value else None


def _settings(parent: QWidget) -> Any:
    from PySide6.QtCore import QSettings

    settings = getattr(parent, "settings", None)
    if not isinstance(settings, QSettings):
        settings = getattr(parent.window(), "settings", None)
    return settings if isinstance(settings, QSettings) else None


def _ask_target(parent: QWidget, release: Release, title: str, filters: str,
                suffix: str) -> Path | None:
    """The save dialog in the last export folder; overwriting is confirmed by `dialogs`."""
    settings = _settings(parent)
    folder = start_folder(settings)
    target = dialogs.save_file(parent, title, filters,
                               str(Path(folder) / suggested_name(release, "." + suffix)), suffix)
    if target is not None and settings is not None:
        settings.setValue(FOLDER_SETTING, str(target.parent))
    return target


def _status(parent: QWidget, text: str, msecs: int = 8000) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)


def _written(parent: QWidget, path: Path, warnings: tuple[str, ...] | list[str]) -> None:
    _status(parent, translate("export", "Diekspor ke {path}").format(path=path))
    if warnings:
        dialogs.show_info(parent, translate("export", "Ekspor selesai dengan catatan"),
                          translate("export", "Berkas sudah dibuat: {path}").format(path=path),
                          "\n".join(warnings))


def export_word(parent: QWidget, archive: Archive, release: Release,
                target: Path | None = None) -> Path | None:
    """Ask where (confirming overwrite), write the .docx atomically, tell the user.

    `target` is a path the user already chose and confirmed; None asks.
    """
    if target is None:
        target = _ask_target(parent, release, translate("export", "Ekspor ke Word"),
                             translate("export", "Dokumen Word (*.docx)"), "docx")
        if target is None:
            return None

    from humas_desktop.export.docx import export_docx

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = export_docx(release, target, archive.office_profile(),
                             photo_resolver=_photo_resolver(archive),
                             template=_template(archive), force=True)
    except HumasError as exc:
        QApplication.restoreOverrideCursor()
        dialogs.show_error(parent, str(exc))
        return None
    QApplication.restoreOverrideCursor()
    _written(parent, result.path, result.warnings)
    return result.path


def export_pdf(parent: QWidget, archive: Archive, release: Release,
               target: Path | None = None) -> Path | None:
    """PDF through LibreOffice; without it, say what to install instead of failing later."""
    from humas_desktop.export.pdf import pdf_available, unavailable_message

    title = translate("export", "Ekspor ke PDF")
    if not pdf_available():
        dialogs.show_info(parent, title, unavailable_message())
        return None
    if target is None:
        target = _ask_target(parent, release, title,
                             translate("export", "Dokumen PDF (*.pdf)"), "pdf")
        if target is None:
            return None
    office, resolver, template = (archive.office_profile(), _photo_resolver(archive),
                                  _template(archive))
    chosen = target

    def work(_progress: Any, _cancel: Any) -> Any:
        from humas_desktop.export.formats import ExportFormat, export_release

        return export_release(release, chosen, ExportFormat.PDF, office=office,
                              photo_resolver=resolver, template=template, force=True)

    from humas_desktop.ui.background import run_with_busy_dialog

    try:
        result = run_with_busy_dialog(
            parent, title, translate("export", "Membuat PDF lewat LibreOffice…"), work)
    except HumasError as exc:
        dialogs.show_error(parent, str(exc))
        return None
    _written(parent, result.path, result.warnings)
    return Path(result.path)


def save_text(parent: QWidget, archive: Archive, release: Release,
              target: Path | None = None) -> Path | None:
    """Plain text for pasting into an e-mail, written atomically as UTF-8."""
    if target is None:
        target = _ask_target(parent, release, translate("export", "Simpan sebagai teks"),
                             translate("export", "Teks (*.txt)"), "txt")
        if target is None:
            return None
    from humas_desktop.export.formats import ExportFormat, export_release

    try:
        result = export_release(release, target, ExportFormat.TEXT,
                                office=archive.office_profile(), force=True)
    except HumasError as exc:
        dialogs.show_error(parent, str(exc))
        return None
    _written(parent, result.path, result.warnings)
    return result.path


def copy_whatsapp(parent: QWidget, archive: Archive, release: Release) -> str | None:
    """WhatsApp text (`*tebal*`, `_miring_`) to the clipboard, confirmed in the status bar."""
    from humas_desktop.export.formats import ExportFormat, render_text

    try:
        text, warnings = render_text(release, ExportFormat.WHATSAPP,
                                     office=archive.office_profile())
    except HumasError as exc:
        dialogs.show_error(parent, str(exc))
        return None
    QApplication.clipboard().setText(text)
    message = translate("export", "Teks WhatsApp disalin; tempel di obrolan dengan Ctrl+V.")
    if warnings:
        message += " " + " ".join(warnings)
    _status(parent, message)
    return text


def show_caption(parent: QWidget, archive: Archive, release: Release) -> None:
    from humas_desktop.ui.caption_dialog import CaptionDialog

    dialog = CaptionDialog(release, archive.office_profile(), parent)
    dialog.exec()
    dialog.deleteLater()


def batch_export(parent: QWidget, archive: Archive, release_ids: list[str]) -> Any:
    """Open the batch dialog for `release_ids`; returns the BatchResult (None if not run)."""
    if not release_ids:
        dialogs.show_info(
            parent, translate("export", "Ekspor beberapa rilis"),
            translate("export", "Pilih dulu rilis yang akan diekspor di daftar arsip."),
            translate("export", "Tahan Ctrl sambil mengeklik untuk memilih beberapa rilis, "
                                "Shift untuk satu rentang, atau Ctrl+A untuk semua yang tampil."))
        return None
    from humas_desktop.ui.batch_export_dialog import BatchExportDialog

    dialog = BatchExportDialog(archive, release_ids, parent, _settings(parent))
    dialog.exec()
    result = dialog.result
    dialog.deleteLater()
    return result


def import_word(window: Any) -> list[str]:
    """The Word import dialog; the list refreshes and the first imported release opens."""
    from humas_desktop.ui.word_import_dialog import WordImportDialog

    dialog = WordImportDialog(window.archive, window, _settings(window))
    panel = getattr(window, "archive_panel", None)
    if panel is not None:
        dialog.imported.connect(lambda _ids: panel.refresh())
    dialog.exec()
    ids = dialog.imported_ids()
    dialog.deleteLater()
    if ids and hasattr(window, "reveal") and window.save_now():
        try:
            window.reveal(window.archive.get(ids[0]))
        except HumasError as exc:
            dialogs.show_error(window, str(exc))
    if ids:
        _status(window, translate("export", "%n rilis diimpor dari Word.", "", len(ids)))
    return ids


# -- menu ------------------------------------------------------------------------------------


def _open_release(window: Any) -> Release | None:
    """The release in the editor after saving it, so the export has the latest text."""
    if window.current_release() is None or not window.save_now():
        return None
    release: Release | None = window.current_release()
    return release


def _with_release(window: Any, export: Callable[[QWidget, Archive, Release], Any]
                  ) -> Callable[[], None]:
    def run() -> None:
        release = _open_release(window)
        if release is not None:
            export(window, window.archive, release)

    return run


def _selected_ids(window: Any) -> list[str]:
    panel = window.archive_panel
    ids: list[str] = panel.selected_ids()
    if not ids and panel.current_id():
        ids = [panel.current_id()]
    return ids


def _batch(window: Any) -> None:
    window.save_now()
    batch_export(window, window.archive, _selected_ids(window))


def _file_menu(window: QMainWindow) -> QMenu:
    menu = getattr(window, "file_menu", None)
    if isinstance(menu, QMenu):
        return menu
    for action in window.menuBar().actions():
        if action.menu() is not None:
            return action.menu()  # type: ignore[return-value]
    return window.menuBar().addMenu(translate("export", "&Berkas"))


def _make(window: QMainWindow, text: str, tip: str, shortcut: str | None,
          slot: Callable[[], None], name: str) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setWhatsThis(tip)
    action.triggered.connect(lambda _=False: slot())
    return action


def install_export_actions(window: Any) -> list[QAction]:
    """Add the Ekspor submenu and "Impor dari Word…" to the File menu.

    Returns the actions that need an open release (also kept as `window.release_actions`);
    the window enables them as it does "Ekspor ke Word…". All actions are kept by name in
    `window.export_menu_actions`. Calling it again returns the same actions.
    """
    if isinstance(getattr(window, "export_menu_actions", None), dict):
        return list(window.release_actions)
    pdf = _make(window, translate("export", "Ekspor ke &PDF…"),
                translate("export", "Simpan rilis ini sebagai PDF (lewat LibreOffice) dengan "
                                    "kop instansi"),
                "Ctrl+Shift+P", _with_release(window, export_pdf), "export_pdf")
    text = _make(window, translate("export", "Simpan sebagai &teks…"),
                 translate("export", "Simpan rilis ini sebagai teks biasa (.txt) untuk "
                                     "ditempel di surel"),
                 "Ctrl+Shift+T", _with_release(window, save_text), "export_text")
    whatsapp = _make(window, translate("export", "Salin untuk &WhatsApp"),
                     translate("export", "Salin rilis ini ke papan klip dengan format "
                                         "WhatsApp (*tebal*, _miring_)"),
                     "Ctrl+Shift+W", _with_release(window, copy_whatsapp), "export_whatsapp")
    caption = _make(window, translate("export", "&Keterangan media sosial…"),
                    translate("export", "Buat keterangan Instagram, Facebook, atau X dari judul "
                                        "dan teras berita"),
                    "Ctrl+Shift+K", _with_release(window, show_caption), "export_caption")
    batch = _make(window, translate("export", "Ekspor &beberapa rilis…"),
                  translate("export", "Ekspor rilis yang dipilih di daftar arsip sekaligus ke "
                                      "satu folder"),
                  "Ctrl+Shift+E", lambda: _batch(window), "export_batch")
    word_import = _make(window, translate("export", "&Impor dari Word…"),
                        translate("export", "Masukkan siaran pers lama dari berkas Word (.docx) "
                                            "ke arsip"),
                        "Ctrl+Shift+I", lambda: import_word(window), "import_word")

    file_menu = _file_menu(window)
    submenu = QMenu(translate("export", "Eksp&or"), file_menu)
    submenu.setObjectName("export_menu")
    submenu.setAccessibleName(translate("export", "Ekspor"))
    submenu.setToolTipsVisible(True)
    word = getattr(window, "export_action", None)
    if isinstance(word, QAction):
        submenu.addAction(word)
    for action in (pdf, text, whatsapp, caption):
        submenu.addAction(action)
    submenu.addSeparator()
    submenu.addAction(batch)

    actions = file_menu.actions()
    before: QAction | None = None
    if isinstance(word, QAction) and word in actions:
        index = actions.index(word)
        before = actions[index + 1] if index + 1 < len(actions) else None
    if before is None:
        file_menu.addMenu(submenu)
        file_menu.addAction(word_import)
    else:
        file_menu.insertMenu(before, submenu)
        file_menu.insertAction(before, word_import)

    release_actions = [pdf, text, whatsapp, caption]
    window.release_actions = release_actions
    window.export_menu_actions = {a.objectName(): a for a in (*release_actions, batch,
                                                              word_import)}
    window.export_menu = submenu
    return release_actions
