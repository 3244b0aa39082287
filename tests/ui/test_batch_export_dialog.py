"""Exporting many releases at once: a worker thread, progress, Cancel and a summary."""

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from humas_desktop.model import Block, new_release
from humas_desktop.ui.batch_export_dialog import BatchExportDialog
from humas_desktop.ui.export_actions import batch_export, install_export_actions
from tests.ui.conftest import PROFILE, answer_next_dialog

HAS_LIBREOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "keluaran"
    folder.mkdir()
    return folder


def _dialog(qtbot, archive, ids, out: Path, fmt: str = "docx") -> BatchExportDialog:
    dialog = BatchExportDialog(archive, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(out))
    dialog.set_format(fmt)
    return dialog


def _run(qtbot, dialog: BatchExportDialog, timeout: int = 60000):
    with qtbot.waitSignal(dialog.job_finished, timeout=timeout):
        dialog.start_button.click()
    return dialog.result


def test_exports_the_chosen_releases_as_word_files(qtbot, archive, sample, out):
    ids = [r.id for r in sample]
    dialog = _dialog(qtbot, archive, ids, out)
    assert "3 rilis akan diekspor" in dialog.intro.text()
    assert dialog.format_box.currentText() == "Dokumen Word (.docx)"
    result = _run(qtbot, dialog)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3 and all(n.startswith("2026-11-20_") and n.endswith(".docx")
                                   for n in names)
    assert sorted(p.name for p in result.written) == names
    for path in out.iterdir():
        with zipfile.ZipFile(path) as docx:
            assert "word/document.xml" in docx.namelist()
    assert dialog.summary.toPlainText().startswith("Selesai. 3 berkas ditulis.")
    assert dialog.open_button.isVisibleTo(dialog)
    assert dialog.progress.value() == 3
    assert dialog.cancel_button.text() == "Tutup"


def test_a_missing_release_is_reported_and_the_rest_written(qtbot, archive, sample, out):
    ids = [sample[0].id, "00000000-0000-4000-8000-000000000000", sample[1].id]
    dialog = _dialog(qtbot, archive, ids, out, "wa")
    result = _run(qtbot, dialog)
    assert len(result.written) == 2 and len(result.failed) == 1
    assert all(p.suffix == ".txt" for p in out.iterdir())
    text = dialog.summary.toPlainText()
    assert "Selesai. 2 berkas ditulis." in text
    assert "1 rilis gagal diekspor:" in text
    assert "Traceback" not in text
    # Existing files are never replaced: a second run writes numbered names.
    _run(qtbot, dialog)
    assert len(list(out.iterdir())) == 4


def test_cancel_stops_the_batch(qtbot, archive, out):
    ids = [archive.save(new_release(
        office=PROFILE.name, title=f"Rilis uji batal nomor {i}", release_date=date(2026, 1, 1),
        body=(Block.plain("Isi rilis untuk menguji pembatalan ekspor. " * 40),))).id
        for i in range(40)]
    dialog = _dialog(qtbot, archive, ids, out)
    dialog.start_button.click()
    assert dialog.is_running()
    assert not dialog.start_button.isEnabled() and not dialog.format_box.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=30000)
    dialog.cancel_button.click()
    assert "Membatalkan" in dialog.progress_label.text()
    assert dialog.isVisible()  # Batal while running cancels; it does not close at once
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    result = dialog.result
    assert result.cancelled
    assert 1 <= len(result.written) < 40
    assert len(list(out.iterdir())) == len(result.written)  # every written file is complete
    for path in out.iterdir():
        zipfile.ZipFile(path).close()
    assert dialog.summary.toPlainText().startswith("Dibatalkan.")


def test_closing_while_running_cancels_then_closes(qtbot, archive, sample, out):
    dialog = _dialog(qtbot, archive, [r.id for r in sample] * 5, out)
    dialog.start_button.click()
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert not dialog.is_running()


def test_folder_must_exist(qtbot, archive, sample, out):
    dialog = _dialog(qtbot, archive, [sample[0].id], out / "tidak-ada")
    seen = answer_next_dialog(qtbot, dialog.start_button.click, "OK")
    assert "tidak-ada" in seen[1] and "tidak ada" in seen[1]
    assert not dialog.is_running()


def test_pdf_without_libreoffice_is_explained(qtbot, archive, sample, out, monkeypatch):
    monkeypatch.setenv("HUMAS_SOFFICE", str(out / "soffice"))
    dialog = _dialog(qtbot, archive, [sample[0].id], out, "pdf")
    assert dialog.note.isVisibleTo(dialog)
    assert "LibreOffice" in dialog.note.text()
    assert not dialog.start_button.isEnabled()
    dialog.set_format("txt")
    assert dialog.start_button.isEnabled() and not dialog.note.isVisibleTo(dialog)


@pytest.mark.skipif(not HAS_LIBREOFFICE, reason="LibreOffice is not installed")
def test_pdf_batch(qtbot, archive, sample, out):
    dialog = _dialog(qtbot, archive, [r.id for r in sample[:2]], out, "pdf")
    result = _run(qtbot, dialog, timeout=180000)
    assert len(result.written) == 2
    assert all(p.read_bytes().startswith(b"%PDF") for p in out.iterdir())


def test_batch_action_uses_the_archive_selection(window, qtbot, out):
    install_export_actions(window)
    panel = window.archive_panel
    panel.view.selectAll()
    assert len(panel.selected_ids()) == 3
    seen: list = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BatchExportDialog):
            QTimer.singleShot(30, drive)
            return
        seen.append(dialog.intro.text())
        dialog.folder_edit.setText(str(out))
        dialog.set_format("txt")
        with qtbot.waitSignal(dialog.job_finished, timeout=30000):
            dialog.start_button.click()
        dialog.cancel_button.click()  # now "Tutup"

    QTimer.singleShot(0, drive)
    window.export_menu_actions["export_batch"].trigger()
    assert seen and seen[0].startswith("3 rilis")
    assert len(list(out.iterdir())) == 3
    # Remembered for next time.
    assert window.settings.value("export/batch_folder") == str(out)


def test_batch_without_selection_explains_how_to_select(window, qtbot):
    seen = answer_next_dialog(qtbot, lambda: batch_export(window, window.archive, []), "OK")
    assert seen[0] == "Ekspor beberapa rilis"
    assert "Ctrl" in seen[2]
