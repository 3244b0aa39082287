"""Start-up: --exit-after-start, language, error handling, recovery offer."""

import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from humas_desktop.archive import Archive
from humas_desktop.errors import HumasError
from humas_desktop.ui import app as gui_app
from tests.ui.conftest import PROFILE, answer_next_dialog


def _args(data_dir: Path, **extra) -> Namespace:
    return Namespace(data_dir=str(data_dir), lang=extra.get("lang"),
                     exit_after_start=extra.get("exit_after_start", False))


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(data_dir.parent)}
    return subprocess.run([sys.executable, "-m", "humas_desktop", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=60, env=env)


def test_exit_after_start_paints_and_exits_silently(tmp_path):
    data_dir = tmp_path / "data"
    result = _run("--exit-after-start", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert (data_dir / "arsip.sqlite").exists()
    # Also with a filled archive and the English interface.
    with Archive.open(data_dir) as archive:
        archive.save_office_profile(PROFILE)
    result = _run("--lang", "en", "--exit-after-start", data_dir=data_dir)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_exit_after_start_with_unusable_data_dir_fails_with_one_line(tmp_path):
    not_a_folder = tmp_path / "berkas.txt"
    not_a_folder.write_text("bukan folder", encoding="utf-8")
    result = _run("--exit-after-start", data_dir=not_a_folder)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_archive_error_shows_message_box_not_traceback(qtbot, tmp_path, capsys):
    not_a_folder = tmp_path / "berkas.txt"
    not_a_folder.write_text("bukan folder", encoding="utf-8")
    application = gui_app.create_application()
    result: list = []
    seen = answer_next_dialog(
        qtbot, lambda: result.append(gui_app.start_gui(_args(not_a_folder), application)), "OK")
    assert result == [None]
    assert seen[0] == "Arsip tidak dapat dibuka"
    assert seen[1] and "Traceback" not in seen[1]
    assert "Traceback" not in capsys.readouterr().err


def test_excepthook_humas_error_and_bug(qtbot, tmp_path, capsys):
    log = gui_app.setup_logging(tmp_path)
    gui_app.install_exception_hook(log)
    try:
        seen = answer_next_dialog(
            qtbot, lambda: sys.excepthook(HumasError, HumasError("Nomor rilis sudah dipakai."),
                                          None), "OK")
        assert seen[1] == "Nomor rilis sudah dipakai."
        try:
            raise ZeroDivisionError("bug")
        except ZeroDivisionError as exc:
            bug = exc
        seen = answer_next_dialog(
            qtbot, lambda: sys.excepthook(ZeroDivisionError, bug, bug.__traceback__), "OK")
        assert seen[0] == "Kesalahan program"
        assert "tidak terduga" in seen[1] and str(log) in seen[2]
        assert "Traceback" not in "".join(seen)
        for handler in gui_app.log.handlers:
            handler.flush()
        assert "ZeroDivisionError: bug" in log.read_text(encoding="utf-8")
        assert "Traceback" not in capsys.readouterr().err
    finally:
        sys.excepthook = sys.__excepthook__


@pytest.fixture
def restore_language(qapp):
    yield
    gui_app.install_language(qapp, "id")


def test_english_interface_uses_translator(qtbot, archive, sample, restore_language):
    data_dir = archive.data_dir
    archive.close()
    application = gui_app.create_application()
    window = gui_app.start_gui(_args(data_dir, lang="en"), application)
    qtbot.addWidget(window)
    try:
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert menus == ["File", "Edit", "Release", "View", "Help"]
        from tests.ui.conftest import access_key_problems

        assert access_key_problems(window.menuBar()) == []
        assert window.archive_panel.count_label.text() == "3 releases"
        assert window.sync_label.text() == "Offline"
        assert window.workflow_buttons[next(iter(window.workflow_buttons))].text() == \
            "Submit for review"
        from humas_desktop.i18n import current_language

        assert current_language() == "en"
    finally:
        window.editor._shutdown()
        window.archive.close()


def test_indonesian_interface_translates_qt_own_buttons(qtbot, restore_language, qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    gui_app.install_language(qapp, "id")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == ["Batal", "Simpan"]


def test_language_setting_is_used_at_start(qtbot, tmp_path, restore_language, qapp):
    settings = gui_app.open_settings(tmp_path)
    settings.setValue("ui/language", "en")
    assert gui_app.chosen_language(None, settings) == "en"
    assert gui_app.chosen_language("id", settings) == "id"  # --lang wins
    settings.setValue("ui/language", "xx")
    assert gui_app.chosen_language(None, settings) == "id"


def test_pending_recovery_is_offered_and_restored(qtbot, make_window, archive, sample):
    from humas_desktop.archive.journal import pending_recoveries, write_entry

    crashed = sample[0].edited(title="Judul yang diketik sebelum listrik padam")
    write_entry(archive.data_dir, crashed)
    window = make_window()
    seen = answer_next_dialog(qtbot, lambda: gui_app.offer_recoveries(window),
                              "Pulihkan yang dicentang")
    assert seen[0] == "Teks yang belum tersimpan"
    assert archive.get(sample[0].id).title == "Judul yang diketik sebelum listrik padam"
    assert window.editor.current_release().title == "Judul yang diketik sebelum listrik padam"
    assert pending_recoveries(archive.data_dir) == []


def test_recovery_already_saved_is_cleared_silently(qtbot, make_window, archive, sample):
    from humas_desktop.archive.journal import pending_recoveries, write_entry

    write_entry(archive.data_dir, archive.get(sample[1].id))
    window = make_window()
    gui_app.offer_recoveries(window)  # nothing to ask: returns without a dialog
    assert pending_recoveries(archive.data_dir) == []


def test_garbage_settler_freezes_only_when_idle(window):
    import gc

    settler = gui_app.GarbageSettler(window)
    try:
        gc.unfreeze()
        settler.touch()
        settler._tick()  # typing just now: nothing happens
        assert gc.get_freeze_count() == 0
        settler._last_activity -= settler.IDLE_SECONDS + 1
        settler._tick()
        assert gc.get_freeze_count() > 0
        frozen_at = settler._settled_at
        settler._tick()  # settled a moment ago: not again
        assert settler._settled_at == frozen_at
    finally:
        gc.unfreeze()


def test_editor_is_built_after_the_first_paint(qtbot, make_window, archive, sample):
    """The window paints its archive list and empty page first; the editor (its heaviest
    part) is built when needed, with the findings panel, the checklist and the garbage
    settler following it then."""
    window = make_window()
    settler = gui_app.GarbageSettler(window)
    assert not window.editor_built()
    assert window.archive_panel.model.rowCount() == len(sample)
    assert window.findings_panel.editor is None
    window.findings_panel.fix_all()  # no editor yet: nothing to fix, no error
    gui_app.after_start(window)
    assert window.editor_built()
    assert window.findings_panel.editor is window.editor
    assert window.current_release() is not None  # after_start opened the first release
    settler._last_activity = 0.0
    window.editor.stats_changed.emit(1, 1, 1)
    assert settler._last_activity > 0.0


def test_first_start_on_a_new_archive_opens_the_office_wizard(qtbot, tmp_path, restore_language):
    from tests.ui.conftest import answer_next_dialog

    application = gui_app.create_application()
    window = gui_app.start_gui(_args(tmp_path / "baru"), application)
    qtbot.addWidget(window)
    try:
        assert not window.archive.office_profile().is_set_up
        seen = answer_next_dialog(qtbot, lambda: gui_app.after_start(window))
        assert seen and seen[0] == "Selamat datang di Humas Desktop"
        # Closed without finishing: nothing half-saved, and the next start asks again.
        assert not window.archive.office_profile().is_set_up
    finally:
        runner = getattr(window, "maintenance", None)
        if runner is not None:
            runner.wait(10)
        window.editor._shutdown()
        window.archive.close()
