"""Issue 21, queue: headers sort (by the store's keyset orders), an empty result says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import officer_window, sync_from_status_bar


@pytest.fixture
def window(qtbot, tmp_path, world):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        server.dispose(3)
        sync_from_status_bar(qtbot, win)
        yield win


def _ids(win):
    return [win.model.item(i).row.tracking_id for i in range(win.model.rowCount())]


def _click_header(qtbot, win, column):
    header = win.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_clicking_headers_sorts_the_queue(qtbot, window):
    header = window.table.horizontalHeader()
    oldest_first = _ids(window)  # by deadline: the first disposed is due first
    assert header.sortIndicatorSection() == 4
    _click_header(qtbot, window, 0)  # "ID Pelacakan": newest first
    qtbot.waitUntil(lambda: _ids(window) == oldest_first[::-1])
    assert header.sortIndicatorSection() == 0
    _click_header(qtbot, window, 1)  # "Judul" has no order of its own: nothing changes
    assert header.sortIndicatorSection() == 0 and _ids(window) == oldest_first[::-1]
    _click_header(qtbot, window, 4)  # "Tenggat" again
    qtbot.waitUntil(lambda: _ids(window) == oldest_first)
    assert window.services.ui_state.value("queue/sort") == "risk"


def test_an_empty_result_says_why_and_offers_to_clear(qtbot, window):
    assert not window.empty_state.isVisible()
    qtbot.keyClicks(window.filters.search, "zzzqx")
    qtbot.waitUntil(lambda: window.empty_state.isVisible())
    assert "“zzzqx”" in window.empty_state.message.text()
    assert not window.table.isVisible()
    window.filters.status.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "filter" in window.empty_state.message.text())
    qtbot.mouseClick(window.empty_state.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert window.filters.search.text() == "" and window.filters.status.currentIndex() == 0
    assert window.table.isVisible() and not window.empty_state.isVisible()


def test_search_matches_are_marked_in_the_rows_found(qtbot, window):
    delegate = window.table.itemDelegateForColumn(1)
    title = window.model.item(0).row.title  # "Jalan rusak nomor 1"
    assert "<b" not in delegate.marked(title)
    qtbot.keyClicks(window.filters.search, "rusak T000000")
    qtbot.waitUntil(lambda: "<b" in delegate.marked(title))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)  # every row matches both words
    assert "<b style=" in delegate.marked(title) and ">rusak</b>" in delegate.marked(title)
    assert "Jalan" in delegate.marked(title) and ">Jalan<" not in delegate.marked(title)
    assert delegate is window.table.itemDelegateForColumn(0)
    assert ">T000000</b>1" in delegate.marked("T0000001")
    # Server text is escaped before it becomes markup.
    assert "&lt;img" in delegate.marked("rusak <img src=x>")
    window.table.viewport().grab()  # paints through the delegate without error
    window.filters.search.clear()
    qtbot.waitUntil(lambda: "<b" not in delegate.marked(title))
