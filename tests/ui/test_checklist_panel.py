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
