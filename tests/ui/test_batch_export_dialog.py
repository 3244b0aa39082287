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
    assert names == [f"2026-11-20 {r.title}.docx" for r in sorted(sample, key=lambda r: r.title)]
    assert sorted(p.name for p in result.written) == names
    for path in out.iterdir():
        with zipfile.ZipFile(path) as docx:
            assert "word/document.xml" in docx.namelist()
    summary = dialog.summary.toPlainText()
    assert summary.startswith("Selesai. 3 berkas ditulis.")
    assert "Berkas yang ditulis:" in summary
    assert all(f"• {name}" in summary for name in names)
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


def _run_answering(qtbot, dialog: BatchExportDialog, button: str) -> list[str]:
    with qtbot.waitSignal(dialog.job_finished, timeout=60000):
        seen = answer_next_dialog(qtbot, dialog.start_button.click, button)
    return seen


def test_second_run_into_the_same_folder_asks_once(qtbot, archive, sample, out):
    ids = [r.id for r in sample]
    dialog = _dialog(qtbot, archive, ids, out, "txt")
    first = _run(qtbot, dialog)
    names = sorted(p.name for p in first.written)
    (out / names[0]).write_text("diubah tangan", "utf-8")

    # Batal: nothing is written, nothing replaced.
    seen = _run_answering(qtbot, dialog, "Batal")
    assert seen[:2] == ["Berkas sudah ada", "3 berkas dengan nama yang sama sudah ada di folder "
                                            "ini."]
    assert all(name in seen[2] for name in names)
    assert dialog.result is None and sorted(p.name for p in out.iterdir()) == names
    assert "tidak ada berkas yang ditulis" in dialog.progress_label.text()
    assert dialog.start_button.isEnabled() and not dialog.is_running()

    _run_answering(qtbot, dialog, "Lewati")
    assert dialog.result.written == [] and len(dialog.result.skipped) == 3
    assert "3 berkas sudah ada dan dilewati:" in dialog.summary.toPlainText()
    assert (out / names[0]).read_text("utf-8") == "diubah tangan"

    _run_answering(qtbot, dialog, "Ganti")
    assert sorted(p.name for p in dialog.result.written) == names
    assert (out / names[0]).read_text("utf-8") != "diubah tangan"
    assert sorted(p.name for p in out.iterdir()) == names

    _run_answering(qtbot, dialog, "Simpan sebagai salinan baru")
    copies = sorted(p.name for p in dialog.result.written)
    assert copies == [name.replace(".txt", " (2).txt") for name in names]
    assert len(list(out.iterdir())) == 6
    assert f"• {copies[0]} (salinan baru; {names[0]} tetap ada)" in (
        dialog.summary.toPlainText())


def test_no_question_when_nothing_exists_yet(qtbot, archive, sample, out):
    dialog = _dialog(qtbot, archive, [sample[0].id], out, "wa")
    result = _run(qtbot, dialog)  # a question box would block this run
    assert len(result.written) == 1 and not result.skipped and not result.renamed


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


def test_a_missing_folder_can_be_created(qtbot, archive, sample, out):
    missing = out / "baru" / "rilis"
    dialog = _dialog(qtbot, archive, [sample[0].id], missing)
    seen = answer_next_dialog(qtbot, dialog.start_button.click, "Batal")
    assert seen[0] == "Folder belum ada" and str(missing) in seen[1]
    assert not missing.exists() and not dialog.is_running()

    with qtbot.waitSignal(dialog.job_finished, timeout=60000):
        answer_next_dialog(qtbot, dialog.start_button.click, "Buat folder")
    assert missing.is_dir() and len(list(missing.iterdir())) == 1


def test_a_file_is_not_a_folder(qtbot, archive, sample, out):
    (out / "berkas").write_text("x")
    dialog = _dialog(qtbot, archive, [sample[0].id], out / "berkas")
    seen = answer_next_dialog(qtbot, dialog.start_button.click, "OK")
    assert "bukan folder" in seen[1]
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
    assert window.settings.value("export/folder") == str(out)


def test_batch_without_selection_explains_how_to_select(window, qtbot):
    seen = answer_next_dialog(qtbot, lambda: batch_export(window, window.archive, []), "OK")
    assert seen[0] == "Ekspor beberapa rilis"
    assert "Ctrl" in seen[2]


def test_start_folder_is_the_last_export_folder_else_documents_else_home(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from humas_desktop.ui.export_actions import start_folder

    home = tmp_path / "rumah"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    settings = QSettings(str(tmp_path / "humas.ini"), QSettings.Format.IniFormat)
    assert start_folder(settings) == str(home)  # no Documents folder: home
    assert start_folder(None) == str(home)
    (home / "Documents").mkdir()
    assert start_folder(settings) == str(home / "Documents")
    settings.setValue("export/folder", str(tmp_path / "dihapus"))  # gone since
    assert start_folder(settings) == str(home / "Documents")
    settings.setValue("export/folder", str(tmp_path))
    assert start_folder(settings) == str(tmp_path)

    dialog = BatchExportDialog(object(), [], None, settings)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(tmp_path)


def test_every_label_with_a_mnemonic_has_a_buddy(qtbot, archive, sample):
    from PySide6.QtWidgets import QLabel

    from humas_desktop.model.office import OfficeProfile
    from humas_desktop.ui.caption_dialog import CaptionDialog
    from humas_desktop.ui.word_import_dialog import WordImportDialog

    dialogs = [BatchExportDialog(archive, [sample[0].id]), WordImportDialog(archive),
               CaptionDialog(sample[0], OfficeProfile())]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        for label in dialog.findChildren(QLabel):
            if "&" in label.text().replace("&&", ""):
                assert label.buddy() is not None, (type(dialog).__name__, label.text())
    batch = dialogs[0]
    assert batch.folder_label.buddy() is batch.folder_edit
    assert batch.format_label.buddy() is batch.format_box
