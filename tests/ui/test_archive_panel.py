"""The archive panel: search as you type, filters, trash view."""

from PySide6.QtCore import Qt

from humas_desktop.model import Status
from humas_desktop.ui.archive_panel import SEARCH_DELAY_MS, ArchivePanel


def _panel(qtbot, archive):
    panel = ArchivePanel(archive)
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    panel.show()
    return panel


def _titles(panel) -> list[str]:
    return [panel.model.item(r).title for r in range(panel.model.rowCount())]


def test_search_as_you_type_filters_after_a_pause(qtbot, archive, sample):
    panel = _panel(qtbot, archive)
    assert panel.model.total() == 3
    qtbot.keyClicks(panel.search, "jembat")
    # Not on every key: the search waits for a pause in typing.
    assert panel.model.total() == 3
    qtbot.waitUntil(lambda: panel.model.total() == 1, timeout=SEARCH_DELAY_MS * 8)
    assert _titles(panel) == ["Bupati Resmikan Jembatan Gantung Desa Bontomarannu"]
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.model.total() == 3, timeout=SEARCH_DELAY_MS * 8)


def test_status_category_and_tag_filters(qtbot, archive, sample):
    archive.save(sample[0].with_status(Status.REVIEW))
    archive.save(sample[2].edited(tags=("cuaca",)))
    panel = _panel(qtbot, archive)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(Status.REVIEW))
    assert _titles(panel) == [sample[0].title]
    panel.status_filter.setCurrentIndex(0)
    panel.set_categories({"bencana": "Bencana / darurat", "layanan": "Layanan publik"})
    assert panel.category_filter.itemText(1) == "Bencana / darurat"
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("layanan"))
    assert _titles(panel) == [sample[1].title]
    panel.category_filter.setCurrentIndex(0)
    qtbot.keyClicks(panel.tag_filter, "cuaca")
    qtbot.waitUntil(lambda: panel.model.total() == 1, timeout=SEARCH_DELAY_MS * 8)
    assert _titles(panel) == [sample[2].title]


def test_custom_date_range(qtbot, archive, sample):
    from datetime import date

    from PySide6.QtCore import QDate

    archive.save(sample[1].edited(release_date=date(2025, 1, 5)))
    panel = _panel(qtbot, archive)
    panel.range_filter.setCurrentIndex(4)
    assert panel.range_row.isVisible()
    panel.date_from.setDate(QDate(2025, 1, 1))
    panel.date_to.setDate(QDate(2025, 1, 31))
    assert _titles(panel) == [sample[1].title]


def test_selection_emits_release_id(qtbot, archive, sample):
    panel = _panel(qtbot, archive)
    with qtbot.waitSignal(panel.release_selected) as signal:
        panel.select_first()
    assert signal.args == [panel.model.item(0).id]
    assert panel.select_release(sample[0].id)
    assert panel.current_id() == sample[0].id


def _click(qtbot, panel, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = panel.view.visualRect(panel.model.index(row))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_ctrl_and_shift_click_select_several_for_batch_export(qtbot, archive, sample):
    panel = _panel(qtbot, archive)
    ids = [panel.model.item(row).id for row in range(3)]
    with qtbot.waitSignal(panel.release_selected) as signal:
        _click(qtbot, panel, 0)
    assert signal.args == [ids[0]]
    assert panel.selected_ids() == [ids[0]]
    # Ctrl-click adds a release; the editor follows the one clicked last.
    with qtbot.waitSignal(panel.release_selected) as signal:
        _click(qtbot, panel, 2, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [ids[2]]
    assert panel.current_id() == ids[2]
    assert panel.selected_ids() == [ids[0], ids[2]]
    # Shift-click selects the range from the anchor; ids come in list order.
    _click(qtbot, panel, 0)
    _click(qtbot, panel, 2, Qt.KeyboardModifier.ShiftModifier)
    assert panel.selected_ids() == ids
    # A plain click goes back to one release.
    _click(qtbot, panel, 1)
    assert panel.selected_ids() == [ids[1]]
    assert panel.current_id() == ids[1]


def test_select_release_selects_only_that_one(qtbot, archive, sample):
    panel = _panel(qtbot, archive)
    panel.view.selectAll()
    assert len(panel.selected_ids()) == 3
    assert panel.select_release(sample[1].id, emit=False)
    assert panel.selected_ids() == [sample[1].id]


def test_an_empty_list_says_why(qtbot, archive, sample):
    panel = _panel(qtbot, archive)
    assert not panel.empty_label.isVisible()
    panel.search.setText("tidakadakatainidiarsip")
    panel.apply_filters()
    assert panel.model.total() == 0 and panel.empty_label.isVisible()
    assert panel.empty_label.text().startswith("Tidak ada rilis yang cocok")
    panel.search.clear()
    panel.apply_filters()
    assert not panel.empty_label.isVisible()
    panel.show_trash(True)
    assert panel.empty_label.isVisible() and panel.empty_label.text() == "Sampah kosong."


def test_an_empty_archive_says_what_to_do(qtbot, data_dir):
    from humas_desktop.archive import Archive

    with Archive.open(data_dir / "baru") as empty:
        panel = _panel(qtbot, empty)
        assert panel.empty_label.isVisible()
        assert "Ctrl+N" in panel.empty_label.text()


def test_typed_search_runs_off_the_window_thread(qtbot, archive, sample, monkeypatch):
    import threading

    panel = _panel(qtbot, archive)
    threads = []
    real_list = archive.list

    def spying_list(query):
        threads.append(threading.current_thread())
        return real_list(query)

    monkeypatch.setattr(archive, "list", spying_list)
    qtbot.keyClicks(panel.search, "gelombang")
    qtbot.waitUntil(lambda: panel.model.total() == 1, timeout=SEARCH_DELAY_MS * 8)
    assert _titles(panel) == ["Waspada Gelombang Tinggi di Perairan Selayar"]
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_a_late_background_result_never_overwrites_a_newer_one(qtbot, archive, sample):
    panel = _panel(qtbot, archive)
    panel.search.setText("jembatan")
    with qtbot.waitSignal(panel._searched, timeout=5000):
        panel._search_in_background()
        # Before the worker's answer is shown, the officer presses Enter on another search.
        panel.search.setText("gelombang")
        panel.apply_filters()
    qtbot.wait(50)
    assert _titles(panel) == ["Waspada Gelombang Tinggi di Perairan Selayar"]


def test_a_failed_background_search_is_retried_in_the_window(qtbot, archive, sample,
                                                             monkeypatch):
    import threading

    panel = _panel(qtbot, archive)
    real_list = archive.list

    def list_but_not_on_workers(query):
        if threading.current_thread() is not threading.main_thread():
            raise OSError("disk busy")
        return real_list(query)

    monkeypatch.setattr(archive, "list", list_but_not_on_workers)
    qtbot.keyClicks(panel.search, "adminduk")
    qtbot.waitUntil(lambda: panel.model.total() == 1, timeout=SEARCH_DELAY_MS * 8)
    assert _titles(panel) == ["Pemkab Selayar Luncurkan Layanan Adminduk Keliling"]
