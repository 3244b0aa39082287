"""Importing old Word releases from the GUI: files or folders, progress, cancel, summary."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from humas_desktop.archive import ListQuery
from humas_desktop.export.docx import export_docx
from humas_desktop.model import Block, Quote, new_release
from humas_desktop.ui.export_actions import install_export_actions
from humas_desktop.ui.word_import_dialog import WordImportDialog
from tests.ui.conftest import PROFILE

TITLES = ("Gubernur Tinjau Pelabuhan Rakyat Pamatata",
          "Dinas Kesehatan Gelar Vaksinasi Keliling di Pulau Jampea")


def _word_file(folder: Path, name: str, title: str) -> Path:
    release = new_release(
        office=PROFILE.name, title=title, category="kegiatan", release_date=date(2025, 3, 4),
        dateline_city="BENTENG",
        body=(Block.plain("BENTENG – Pemerintah Kabupaten Kepulauan Selayar melaksanakan "
                          "kegiatan ini bersama warga."),),
        quotes=(Quote("Andi Rahman", "Kepala Bidang IKP", "Kami siap melayani."),),
        contacts=(PROFILE.contact,))
    return export_docx(release, folder / name, PROFILE).path


@pytest.fixture
def word_folder(tmp_path: Path) -> Path:
    """Two real .docx releases and a text file renamed .docx, in a folder with a subfolder."""
    folder = tmp_path / "rilis-lama"
    (folder / "2025").mkdir(parents=True)
    _word_file(folder, "a-pelabuhan.docx", TITLES[0])
    _word_file(folder / "2025", "b-vaksinasi.docx", TITLES[1])
    (folder / "rusak.docx").write_text("ini bukan dokumen Word", "utf-8")
    (folder / "catatan.txt").write_text("bukan untuk diimpor", "utf-8")
    return folder


def _dialog(qtbot, archive) -> WordImportDialog:
    dialog = WordImportDialog(archive)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _titles(archive) -> set[str]:
    return {item.title for item in archive.list(ListQuery(limit=100)).items}


def test_folder_import_reports_a_broken_file_and_imports_the_rest(qtbot, archive, word_folder):
    dialog = _dialog(qtbot, archive)
    assert not dialog.start_button.isEnabled()
    dialog.add_paths([word_folder])
    assert dialog.path_list.item(0).text().endswith("(seluruh folder)")
    with qtbot.waitSignal(dialog.job_finished, timeout=60000):
        dialog.start_button.click()
    report = dialog.report
    assert sorted(p.name for p, _ in report.imported) == ["a-pelabuhan.docx", "b-vaksinasi.docx"]
    assert [p.name for p, _ in report.failed] == ["rusak.docx"]
    assert set(TITLES) <= _titles(archive)
    text = dialog.summary.toPlainText()
    assert text.startswith("Selesai. 2 rilis masuk ke arsip.")
    assert "1 berkas tidak dapat diimpor:" in text
    assert "• rusak.docx: bukan berkas Word .docx." in text
    assert "Traceback" not in text
    assert dialog.cancel_button.text() == "Tutup"
    # The list is emptied so pressing Impor again cannot import the same files twice.
    assert dialog.paths() == [] and not dialog.start_button.isEnabled()


def test_files_import_and_imported_signal(qtbot, archive, word_folder):
    dialog = _dialog(qtbot, archive)
    files = [word_folder / "a-pelabuhan.docx", word_folder / "rusak.docx"]
    dialog.add_paths(files + files[:1])  # a file chosen twice is imported once
    assert dialog.path_list.count() == 2
    with qtbot.waitSignal(dialog.imported, timeout=60000) as signal:
        dialog.start()
    (new_id,) = signal.args[0]
    assert archive.get(new_id).title == TITLES[0]
    qtbot.waitUntil(lambda: not dialog.is_running())


def test_choosing_files_in_the_file_dialog(qtbot, archive, word_folder):
    dialog = _dialog(qtbot, archive)

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(30, answer)
            return
        chooser.setDirectory(str(word_folder))
        chooser.selectFile('"a-pelabuhan.docx" "rusak.docx"')
        chooser.accept()

    QTimer.singleShot(0, answer)
    dialog.files_button.click()
    assert sorted(p.name for p in dialog.paths()) == ["a-pelabuhan.docx", "rusak.docx"]


def test_choosing_a_folder_in_the_file_dialog(qtbot, archive, word_folder):
    dialog = _dialog(qtbot, archive)

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(30, answer)
            return
        assert chooser.fileMode() == QFileDialog.FileMode.Directory
        chooser.selectFile(str(word_folder))
        chooser.accept()

    QTimer.singleShot(0, answer)
    dialog.folder_button.click()
    assert dialog.paths() == [word_folder]


def test_cancel_keeps_what_was_imported(qtbot, archive, word_folder):
    source = word_folder / "a-pelabuhan.docx"
    many = word_folder / "banyak"
    many.mkdir()
    for i in range(30):
        (many / f"rilis-{i:02d}.docx").write_bytes(source.read_bytes())
    before = archive.count(ListQuery())
    dialog = _dialog(qtbot, archive)
    dialog.add_paths([many])
    dialog.start()
    assert not dialog.files_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=30000)
    with qtbot.waitSignal(dialog.job_finished, timeout=30000):
        dialog.cancel_button.click()
    report = dialog.report
    assert report.cancelled
    assert 1 <= len(report.imported) < 30
    assert archive.count(ListQuery()) == before + len(report.imported)
    assert dialog.summary.toPlainText().startswith("Dibatalkan.")


def test_import_action_shows_the_first_imported_release(window, qtbot, word_folder):
    install_export_actions(window)
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WordImportDialog):
            QTimer.singleShot(30, drive)
            return
        seen.append(dialog.windowTitle())
        dialog.add_paths([word_folder / "a-pelabuhan.docx", word_folder / "rusak.docx"])
        with qtbot.waitSignal(dialog.job_finished, timeout=60000):
            dialog.start_button.click()
        seen.append(dialog.summary.toPlainText())
        dialog.cancel_button.click()  # "Tutup"

    QTimer.singleShot(0, drive)
    window.export_menu_actions["import_word"].trigger()
    assert seen[0] == "Impor dari Word"
    assert "rusak.docx" in seen[1]
    release = window.current_release()
    assert release is not None and release.title == TITLES[0]
    panel = window.archive_panel
    assert panel.current_id() == release.id
    assert panel.model.row_of(release.id) is not None
    assert "1 rilis diimpor dari Word" in window.statusBar().currentMessage()


def test_imported_as_published_by_default_or_as_draft(qtbot, archive, word_folder):
    from humas_desktop.model import Status

    dialog = _dialog(qtbot, archive)
    assert dialog.status_label.text() == "Impor &sebagai:"
    assert dialog.status_label.buddy() is dialog.status_box
    assert [dialog.status_box.itemText(i) for i in range(dialog.status_box.count())] == [
        "Terbit (arsip lama)", "Draf"]
    assert dialog.status() is Status.PUBLISHED
    dialog.add_paths([word_folder / "a-pelabuhan.docx"])
    with qtbot.waitSignal(dialog.imported, timeout=60000) as signal:
        dialog.start()
        assert not dialog.status_box.isEnabled()  # fixed while running
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert archive.get(signal.args[0][0]).status is Status.PUBLISHED

    dialog.status_box.setCurrentIndex(1)
    assert dialog.status() is Status.DRAFT
    dialog.add_paths([word_folder / "2025" / "b-vaksinasi.docx"])
    with qtbot.waitSignal(dialog.imported, timeout=60000) as signal:
        dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert archive.get(signal.args[0][0]).status is Status.DRAFT


def test_file_dialog_opens_in_an_existing_folder_with_an_empty_name(
        qtbot, archive, tmp_path, word_folder):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLineEdit

    settings = QSettings(str(tmp_path / "humas.ini"), QSettings.Format.IniFormat)
    settings.setValue("import/word_folder", str(tmp_path / "sudah-dihapus"))
    settings.setValue("export/folder", str(word_folder))
    dialog = WordImportDialog(archive, None, settings)
    qtbot.addWidget(dialog)
    seen: list = []

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(30, answer)
            return
        seen.append(chooser.directory().absolutePath())
        seen.append([e.text() for e in chooser.findChildren(QLineEdit) if e.isVisible()])
        chooser.reject()

    QTimer.singleShot(0, answer)
    dialog.files_button.click()
    assert seen[0] == str(word_folder)
    assert all(text == "" for text in seen[1])
