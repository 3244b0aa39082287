"""The Temuan panel beside a real editor, real archive and real checker (worker thread)."""

import os
import time
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from humas_desktop.model.templates import get_template
from humas_desktop.ui.editor import ReleaseEditor
from humas_desktop.ui.findings_panel import FindingsPanel

from .conftest import PROFILE

ERRORS = "Kami merubah jadwal kerjasama  dengan  pihak diluar daerah."
ADVICE = "Peserta mengikuti workshop tentang penyelengaraan acara."
BODY = f"{ERRORS} {ADVICE}"


@pytest.fixture(scope="module")
def checker():
    from humas_desktop.checks.engine import Checker

    return Checker()


@pytest.fixture
def editor(qtbot, archive, checker):
    template = get_template("kegiatan")
    release = archive.save(template.new_release(PROFILE, date(2023, 11, 28), running_number=45))
    widget = ReleaseEditor()
    qtbot.addWidget(widget)
    widget.set_archive(archive, checker_factory=lambda: checker)
    widget.resize(1000, 700)
    widget.show()
    widget.load(release)
    yield widget
    widget._shutdown()


@pytest.fixture
def panel(qtbot, editor):
    """The panel beside the editor in one window, as the main window's side panel is."""
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    row.addWidget(editor, 3)
    widget = FindingsPanel(editor)
    row.addWidget(widget, 1)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield widget  # the window lives (and holds both) until the test ends
    window.hide()


def headings(panel):
    return [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]


def item_for(panel, flagged):
    return next(i for i in panel.finding_items() if i.text(0).startswith(flagged + " →"))


def body_findings(panel):
    return [i for i in panel.finding_items() if i.data(0, Qt.ItemDataRole.UserRole)
            .startswith("body#")]


def type_body(qtbot, editor, panel, text, expected):
    qtbot.keyClicks(editor.body, text)
    qtbot.waitUntil(lambda: len(body_findings(panel)) == expected, timeout=8000)


def test_groups_counts_severity_and_click_selects(qtbot, editor, panel) -> None:
    type_body(qtbot, editor, panel, BODY, 7)
    assert headings(panel) == [
        "Ejaan (1)", "Kata tidak baku (1)", "di/ke (1)", "Kata majemuk (1)", "Tanda baca (2)",
        "Kata asing (1)"]
    assert panel.summary.text() == "7 temuan"
    assert panel.tree.isVisible() and not panel.empty.isVisible()
    diluar = item_for(panel, "diluar")
    assert diluar.text(0) == "diluar → di luar\nKata depan ditulis terpisah: di luar."
    # a double space reads with its neighbours, not as a bare "␣␣ → ␣"
    assert item_for(panel, "kerjasama␣␣dengan").text(0).startswith(
        "kerjasama␣␣dengan → kerjasama␣dengan\nSpasi ganda")
    # severity: an icon per level, with the level spelt out for screen readers and tooltips
    workshop = item_for(panel, "workshop")
    assert not diluar.icon(0).isNull() and not workshop.icon(0).isNull()
    assert diluar.icon(0).cacheKey() != workshop.icon(0).cacheKey()
    assert diluar.toolTip(0).startswith("Kesalahan: ")
    assert workshop.toolTip(0).startswith("Catatan: ")
    assert panel.fix_button.isEnabled() and "5" in panel.fix_button.toolTip()

    rect = panel.tree.visualItemRect(diluar)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.body.hasFocus()
    assert editor.body.textCursor().selectedText() == "diluar"


def test_fix_all_applies_safe_fixes_in_one_undo(qtbot, editor, panel, archive) -> None:
    type_body(qtbot, editor, panel, BODY, 7)
    assert editor.save_now() and not editor.is_dirty()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    fixed = ("Kami mengubah jadwal kerja sama dengan pihak di luar daerah. "
             "Peserta mengikuti workshop tentang penyelengaraan acara.")
    assert editor.body.toPlainText() == fixed
    # the typo has several readings: it is an error left for the writer, and the note says so
    assert panel.note.text() == ("5 perbaikan diterapkan; 1 temuan perlu diperiksa sendiri. "
                                 "Ctrl+Z di kolomnya membatalkan.")
    assert panel.note.isVisible()
    assert editor.is_dirty()  # autosave will store it
    # the typo and the foreign word stay for the writer to decide; the count follows live
    qtbot.waitUntil(lambda: panel.summary.text() == "2 temuan", timeout=8000)
    assert headings(panel) == ["Ejaan (1)", "Kata asing (1)"]
    assert not panel.fix_button.isEnabled()
    assert panel.fix_button.toolTip().startswith("Tidak ada yang aman diperbaiki otomatis")
    assert panel.note.isVisible()  # re-checking the fixed text does not hide it
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == BODY  # one Ctrl+Z takes every fix back
    assert not panel.note.isVisible() and panel.note.text() == ""  # it no longer holds
    qtbot.waitUntil(lambda: panel.summary.text() == "7 temuan", timeout=8000)
    assert editor.save_now()
    assert archive.get(editor.release_id()).body[1].text == BODY


def test_item_menu_offers_suggestions_and_ignore_like_the_text(qtbot, editor, panel) -> None:
    type_body(qtbot, editor, panel, BODY, 7)
    menu = panel.build_menu(item_for(panel, "merubah"))
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels[:2] == ["Tuju teks", "mengubah"]
    assert "Abaikan" in labels and "Abaikan aturan ini" in labels
    next(a for a in menu.actions() if a.text() == "mengubah").trigger()
    assert editor.body.toPlainText() == BODY.replace("merubah", "mengubah")
    qtbot.waitUntil(lambda: len(body_findings(panel)) == 6, timeout=8000)

    menu = panel.build_menu(item_for(panel, "workshop"))
    next(a for a in menu.actions() if a.text() == "Abaikan").trigger()
    qtbot.waitUntil(lambda: len(body_findings(panel)) == 5, timeout=8000)
    assert "Kata asing (1)" not in headings(panel)
    assert "workshop" in editor.body.toPlainText()  # ignoring changes no text


def test_stale_item_menu_changes_nothing(qtbot, editor, panel) -> None:
    type_body(qtbot, editor, panel, BODY, 7)
    item = item_for(panel, "merubah")
    cursor = editor.body.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Hari ini ")  # typed before the panel heard of it
    menu = panel.build_menu(item)
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "mengubah" not in labels and "(teks sudah berubah)" in labels


def test_empty_state(qtbot, archive) -> None:
    editor = ReleaseEditor()
    qtbot.addWidget(editor)
    editor.set_archive(archive, underlines=False)
    panel = FindingsPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.empty.isVisible() and panel.empty.text() == "Tidak ada temuan"
    assert not panel.tree.isVisible() and not panel.fix_button.isEnabled()
    assert panel.fix_all() == 0
    assert panel.fix_button.accessibleName() and panel.fix_button.toolTip()
    assert panel.tree.accessibleName() and panel.tree.toolTip()


def test_hundreds_of_findings_fill_in_one_go(qtbot, editor, panel) -> None:
    text = "\n".join(["Kami merubah jadwal diluar kantor."] * 150)  # 150 short paragraphs
    editor.body.setPlainText(text)
    qtbot.waitUntil(lambda: len(body_findings(panel)) == 300, timeout=15000)
    findings = editor.findings()
    panel.update_findings([])
    started = time.perf_counter()
    panel.update_findings(findings)
    elapsed = time.perf_counter() - started
    assert headings(panel) == ["Kata tidak baku (150)", "di/ke (150)"]
    assert elapsed < 1.0, elapsed  # ~20 ms on the dev machine; a widget per finding: seconds
    assert panel.fix_all() == 300
    assert editor.body.toPlainText() == "\n".join(["Kami mengubah jadwal di luar kantor."] * 150)


def test_english_strings_come_from_the_translation(qtbot, qapp, archive) -> None:
    from humas_desktop.ui import app as gui_app

    gui_app.install_language(qapp, "en")
    try:
        editor = ReleaseEditor()
        qtbot.addWidget(editor)
        editor.set_archive(archive, underlines=False)
        panel = FindingsPanel(editor)
        qtbot.addWidget(panel)
        assert panel.fix_button.text() == "Fix all" and panel.empty.text() == "No findings"
        assert panel.category_label("nonstandard") == "Non-standard words"
        assert panel.tr("%n temuan", "", 2) == "2 findings"
        assert panel.category_label("unknown") == "Not in the dictionary yet"
        assert panel.tr("%n perbaikan diterapkan", "", 1) == "1 fix applied"
        assert panel.tr("%n temuan perlu diperiksa sendiri", "", 2) == (
            "2 findings need checking by you")
    finally:
        gui_app.install_language(qapp, "id")


def test_fix_all_without_safe_fixes_says_what_is_left(qtbot, editor, panel) -> None:
    type_body(qtbot, editor, panel, "Peserta membahas penyelengaraan acara.", 1)
    assert not panel.fix_button.isEnabled()
    assert "perlu diperiksa sendiri" in panel.fix_button.toolTip()
    assert panel.fix_all() == 0
    assert panel.note.text() == ("Tidak ada yang aman diperbaiki otomatis; "
                                 "1 temuan perlu diperiksa sendiri.")
    qtbot.keyClicks(editor.body, " Lagi")
    assert not panel.note.isVisible()


def test_unknown_words_have_their_own_group_after_the_categories(qtbot, editor, panel) -> None:
    text = f"{ADVICE} Camat Andi Baso Tenriawaru hadir bersama warga Bontomarannu."
    editor.body.setPlainText(text)
    qtbot.waitUntil(lambda: any(h.startswith("Belum dikenal kamus") for h in headings(panel)),
                    timeout=8000)
    groups = headings(panel)
    assert groups[-1].startswith("Belum dikenal kamus (")
    assert not any(h.startswith("Gaya") for h in groups), groups  # not a style problem
    unknown = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    rows = [unknown.child(i) for i in range(unknown.childCount())]
    findings = [row.data(0, Qt.ItemDataRole.UserRole + 1) for row in rows]
    assert {f.rule for f in findings} <= {"spelling.unknown_name", "spelling.unknown_word"}
    assert all(f.category == "style" for f in findings)  # the checker's contract is kept
    menu = panel.build_menu(rows[0])
    assert "Tambahkan ke kamus" in [a.text() for a in menu.actions()]
    # A name can go into the office glossary instead (kind and note are set in Settings).
    name_row = next(r for r in rows
                    if r.data(0, Qt.ItemDataRole.UserRole + 1).rule == "spelling.unknown_name")
    name = name_row.data(0, Qt.ItemDataRole.UserRole + 1)
    actions = {a.text(): a for a in panel.build_menu(name_row).actions()}
    actions["Tambahkan ke glosarium kantor"].trigger()
    term = text[name.start:name.end]
    assert term in [entry.term for entry in editor.archive.glossary()]


def test_rows_wrap_so_messages_are_readable_in_a_narrow_panel(qtbot, editor, panel) -> None:
    panel.parentWidget().layout().setStretch(0, 1)
    panel.setFixedWidth(270)
    type_body(qtbot, editor, panel, BODY, 7)
    tree = panel.tree
    width = tree.viewport().width()
    line = tree.fontMetrics().lineSpacing()
    for item in panel.finding_items():
        rect = tree.visualItemRect(item)
        assert rect.right() <= width + 1, (item.text(0), rect, width)  # nothing runs off
        message = item.text(0).split("\n", 1)[1]
        needed = tree.fontMetrics().horizontalAdvance(message)
        available = rect.width() - tree.iconSize().width() - 12
        if needed > available:  # a long message gets the lines it needs, no "…"
            assert rect.height() >= 3 * line - 2, (item.text(0), rect.height(), line)
    assert tree.horizontalScrollBar().maximum() == 0


def test_f7_selects_the_matching_row(qtbot, editor, panel) -> None:
    type_body(qtbot, editor, panel, BODY, 7)
    editor.body.setFocus()
    cursor = editor.body.textCursor()
    cursor.setPosition(0)
    editor.body.setTextCursor(cursor)
    assert editor.run_check() == 7
    selected = editor.body.textCursor().selectedText()
    current = panel.tree.currentItem()
    assert current is not None and current.text(0).startswith(selected + " →")
    assert current.data(0, Qt.ItemDataRole.UserRole) == panel.editor.findings()[
        [t for t, _f in panel.editor.findings()].index(current.data(0, Qt.ItemDataRole.UserRole))
    ][0]
    assert editor.body.hasFocus()  # the writer keeps typing in the text
    editor.run_check()  # the next one
    assert panel.tree.currentItem() is not current
    assert panel.tree.currentItem().text(0).startswith(
        editor.body.textCursor().selectedText() + " →")


def test_clear_shows_nothing_until_a_release_is_loaded(qtbot, editor, panel, archive) -> None:
    type_body(qtbot, editor, panel, BODY, 7)
    panel.fix_all()
    panel.clear()  # the main window's "nothing shown" (after Buang, Pulihkan, empty trash)
    assert panel.finding_items() == [] and panel.summary.text() == ""
    assert panel.empty.isVisible() and not panel.fix_button.isEnabled()
    assert not panel.note.isVisible()
    editor._emit_findings()  # a late answer about the release no longer shown
    assert panel.finding_items() == []
    other = archive.save(get_template("layanan").new_release(PROFILE, date(2023, 11, 29),
                                                             running_number=46))
    editor.load(other)
    qtbot.keyClicks(editor.body, "Kami merubah jadwal.")
    qtbot.waitUntil(lambda: len(body_findings(panel)) == 1, timeout=8000)


def test_an_unknown_word_written_several_times_is_listed_once(qtbot, editor, panel) -> None:
    editor.body.setPlainText("Warga Bontomarannu menyambut jembatan itu. Bagi warga "
                             "Bontomarannu, jembatan ini memangkas jarak. Dusun Bontomarannu "
                             "kini terhubung.")
    qtbot.waitUntil(lambda: any(h.startswith("Belum dikenal kamus") for h in headings(panel)),
                    timeout=8000)
    unknown = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    rows = [unknown.child(i).text(0) for i in range(unknown.childCount())]
    assert [row for row in rows if "Bontomarannu" in row] == [
        next(row for row in rows if row.startswith("Bontomarannu (3×)"))]
    assert headings(panel)[-1] == f"Belum dikenal kamus ({len(rows)})"
    first = unknown.child(rows.index(next(r for r in rows if "Bontomarannu" in r)))
    with qtbot.waitSignal(panel.item_activated) as jumped:
        panel._activated(first)
    assert editor.target_text(jumped.args[0]) == "Bontomarannu"
