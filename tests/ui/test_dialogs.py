"""Our Indonesian message boxes and the save dialog's overwrite question."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox

from humas_desktop.ui import dialogs
from tests.ui.conftest import answer_next_dialog


def _buttons(box) -> list[str]:
    return sorted(b.text().replace("&", "") for b in box.findChildren(QAbstractButton)
                  if b.isVisible())


def test_question_buttons_are_indonesian(qtbot):
    seen: list[list[str]] = []

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, grab)
            return
        seen.append(_buttons(box))
        next(b for b in box.buttons() if b.text() == "Ya").click()

    QTimer.singleShot(0, grab)
    assert dialogs.ask_yes_no(None, "Judul", "Lanjutkan?") is True
    assert seen == [["Tidak", "Ya"]]
    seen.clear()

    def ok_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, ok_cancel)
            return
        seen.append(_buttons(box))
        box.reject()

    QTimer.singleShot(0, ok_cancel)
    assert dialogs.ask_ok_cancel(None, "Judul", "Simpan?") is False
    assert ["Batal", "OK"] in seen


def test_error_box_shows_message_only(qtbot):
    seen = answer_next_dialog(qtbot, lambda: dialogs.show_error(None, "Disk penuh.", "Rincian"),
                              "OK")
    assert seen == ["Tidak dapat dilanjutkan", "Disk penuh.", "Rincian"]


def test_save_dialog_is_indonesian_and_asks_before_overwriting(qtbot, tmp_path):
    existing = tmp_path / "rilis.docx"
    existing.write_bytes(b"lama")
    steps: list[str] = []

    def answer() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QFileDialog):
            steps.append("file:" + widget.labelText(QFileDialog.DialogLabel.Accept))
            widget.selectFile(str(existing))
            widget.accept()
        elif isinstance(widget, QMessageBox):
            steps.append("ask:" + widget.text())
            label = "Jangan ganti" if len(steps) == 2 else "Ganti"
            next(b for b in widget.buttons() if b.text() == label).click()
        if len(steps) < 4:
            QTimer.singleShot(30, answer)

    QTimer.singleShot(0, answer)
    path = dialogs.save_file(None, "Ekspor ke Word", "Dokumen Word (*.docx)",
                             str(tmp_path / "baru.docx"), "docx")
    assert path == existing
    assert steps[0] == "file:Simpan"
    assert steps[1].startswith("ask:Berkas rilis.docx sudah ada")
    assert steps[2] == "file:Simpan"  # "Jangan ganti" goes back to the dialog
    assert steps[3].startswith("ask:")
    assert existing.read_bytes() == b"lama"  # the dialog itself never writes
