import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from humas_desktop.model.completeness import ChecklistItem
from humas_desktop.ui.checklist_panel import ChecklistPanel

ITEMS = [
    ChecklistItem("title", True, "Judul 21 karakter.", "title"),
    ChecklistItem("news_dates", False, "Nama hari tidak cocok.", "lead#14-26"),
]


def test_items_shown_with_marks_and_click_emits_target(qtbot) -> None:
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.update_items(ITEMS)
    assert [panel.list.item(i).text() for i in range(2)] == [
        "✓  Judul 21 karakter.", "✗  Nama hari tidak cocok."]
    assert panel.summary.text() == "1 dari 2 beres"
    assert panel.list.item(1).font().bold() and not panel.list.item(0).font().bold()
    rect = panel.list.visualItemRect(panel.list.item(1))
    with qtbot.waitSignal(panel.item_activated) as blocker:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["lead#14-26"]


def test_same_items_keep_selection_and_empty_clears(qtbot) -> None:
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    panel.update_items(ITEMS)
    panel.list.setCurrentRow(1)
    panel.update_items(list(ITEMS))
    assert panel.list.currentRow() == 1
    panel.update_items([])
    assert panel.list.count() == 0 and panel.summary.text() == ""


def test_count_stays_while_the_body_is_written(qtbot, archive) -> None:
    """The review saw "3 dari 9" jump to "6 dari 8": the body item vanished instead of
    turning ✓. With a real editor the total stays and the item flips."""
    from datetime import date

    from humas_desktop.model.templates import get_template
    from humas_desktop.ui.editor import ReleaseEditor

    from .conftest import PROFILE

    release = archive.save(get_template("kegiatan").new_release(PROFILE, date(2023, 11, 28),
                                                                running_number=45))
    editor = ReleaseEditor()
    qtbot.addWidget(editor)
    editor.set_archive(archive, underlines=False)
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    editor.checklist_changed.connect(panel.update_items)
    editor.load(release)
    total = panel.list.count()
    body = next(i for i in panel.items() if i.id == "required_body")
    assert not body.ok and panel.summary.text().endswith(f"dari {total} beres")
    editor.body.setPlainText("Pasar menampung 240 pedagang dari tiga kecamatan.")
    qtbot.waitUntil(lambda: next(i for i in panel.items() if i.id == "required_body").ok,
                    timeout=3000)
    assert panel.list.count() == total
    assert "✓  Isi berita ditulis (7 kata)." in [panel.list.item(i).text()
                                                for i in range(total)]
    editor._shutdown()
