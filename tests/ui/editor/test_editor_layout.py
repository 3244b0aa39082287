"""The editor's page in a narrow window: everything stays inside the visible area.

The user review found the title counter cut to "0/100 karakt", the Panduan and B/I/list buttons
and the lead's word count cut off, and the fields running under the scroll bar when the window
was not maximised or the splitter was dragged. The page now shrinks and wraps down to a
minimum width, and the editor's minimumSizeHint keeps a QSplitter from squeezing it further.
"""

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from humas_desktop.model.release import ContactPerson, Photo, Quote
from humas_desktop.model.workflow import Status
from humas_desktop.ui.editor import ReleaseEditor


@pytest.fixture
def full(archive, release):
    """A release with every repeating row and a long title (a full page to lay out)."""
    return archive.save(replace(
        release,
        title="Bupati Kepulauan Selayar Resmikan Jembatan Gantung Desa Bontomarannu",
        status=Status.DRAFT,
        quotes=(Quote("Muhammad Basli Ali", "Bupati Kepulauan Selayar", "Jembatan milik warga."),),
        contacts=(ContactPerson("Andi Rahman, S.Sos.", "Kepala Bidang IKP", "0812-4455-6677",
                                "humas@kepulauanselayarkab.go.id"),),
        photos=(Photo("f" * 64, "jembatan-gantung-bontomarannu.jpg", "Bupati meninjau.", ""),),
    ))


@pytest.fixture
def splitter(qtbot, editor):
    """The editor in a QSplitter beside another pane, as in the main window."""
    widget = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(widget)
    widget.addWidget(QWidget())
    widget.addWidget(editor)
    widget.setCollapsible(1, False)
    yield widget
    editor.setParent(None)  # the editor fixture shuts it down itself
    widget.hide()


def _drag(qtbot, splitter: QSplitter, editor_width: int) -> None:
    splitter.resize(editor_width + 400, 700)
    splitter.show()
    qtbot.waitExposed(splitter)
    splitter.setSizes([400 - splitter.handleWidth(), editor_width])  # where the user put it


def _must_be_seen(editor: ReleaseEditor) -> list[QWidget]:
    """Every header widget of every section, the Panduan button, the 5W+1H chips and word
    count, the dateline row and the text fields."""
    widgets: list[QWidget] = [editor.tips_button, editor.title, editor.subtitle, editor.city,
                              editor.date, editor.date_hint, editor.lead, editor.body,
                              editor.lead_words, *editor.chips.values(), editor.about,
                              editor.category, editor.tags, editor.number, editor.number_hint]
    for section in editor.sections.values():
        header = section.header
        widgets += [header.itemAt(i).widget() for i in range(header.count())
                    if header.itemAt(i).widget() is not None]
    for rows in (editor.quotes, editor.photos, editor.contacts):
        widgets.append(rows.add_button)
        for row in rows.rows():
            widgets += row.tab_widgets()
    widgets += editor.tag_suggestions.findChildren(QWidget)
    return [w for w in widgets if not w.isHidden()]


def _assert_all_inside(qtbot, editor: ReleaseEditor) -> None:
    viewport = editor.scroll.viewport()
    qtbot.waitUntil(lambda: editor.scroll.widget().width() <= viewport.width(), timeout=3000)
    assert not editor.scroll.horizontalScrollBar().isVisible()
    inside = QRect(QPoint(0, 0), editor.scroll.widget().size())
    for widget in _must_be_seen(editor):
        top_left = widget.mapTo(editor.scroll.widget(), QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        name = widget.accessibleName() or type(widget).__name__
        assert rect.right() < viewport.width(), (name, rect, viewport.width())
        assert inside.contains(rect), (name, rect, inside)
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            # a one-line label (the title counter, a chip) shows its whole text
            assert widget.width() >= widget.sizeHint().width(), (widget.text(), widget.width())
        assert widget.width() >= widget.minimumSizeHint().width() or widget.width() >= 20, name


def test_minimum_width_keeps_every_header_widget_in_view(qtbot, editor, full,
                                                         splitter) -> None:
    editor.load(full)
    _drag(qtbot, splitter, 200)  # the user drags the handle far to the right
    minimum = editor.minimumSizeHint().width()
    assert 360 <= minimum <= 520, minimum  # a sensible minimum: the page shrinks and wraps
    qtbot.waitUntil(lambda: editor.width() == minimum, timeout=3000)  # the splitter obeys
    assert splitter.sizes()[1] >= minimum
    _assert_all_inside(qtbot, editor)
    # the 5W+1H row wrapped onto a second line instead of running off the right edge
    chips = list(editor.chips.values())
    assert chips[-1].y() > chips[0].y() or editor.lead_words.y() > chips[0].y()


@pytest.mark.parametrize("width", [560, 700, 860])
def test_not_maximised_widths_fit(qtbot, editor, full, splitter, width) -> None:
    editor.load(full)
    _drag(qtbot, splitter, width)
    qtbot.waitUntil(lambda: abs(editor.width() - width) <= 8, timeout=3000)
    _assert_all_inside(qtbot, editor)
    assert editor.title_counter.text() == "68/100 karakter"
