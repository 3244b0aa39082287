"""The lazy archive list over 100,000 releases: pages on demand, filters, search.

Functional assertions only; speed is measured by benchmarks/ui_speed.py.
"""

from datetime import date

import pytest
from PySide6.QtWidgets import QListView

from humas_desktop.archive import ListQuery
from humas_desktop.model import Status
from humas_desktop.ui.archive_model import FIRST_PAGE, ITEM_ROLE, PAGE_SIZE, ReleaseListModel
from tests.ui.conftest import BIG


@pytest.fixture
def big_model(qtbot, big_archive):
    model = ReleaseListModel(big_archive)
    model.set_query(ListQuery())
    return model


def test_first_page_only_then_fetch_more(big_model):
    assert big_model.total() == BIG
    assert big_model.rowCount() == FIRST_PAGE
    assert big_model.canFetchMore()
    big_model.fetchMore()
    assert big_model.rowCount() == FIRST_PAGE + PAGE_SIZE
    ids = [big_model.item(row).id for row in range(big_model.rowCount())]
    assert len(set(ids)) == len(ids), "pages do not overlap"
    # Sorted newest change first, as the archive lists them.
    stamps = [big_model.item(row).updated_at for row in range(big_model.rowCount())]
    assert stamps == sorted(stamps, reverse=True)


def test_scrolling_a_view_fetches_pages(qtbot, big_model):
    view = QListView()
    qtbot.addWidget(view)
    view.setUniformItemSizes(True)
    view.setModel(big_model)
    view.resize(300, 600)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(5):
        view.scrollToBottom()
        qtbot.wait(1)
    assert big_model.rowCount() > 3 * PAGE_SIZE
    assert big_model.rowCount() < BIG
    last = big_model.index(big_model.rowCount() - 1)
    assert last.data(ITEM_ROLE).title


def test_status_and_category_filters_match_archive_counts(big_model, big_archive):
    query = ListQuery(status=Status.PUBLISHED, category="bencana")
    big_model.set_query(query)
    assert big_model.total() == big_archive.count(query) > 0
    while big_model.canFetchMore() and big_model.rowCount() < 1000:
        big_model.fetchMore()
    for row in range(big_model.rowCount()):
        item = big_model.item(row)
        assert item.status is Status.PUBLISHED and item.category == "bencana"


def test_date_range_and_tag_filters(big_model):
    big_model.set_query(ListQuery(date_from=date(2020, 3, 1), date_to=date(2020, 3, 31),
                                  tag="posyandu"))
    assert 0 < big_model.total() < BIG
    for row in range(big_model.rowCount()):
        item = big_model.item(row)
        assert date(2020, 3, 1) <= item.release_date <= date(2020, 3, 31)
        assert "posyandu" in item.tags


def test_full_text_search(big_model):
    big_model.set_query(ListQuery(text="terumbu"))
    assert big_model.total() == BIG // 1000
    assert big_model.rowCount() == min(FIRST_PAGE, BIG // 1000)
    while big_model.canFetchMore():
        big_model.fetchMore()
    assert big_model.rowCount() == BIG // 1000
    assert all("terumbu" in big_model.item(r).snippet.lower() for r in range(big_model.rowCount()))


def test_update_and_remove_rows_in_place(archive, sample, qtbot):
    model = ReleaseListModel(archive)
    model.set_query(ListQuery())
    release = sample[1]
    row = model.row_of(release.id)
    saved = archive.save(release.edited(title="Judul Diperbarui"))
    with qtbot.waitSignal(model.dataChanged):
        model.update_release(saved)
    assert model.item(row).title == "Judul Diperbarui"
    model.remove_release(release.id)
    assert model.row_of(release.id) is None and model.total() == 2
    assert sorted(model.row_of(r.id) for r in sample if r.id != release.id) == [0, 1]
