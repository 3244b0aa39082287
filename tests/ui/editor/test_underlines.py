"""The checker's underlines, tooltips and right-click menu in the editor (real Checker)."""

import pytest
from PySide6.QtGui import QTextCharFormat

from humas_desktop.ui.editor.release_editor import ReleaseEditor
from humas_desktop.ui.editor.underlines import BLUE, GREY, RED, underline_format

TEXT = ("Kegiatan ini meningkatkan aktifitas warga dikantor desa melalui workshop bersama "
        "penyelengaraan pemerintah.")


@pytest.fixture(scope="module")
def checker():
    from humas_desktop.checks.engine import Checker

    return Checker()


def _editor(qtbot, archive, release, factory):
    editor = ReleaseEditor()
    qtbot.addWidget(editor)
    editor.set_archive(archive, checker_factory=factory)
    editor.resize(1000, 700)
    editor.show()
    editor.load(release)
    return editor


@pytest.fixture
def checked(qtbot, archive, release, checker):
    editor = _editor(qtbot, archive, release, lambda: checker)
    yield editor
    editor._shutdown()


@pytest.fixture
def own_checker(qtbot, archive, release):
    """An editor whose Checker is its own: this test adds words to the dictionary."""
    from humas_desktop.checks.engine import Checker

    editor = _editor(qtbot, archive, release, Checker)
    yield editor
    editor._shutdown()


def _formats(edit, block=0):
    layout = edit.document().findBlockByNumber(block).layout()
    return {(r.start, r.start + r.length): QTextCharFormat(r.format) for r in layout.formats()}


def _wait_underlined(qtbot, edit, span, timeout=5000):
    qtbot.waitUntil(lambda: span in _formats(edit), timeout=timeout)
    return _formats(edit)[span]


def test_colours_by_category() -> None:
    style = QTextCharFormat.UnderlineStyle
    assert underline_format("typo").underlineStyle() == style.WaveUnderline
    assert underline_format("typo").underlineColor() == RED
    assert underline_format("di_ke").underlineColor() == RED
    assert underline_format("punct").underlineColor() == BLUE
    assert underline_format("capital").underlineColor() == BLUE
    assert underline_format("foreign", "info").underlineStyle() == style.DotLine
    assert underline_format("foreign", "info").underlineColor() == GREY


def test_typing_gets_underlined_without_changing_the_text(qtbot, checked, archive) -> None:
    qtbot.keyClicks(checked.body, TEXT)
    start = TEXT.index("aktifitas")
    fmt = _wait_underlined(qtbot, checked.body, (start, start + len("aktifitas")))
    assert fmt.underlineColor() == RED
    foreign = TEXT.index("workshop")
    fmt = _wait_underlined(qtbot, checked.body, (foreign, foreign + len("workshop")))
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    # underlines live in the layout, not in the document: the release text stays plain
    body = checked.current_release().body
    assert body[1].text == TEXT and all(not r.bold and not r.italic for r in body[1].runs)
    assert checked.save_now()
    dirty_after_save = checked.is_dirty()
    qtbot.wait(400)  # late results repaint the block; that is no edit
    assert not dirty_after_save and not checked.is_dirty()


def test_menu_suggestion_replaces_word(qtbot, checked) -> None:
    qtbot.keyClicks(checked.body, TEXT)
    start = TEXT.index("dikantor")
    _wait_underlined(qtbot, checked.body, (start, start + len("dikantor")))
    controller = checked.underlines.controllers[3]  # title, subtitle, lead, body, about
    assert controller.edit is checked.body
    cursor = checked.body.textCursor()
    cursor.setPosition(start + 2)
    menu = controller.build_menu(checked.body.cursorRect(cursor).center())
    labels = [a.text() for a in menu.actions()]
    assert labels[0] == "di kantor"
    assert "Abaikan" in labels and "Abaikan aturan ini" in labels
    assert "&Tempel" in labels and "Pilih &semua" in labels  # Indonesian standard actions
    menu.actions()[0].trigger()
    assert "warga di kantor desa" in checked.body.toPlainText()
    checked.body.undo()
    assert checked.body.toPlainText() == TEXT


def test_ignore_and_disable_rule_and_dictionary(qtbot, own_checker, archive) -> None:
    checked = own_checker
    qtbot.keyClicks(checked.body, TEXT)
    typo = TEXT.index("penyelengaraan")
    typo_span = (typo, typo + len("penyelengaraan"))
    _wait_underlined(qtbot, checked.body, typo_span)
    service = checked.underlines.service
    service.add_user_word("penyelengaraan")
    assert "penyelengaraan" in archive.user_words()
    qtbot.waitUntil(lambda: typo_span not in _formats(checked.body), timeout=3000)

    foreign = TEXT.index("workshop")
    span = (foreign, foreign + len("workshop"))
    _wait_underlined(qtbot, checked.body, span)
    service.ignore("asing.padanan", "workshop")
    assert span not in _formats(checked.body)

    nonstandard = TEXT.index("aktifitas")
    span = (nonstandard, nonstandard + len("aktifitas"))
    rule = next(f.rule for f in checked.underlines.highlighters["body"]._shown[0][1]
                if f.start == nonstandard)
    service.disable_rule(rule)
    assert span not in _formats(checked.body)
    assert rule in archive.setting("checks.disabled_rules")


def test_title_is_checked_too_and_f7_moves_to_next_finding(qtbot, checked) -> None:
    qtbot.keyClicks(checked.title, "Pemkab Gelar Workshop Aktifitas Warga")
    assert checked.run_check() >= 2
    assert checked.title.hasFocus()
    assert checked.title.textCursor().selectedText() in ("Workshop", "Aktifitas")


def test_f7_without_findings_says_so(qtbot, checked) -> None:
    qtbot.keyClicks(checked.title, "Bupati Resmikan Pasar")
    assert checked.run_check() == 0


def test_checker_failure_leaves_editor_working(qtbot, archive, release) -> None:
    def broken():
        raise RuntimeError("kamus rusak")

    editor = ReleaseEditor()
    qtbot.addWidget(editor)
    editor.set_archive(archive, checker_factory=broken)
    editor.load(release)
    qtbot.keyClicks(editor.body, TEXT)
    qtbot.waitUntil(lambda: editor.underlines.service.failed, timeout=3000)
    assert editor.current_release().body[1].text == TEXT
    assert editor.run_check() == 0
    editor._shutdown()


def test_quote_text_and_caption_are_checked(qtbot, checked) -> None:
    checked.quotes.add_button.click()
    row = checked.quotes.rows()[0]
    qtbot.keyClicks(row.text, "Kami dukung aktifitas ini")
    start = "Kami dukung aktifitas ini".index("aktifitas")
    _wait_underlined(qtbot, row.text, (start, start + len("aktifitas")))

    # A quote ends with a comma before the attribution: no "full stop missing" for it...
    service, year = checked.underlines.service, checked.underlines.year
    text = ("Pemerintah daerah terus mendukung aktifitas warga desa. Program ini akan "
            "dilanjutkan tahun depan")
    row.text.setPlainText(text)
    qtbot.waitUntil(lambda: service.findings(text, year, "quotes") is not None, timeout=5000)
    quote = {f.rule for f in service.findings(text, year, "quotes")}
    assert "baku.kata" in quote and "kalimat.titik-akhir" not in quote
    # ...while the same words as a body paragraph get it.
    service.findings(text, year, "body")
    qtbot.waitUntil(lambda: service.findings(text, year, "body") is not None, timeout=5000)
    assert "kalimat.titik-akhir" in {f.rule for f in service.findings(text, year, "body")}


def test_tooltip_explains_finding(qtbot, checked) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    qtbot.keyClicks(checked.body, TEXT)
    start = TEXT.index("aktifitas")
    _wait_underlined(qtbot, checked.body, (start, start + len("aktifitas")))
    cursor = checked.body.textCursor()
    cursor.setPosition(start + 3)
    pos = checked.body.cursorRect(cursor).center()
    viewport = checked.body.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    controller = checked.underlines.controllers[3]
    assert controller.eventFilter(viewport, event)
    assert "aktivitas" in QToolTip.text()


def test_refresh_checker_reads_switched_off_rules(qtbot, checked, archive) -> None:
    qtbot.keyClicks(checked.body, TEXT)
    start = TEXT.index("workshop")
    span = (start, start + len("workshop"))
    _wait_underlined(qtbot, checked.body, span)
    rule = next(f.rule for f in checked.underlines.highlighters["body"]._shown[0][1]
                if f.start == start)
    archive.set_setting("checks.disabled_rules", [rule])  # as the Settings dialog does
    checked.refresh_checker()
    qtbot.waitUntil(lambda: span not in _formats(checked.body), timeout=3000)


def test_opening_a_release_is_no_edit(qtbot, archive, release, checker) -> None:
    """Underlines drawn after loading (even a delayed first highlight) are not a change."""
    from dataclasses import replace

    from humas_desktop.model.release import Block

    stored = archive.save(replace(release, title="Pemkab Gelar Workshop",
                                  body=(Block.plain(TEXT), Block.plain(TEXT))))
    editor = ReleaseEditor()
    qtbot.addWidget(editor)
    editor.set_archive(archive, checker_factory=lambda: checker)
    editor.load(stored)  # before the event loop ran once: Qt's delayed rehighlight is pending
    editor.show()
    qtbot.waitUntil(lambda: bool(_formats(editor.body)), timeout=5000)
    qtbot.wait(2500)
    assert not editor.is_dirty()
    assert archive.get(stored.id).revision == stored.revision
    editor._shutdown()


def test_findings_signal_lists_targets_that_focus_jumps_to(qtbot, checked) -> None:
    lists = []
    checked.findings_changed.connect(lists.append)
    qtbot.keyClicks(checked.title, "Gelar Workshop")
    checked.quotes.add_button.click()
    qtbot.keyClicks(checked.quotes.rows()[0].text, "Kami dukung aktifitas ini")
    qtbot.waitUntil(lambda: bool(lists) and any(t.startswith("quotes:0#") for t, _ in lists[-1]),
                    timeout=5000)
    targets = [t for t, _ in lists[-1]]
    assert targets[0] == "title#6-14"  # page order: the headline first
    quote_target = next(t for t in targets if t.startswith("quotes:0#"))
    checked.focus_target(quote_target)
    row = checked.quotes.rows()[0]
    assert row.text.hasFocus() and row.text.textCursor().selectedText() == "aktifitas"


def test_tooltip_spells_out_official_abbreviations(qtbot, checked) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    text = "Rapat koordinasi OPD digelar hari ini."
    qtbot.keyClicks(checked.body, text)
    qtbot.waitUntil(lambda: checked.underlines.service._checker is not None, timeout=5000)
    cursor = checked.body.textCursor()
    cursor.setPosition(text.index("OPD") + 1)
    pos = checked.body.cursorRect(cursor).center()
    viewport = checked.body.viewport()
    controller = checked.underlines.controllers[3]
    assert controller.eventFilter(viewport, QHelpEvent(QEvent.Type.ToolTip, pos,
                                                       viewport.mapToGlobal(pos)))
    assert QToolTip.text() == "OPD: Organisasi Perangkat Daerah"
