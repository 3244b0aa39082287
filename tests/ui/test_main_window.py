"""The main window over a real archive: panels, menus, shortcuts, workflow, trash, layout."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from humas_desktop.model import Status
from tests.ui.conftest import access_key_problems, answer_next_dialog


def _menu_titles(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_window_opens_with_archive_editor_and_checklist(window, sample):
    assert _menu_titles(window) == ["Berkas", "Sunting", "Rilis", "Tampilan", "Bantuan"]
    panel = window.archive_panel
    assert panel.model.rowCount() == 3
    assert panel.count_label.text() == "3 rilis"
    assert window.sync_label.text() == "Luring"
    # Nothing selected yet: the editor page is hidden and release actions are off.
    assert window.centre.currentIndex() == 0
    assert not window.save_action.isEnabled()
    panel.select_first()
    assert window.centre.currentIndex() == 1
    shown = window.editor.current_release()
    assert shown.id == panel.current_id()
    assert window.words_label.text().endswith("kata")
    assert window.checklist.items(), "the Kelengkapan panel receives the checklist"


def test_every_menu_entry_has_its_own_access_key_and_shortcuts_exist(window):
    assert access_key_problems(window.menuBar()) == []
    shortcuts = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator() and not action.shortcut().isEmpty():
                shortcuts[action.shortcut().toString()] = action.text().replace("&", "")
    assert shortcuts["Ctrl+N"] == "Rilis baru…"
    assert shortcuts["Ctrl+S"] == "Simpan sekarang"
    assert shortcuts["Ctrl+F"] == "Cari di arsip"
    assert shortcuts["Ctrl+P"] == "Ekspor ke Word…"
    assert shortcuts["Ctrl+Z"] == "Urungkan"
    assert shortcuts["Ctrl+Y"] == "Ulang"
    assert shortcuts["F7"] == "Periksa ejaan dan gaya"


def test_ctrl_n_creates_release_from_chosen_template(window, archive, qtbot):
    before = window.archive_panel.model.total()

    def press() -> None:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    seen = answer_next_dialog(qtbot, press, "Buat")
    assert seen[0] == "Rilis baru"
    assert window.archive_panel.model.total() == before + 1
    created = window.editor.current_release()
    stored = archive.get(created.id)
    assert stored.category == "kegiatan"  # the first template in the picker
    assert stored.dateline_city == "BENTENG"  # from the office profile
    assert stored.contacts[0].name == "Andi Rahman"
    assert window.archive_panel.current_id() == created.id


def test_new_release_from_each_template(window, archive):
    from humas_desktop.model.templates import load_templates

    for template in load_templates():
        saved = window.new_release(template.id)
        assert saved is not None
        assert archive.get(saved.id).category == template.category


def test_ctrl_f_focuses_archive_search(window, qtbot):
    window.archive_panel.select_first()
    window.editor.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.archive_panel.search


def test_ctrl_s_saves_typing_now(window, archive, qtbot):
    window.archive_panel.select_first()
    release_id = window.editor.current_release().id
    title = window.editor.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Judul Baru Hasil Ketikan")
    qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert archive.get(release_id).title == "Judul Baru Hasil Ketikan"
    row = window.archive_panel.model.row_of(release_id)
    assert window.archive_panel.model.item(row).title == "Judul Baru Hasil Ketikan"


def test_workflow_buttons_follow_model_rules(window, archive):
    window.archive_panel.select_first()
    buttons = window.workflow_buttons

    def enabled() -> set[Status]:
        return {status for status, button in buttons.items() if button.isEnabled()}

    assert enabled() == {Status.REVIEW}
    buttons[Status.REVIEW].click()
    release_id = window.editor.current_release().id
    assert archive.get(release_id).status is Status.REVIEW
    assert enabled() == {Status.APPROVED, Status.DRAFT}
    buttons[Status.DRAFT].click()
    assert archive.get(release_id).status is Status.DRAFT
    for step in (Status.REVIEW, Status.APPROVED, Status.PUBLISHED):
        buttons[step].click()
        assert archive.get(release_id).status is step
    assert enabled() == {Status.ARCHIVED}
    buttons[Status.ARCHIVED].click()
    assert enabled() == set()
    assert window.workflow_actions[Status.REVIEW].isEnabled() is False
    assert "Diarsipkan" in window.status_badge.text()


def test_duplicate_makes_new_draft(window, archive):
    window.archive_panel.select_first()
    original = window.editor.current_release()
    window.workflow_buttons[Status.REVIEW].click()
    copy = window.duplicate_release()
    assert copy is not None and copy.id != original.id
    assert copy.status is Status.DRAFT
    assert copy.title == f"{original.title} (salinan)"
    assert copy.body == archive.get(original.id).body
    assert window.editor.current_release().id == copy.id


def test_trash_view_and_restore(window, archive, sample):
    panel = window.archive_panel
    panel.select_first()
    victim = window.editor.current_release().id
    window.trash_release()
    assert archive.get(victim, include_deleted=True).deleted
    assert panel.model.row_of(victim) is None
    assert panel.model.total() == 2
    # The next release is selected and open so the officer can keep working.
    assert window.centre.currentIndex() == 1
    assert window.editor.current_release().id == panel.current_id() != victim

    window.trash_view_action.trigger()
    assert panel.in_trash_view()
    assert panel.count_label.text() == "1 rilis di sampah"
    assert panel.select_release(victim)
    assert not window.editor.isEnabled(), "a trashed release is not edited"
    assert window.untrash_action.isEnabled() and not window.trash_action.isEnabled()
    assert not any(b.isVisible() for b in window.workflow_buttons.values())
    assert window.untrash_button.isVisible()
    window.untrash_button.click()
    assert not archive.get(victim).deleted
    # Back in the archive, on the restored release, ready to edit.
    assert not panel.in_trash_view() and not window.trash_view_action.isChecked()
    assert panel.current_id() == victim == window.editor.current_release().id
    assert window.editor.isEnabled() and not window.untrash_button.isVisible()


def test_delete_key_and_context_menu_on_the_archive_list(window, archive, qtbot):
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QMenu

    panel = window.archive_panel
    panel.select_first()
    victim = panel.current_id()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert archive.get(victim, include_deleted=True).deleted
    # Delete while typing in the editor deletes text, not the release.
    current = panel.current_id()
    window.editor.title.setFocus()
    qtbot.keyClick(window.editor.title, Qt.Key.Key_Delete)
    assert not archive.get(current).deleted

    seen: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read_menu)
            return
        seen.extend(a.text().replace("&", "") for a in menu.actions())
        menu.close()

    QTimer.singleShot(0, read_menu)
    rect = panel.view.visualRect(panel.model.index(0))
    window._list_menu(rect.center() + QPoint(0, 0))
    assert "Duplikat" in seen and "Pindahkan ke sampah" in seen and "Ekspor ke Word…" in seen


def test_purge_from_trash_asks_first(window, archive, qtbot):
    from humas_desktop.archive import NotFound

    window.archive_panel.select_first()
    victim = window.editor.current_release().id
    window.trash_release()
    window.archive_panel.show_trash(True)
    window.archive_panel.select_release(victim)
    answer_next_dialog(qtbot, window.purge_release, "Batal")
    assert archive.get(victim, include_deleted=True).deleted
    seen = answer_next_dialog(qtbot, window.purge_release, "Hapus permanen")
    assert seen[0] == "Hapus permanen?"
    try:
        archive.get(victim, include_deleted=True)
    except NotFound:
        pass
    else:
        raise AssertionError("purged release still in the archive")


def test_layout_is_remembered(make_window, sample, settings):
    first = make_window()
    first.splitter.setSizes([200, 900, 0])  # side panel collapsed
    first._sync_panel_actions()
    assert not first.show_side_action.isChecked()
    first.close()
    assert settings.value("main/splitter") is not None
    second = make_window()
    sizes = second.splitter.sizes()
    assert sizes[2] == 0 and sizes[0] > 0
    second._toggle_panel(2)
    assert second.splitter.sizes()[2] > 0


def test_undo_menu_acts_on_focused_field(window, qtbot):
    window.archive_panel.select_first()
    title = window.editor.title
    before = title.text()
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " tambah")
    assert title.text() == before + " tambah"
    undo = next(a for a in window.findChildren(type(window.save_action))
                if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo))
    undo.trigger()
    assert title.text() != before + " tambah"
    redo = next(a for a in window.findChildren(type(window.save_action))
                if a.shortcut() == QKeySequence("Ctrl+Y"))
    redo.trigger()
    assert title.text() == before + " tambah"
    undo.trigger()
    qtbot.keyClick(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == before + " tambah"


def test_closing_the_window_saves_what_was_just_typed(window, archive, qtbot):
    window.archive_panel.select_first()
    release_id = window.current_release().id
    qtbot.keyClicks(window.editor.body, "Kalimat terakhir sebelum menutup.")
    window.close()  # well before the 2-second autosave
    assert "Kalimat terakhir sebelum menutup." in archive.get(release_id).body_text


def test_export_word_writes_docx(window, tmp_path):
    from humas_desktop.ui.export_actions import export_word

    window.archive_panel.select_first()
    target = tmp_path / "rilis.docx"
    path = export_word(window, window.archive, window.editor.current_release(), target)
    assert path == target and target.stat().st_size > 5000
    import zipfile

    with zipfile.ZipFile(target) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "Bupati Resmikan Jembatan" in xml or "Pemkab Selayar" in xml or "Waspada" in xml


def test_history_restores_older_revision(window, archive, qtbot):
    from humas_desktop.ui.history_dialog import HistoryDialog

    window.archive_panel.select_first()
    release = window.editor.current_release()
    old_title = release.title
    archive.save(release.edited(title="Judul Kedua"))
    window.editor.load(archive.get(release.id))
    dialog = HistoryDialog(archive, release.id, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "Judul Kedua" in dialog.view.toPlainText()  # newest vs previous
    dialog.list.setCurrentRow(1)
    assert dialog.restore_button.isEnabled()
    dialog.pin_button.click()
    assert archive.history(release.id)[1].pinned
    dialog.list.setCurrentRow(1)
    dialog.restore_selected()
    assert dialog.restored is not None and dialog.restored.title == old_title
    assert archive.get(release.id).title == old_title
    assert len(archive.history(release.id)) == 3


def test_f7_runs_the_checker_on_the_open_release(window):
    assert window.check_action.shortcut().toString() == "F7"
    assert not window.check_action.isEnabled()
    window.archive_panel.select_first()
    assert window.check_action.isEnabled()


def test_new_releases_take_the_next_running_number(window, archive):
    from humas_desktop.model.office import running_number

    pattern = archive.office_profile().number_pattern
    first = window.new_release("kegiatan")
    second = window.new_release("kebijakan")
    assert first is not None and second is not None and first.number
    assert running_number(pattern, second.number) == running_number(pattern, first.number) + 1


def test_settings_change_reaches_the_open_editor(window, archive, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from humas_desktop.ui.settings_dialog import SettingsDialog

    window.archive_panel.select_first()

    def change_pattern() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, change_pattern)
            return
        dialog.fields.pattern.setText("{no}/PROKOPIM/{tahun}")
        dialog.accept()

    QTimer.singleShot(0, change_pattern)
    window.open_settings()
    assert archive.office_profile().number_pattern == "{no}/PROKOPIM/{tahun}"
    assert window.editor._profile.number_pattern == "{no}/PROKOPIM/{tahun}"


def test_history_explains_a_status_only_revision(window, archive, qtbot):
    from humas_desktop.ui.history_dialog import HistoryDialog

    window.archive_panel.select_first()
    release = window.editor.current_release()
    archive.save(release.with_status(Status.REVIEW))
    dialog = HistoryDialog(archive, release.id, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    assert dialog.summary.text() == (
        "Teks revisi 1 dan 2 sama; statusnya berubah dari Draf menjadi Tinjauan.")


def test_first_start_on_a_laptop_screen_is_maximised(qtbot, archive, sample, settings):
    from humas_desktop.ui.main_window import MainWindow

    window = MainWindow(archive, settings)
    qtbot.addWidget(window)
    small = window.screen().availableGeometry().width() <= 1440  # offscreen: 800×600
    assert small == bool(window.windowState() & Qt.WindowState.WindowMaximized)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1000, 700)
    window.save_layout()
    again = MainWindow(archive, settings)  # a remembered layout wins over the first-start rule
    qtbot.addWidget(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    window.editor._shutdown()
    again.editor._shutdown()


def test_every_control_has_a_name_for_screen_readers(window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    window.archive_panel.select_first()
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
             QPlainTextEdit, QTextEdit)
    nameless, checked = [], 0
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(window) or \
                isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # hidden, or the inner part of a combo box or date field
        checked += 1
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            nameless.append(f"{type(widget).__name__} {widget.objectName()!r} "
                            f"{widget.toolTip()!r}")
    assert nameless == []
    assert checked > 30  # the archive panel, the editor's sections, the side panels


def test_follows_a_dark_system_palette(make_window, sample, qapp):
    """Nothing in the window paints its own light background: with the system's colours
    dark (as Windows' dark mode gives Qt), the whole window is dark."""
    from PySide6.QtGui import QColor, QPalette

    light = qapp.palette()
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"),
                         (QPalette.ColorRole.Base, "#1b1b1b"),
                         (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Button, "#2d2d2d"),
                         (QPalette.ColorRole.Text, "#f0f0f0"),
                         (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.ButtonText, "#f0f0f0"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        window = make_window()
        window.archive_panel.select_first()
        image = window.grab().toImage()
        step = 7
        samples = [QColor(image.pixel(x, y)).lightness()
                   for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
        bright = sum(1 for value in samples if value > 200) / len(samples)
        assert bright < 0.05, f"{bright:.0%} of the window is painted light"
        assert sum(samples) / len(samples) < 90
    finally:
        qapp.setPalette(light)
