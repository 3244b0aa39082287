"""Export the open release to Word from the GUI (the CLI calls the same export functions)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QWidget

from humas_desktop.archive import Archive
from humas_desktop.model import Release
from humas_desktop.ui import dialogs

translate = QCoreApplication.translate
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def suggested_name(release: Release) -> str:
    """A file name Windows accepts: `2026-11-23 Judul rilis.docx`."""
    title = _UNSAFE.sub(" ", release.title).strip(" .") or translate("export", "siaran-pers")
    title = " ".join(title.split())[:80].rstrip(" .")
    day = release.release_date.isoformat() if release.release_date else ""
    return f"{day} {title}.docx".strip()


def _photo_resolver(archive: Archive) -> Any:
    def resolve(sha256: str) -> Path | None:
        path = archive.photo_path(sha256)
        return path if path.exists() else None

    return resolve


def export_word(parent: QWidget, archive: Archive, release: Release,
                target: Path | None = None) -> Path | None:
    """Ask where (confirming overwrite), write the .docx atomically, tell the user."""
    from PySide6.QtCore import QSettings

    settings = getattr(parent, "settings", None)
    folder = ""
    if isinstance(settings, QSettings):
        folder = str(settings.value("export/folder", ""))
    if not folder:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
    if target is None:
        target = dialogs.save_file(
            parent, translate("export", "Ekspor ke Word"),
            translate("export", "Dokumen Word (*.docx)"),
            str(Path(folder) / suggested_name(release)), "docx")
        if target is None:
            return None
    if isinstance(settings, QSettings):
        settings.setValue("export/folder", str(target.parent))

    from humas_desktop.export.docx import export_docx

    template_setting = archive.setting("export.word_template", "") or ""
    template = Path(template_setting) if template_setting else None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = export_docx(release, target, archive.office_profile(),
                             photo_resolver=_photo_resolver(archive), template=template,
                             force=True)
    finally:
        QApplication.restoreOverrideCursor()
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            translate("export", "Diekspor ke {path}").format(path=result.path), 8000)
    if result.warnings:
        dialogs.show_info(parent, translate("export", "Ekspor selesai dengan catatan"),
                          translate("export", "Berkas Word sudah dibuat: {path}").format(
                              path=result.path),
                          "\n".join(result.warnings))
    return result.path
