"""Export from the GUI: the Ekspor menu, PDF, e-mail text, WhatsApp copy, social captions."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from humas_desktop.ui.export_actions import (
    copy_whatsapp,
    export_pdf,
    export_word,
    install_export_actions,
    save_text,
    suggested_name,
)
from tests.ui.conftest import answer_next_dialog

Answer = Callable[[QWidget], None]


def run_answering(qtbot, action: Callable, answers: list[Answer], timeout: int = 10000):
    """Run `action`; answer each modal dialog it opens, in order, with the next function."""
    pending = list(answers)
    seen: list[str] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and pending:
            seen.append(type(widget).__name__ + ":" + widget.windowTitle())
            if isinstance(widget, QMessageBox):
                seen.append(widget.text())
            pending.pop(0)(widget)
        if pending:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(0, poll)
    result = action()
    assert not pending, f"dialogs not seen: {len(pending)}; seen {seen}"
    return result, seen


def choose_file(path: Path) -> Answer:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return answer


def press(label: str) -> Answer:
    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()

    return answer


def close(dialog: QWidget) -> None:
    dialog.close()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exported files (tmp_path also holds the archive)."""
    folder = tmp_path / "keluaran"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(window):
    """The main window with the export actions installed and the first release open."""
    install_export_actions(window)
    window.archive_panel.select_first()
    for action in window.release_actions:  # MainWindow._update_actions will do this
        action.setEnabled(True)
    return window


def _file_menu(window) -> QMenu:
    return window.menuBar().actions()[0].menu()


def test_menu_has_ekspor_submenu_and_word_import(window):
    release_actions = install_export_actions(window)
    assert install_export_actions(window) == release_actions  # a second call adds nothing
    menu = _file_menu(window)
    texts = [a.text() for a in menu.actions()]
    assert texts.count("Eksp&or") == 1
    assert texts.count("&Impor dari Word…") == 1
    # The submenu comes right after "Ekspor ke Word…", the import right after the submenu.
    word = texts.index("&Ekspor ke Word…")
    assert texts[word + 1: word + 3] == ["Eksp&or", "&Impor dari Word…"]
    submenu = window.export_menu
    assert [a.text() for a in submenu.actions() if not a.isSeparator()] == [
        "&Ekspor ke Word…", "Ekspor ke &PDF…", "Simpan sebagai &teks…", "Salin untuk &WhatsApp",
        "&Keterangan media sosial…", "Ekspor &beberapa rilis…"]
    assert submenu.accessibleName() == "Ekspor"
    assert [a.objectName() for a in release_actions] == [
        "export_pdf", "export_text", "export_whatsapp", "export_caption"]
    shortcuts = {name: a.shortcut().toString() for name, a in window.export_menu_actions.items()}
    assert shortcuts == {"export_pdf": "Ctrl+Shift+P", "export_text": "Ctrl+Shift+T",
                         "export_whatsapp": "Ctrl+Shift+W", "export_caption": "Ctrl+Shift+K",
                         "export_batch": "Ctrl+Shift+E", "import_word": "Ctrl+Shift+I"}
    for action in window.export_menu_actions.values():
        assert action.toolTip() and action.statusTip()
    all_keys = [a.shortcut().toString() for a in window.findChildren(type(release_actions[0]))
                if not a.shortcut().isEmpty()]
    assert len(all_keys) == len(set(all_keys)), "a shortcut is used twice"


def test_suggested_name_takes_the_format_suffix(sample):
    assert suggested_name(sample[0], ".pdf") == (
        "2026-11-20 Bupati Resmikan Jembatan Gantung Desa Bontomarannu.pdf")


def test_text_export_writes_utf8_file(opened, out):
    release = opened.current_release()
    target = out / "rilis.txt"
    assert save_text(opened, opened.archive, release, target) == target
    content = target.read_text("utf-8")
    assert release.title in content and "Kami siap melayani." in content
    assert [p.name for p in out.iterdir()] == ["rilis.txt"]  # no temporary file left
    assert "rilis.txt" in opened.statusBar().currentMessage()


def test_saving_over_an_existing_file_needs_confirmation(opened, qtbot, out):
    target = out / "rilis.txt"
    target.write_text("lama", "utf-8")
    opened.settings.setValue("export/folder", str(out))
    action = opened.export_menu_actions["export_text"]

    # "Jangan ganti" goes back to the save dialog; cancelling it writes nothing.
    _, seen = run_answering(qtbot, action.trigger,
                            [choose_file(target), press("Jangan ganti"), close])
    assert "Timpa berkas?" in " ".join(seen)
    assert "Berkas rilis.txt sudah ada. Ganti dengan yang baru?" in seen
    assert target.read_text("utf-8") == "lama"

    run_answering(qtbot, action.trigger, [choose_file(target), press("Ganti")])
    assert opened.current_release().title in target.read_text("utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["rilis.txt"]


def test_save_dialog_suggests_name_in_last_folder(opened, qtbot, out):
    opened.settings.setValue("export/folder", str(out))
    suggested: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        suggested.append(dialog.directory().absolutePath())
        dialog.reject()

    run_answering(qtbot, opened.export_menu_actions["export_text"].trigger, [look])
    assert suggested == [str(out)]


def test_whatsapp_copy_lands_in_clipboard(opened):
    QApplication.clipboard().clear()
    opened.export_menu_actions["export_whatsapp"].trigger()
    text = QApplication.clipboard().text()
    release = opened.current_release()
    assert text.startswith(f"*{release.title}*")
    assert "“Kami siap melayani.”" in text
    assert "WhatsApp disalin" in opened.statusBar().currentMessage()
    assert copy_whatsapp(opened, opened.archive, release) == text


def test_export_to_a_missing_folder_is_a_message_not_a_traceback(opened, qtbot, out):
    release = opened.current_release()
    target = out / "tidak-ada" / "rilis.docx"
    result: list = []
    seen = answer_next_dialog(
        qtbot, lambda: result.append(export_word(opened, opened.archive, release, target)), "OK")
    assert result == [None]
    assert seen[0] == "Tidak dapat dilanjutkan"
    assert "tidak-ada" in seen[1]
    assert not target.parent.exists()


def test_pdf_without_libreoffice_says_what_to_install(opened, qtbot, monkeypatch, out):
    monkeypatch.setenv("HUMAS_SOFFICE", str(out / "tidak-ada" / "soffice"))
    action = opened.export_menu_actions["export_pdf"]
    assert action.isEnabled()  # the item stays in the menu and explains itself when chosen
    seen = answer_next_dialog(qtbot, action.trigger, "OK")
    assert seen[0] == "Ekspor ke PDF"
    assert "LibreOffice" in seen[1] and "libreoffice-writer" in seen[1]
    assert list(out.iterdir()) == []


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_pdf_export_through_libreoffice(opened, out):
    release = opened.current_release()
    target = out / "rilis.pdf"
    assert export_pdf(opened, opened.archive, release, target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == ["rilis.pdf"]
    assert "rilis.pdf" in opened.statusBar().currentMessage()


def test_caption_dialog_counts_against_the_platform_limit(opened, qtbot):
    from humas_desktop.ui.caption_dialog import CaptionDialog

    release = opened.current_release()
    dialog = CaptionDialog(release, opened.archive.office_profile(), opened)
    qtbot.addWidget(dialog)
    assert dialog.platform_box.currentText() == "Instagram"
    assert dialog.text.toPlainText().startswith(release.title)
    assert "/ 2200 karakter" in dialog.count_label.text()
    dialog.set_platform("x")
    assert dialog.limit() == 280
    count = len(dialog.text.toPlainText())
    assert dialog.count_label.text() == f"{count} / 280 karakter"
    # The officer may edit the caption; the count follows and warns past the limit.
    dialog.text.setPlainText("a" * 290)
    assert dialog.over_limit()
    assert "lebih 10 dari batas X (Twitter)" in dialog.count_label.text()
    dialog.text.setPlainText("Siap melayani #Selayar")
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Siap melayani #Selayar"
    assert dialog.copied_label.text() == "Disalin ke papan klip."
    dialog.remake_button.click()
    assert dialog.text.toPlainText().startswith(release.title)


def test_caption_action_opens_the_dialog(opened, qtbot):
    seen = answer_next_dialog(qtbot, opened.export_menu_actions["export_caption"].trigger)
    assert seen == ["Keterangan media sosial"]


def test_actions_need_an_open_release(window, qtbot):
    install_export_actions(window)
    QApplication.clipboard().setText("tetap")
    window.export_menu_actions["export_whatsapp"].trigger()  # nothing open: nothing happens
    assert QApplication.clipboard().text() == "tetap"


@pytest.fixture
def english(qapp):
    from humas_desktop.ui import app as gui_app

    gui_app.install_language(qapp, "en")
    yield
    gui_app.install_language(qapp, "id")


def test_menu_and_dialogs_speak_english(english, make_window, qtbot, sample):
    from humas_desktop.ui.batch_export_dialog import BatchExportDialog
    from humas_desktop.ui.word_import_dialog import WordImportDialog

    window = make_window()  # built after the English translator is installed
    assert window.export_menu.title() == "Exp&ort"
    assert window.export_menu_actions["export_whatsapp"].text() == "Copy for &WhatsApp"
    batch = BatchExportDialog(window.archive, [r.id for r in sample], window)
    qtbot.addWidget(batch)
    assert batch.windowTitle() == "Export several releases"
    assert batch.intro.text().startswith("3 releases will be exported")
    importer = WordImportDialog(window.archive, window)
    qtbot.addWidget(importer)
    assert importer.windowTitle() == "Import from Word"


def test_menu_code_keeps_python_docx_out_of_start_up():
    """Start-up time is measured: building the menus must not load python-docx or LibreOffice
    detection; they are imported when an action is chosen."""
    import subprocess
    import sys

    code = ("import sys; import humas_desktop.ui.export_actions; "
            "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith('docx.') "
            "or m.startswith('humas_desktop.export')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.stdout.strip() == "[]"


def test_save_dialog_never_opens_in_the_working_directory(opened, qtbot, tmp_path,
                                                          monkeypatch):
    home = tmp_path / "rumah"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    opened.settings.setValue("export/folder", str(tmp_path / "sudah-dihapus"))
    suggested: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        suggested.append(dialog.directory().absolutePath())
        dialog.reject()

    run_answering(qtbot, opened.export_menu_actions["export_text"].trigger, [look])
    assert suggested == [str(home)]  # no Documents folder there: home
