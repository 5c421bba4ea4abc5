"""The main window driven as an officer would, against the real reference server on loopback.

The server runs in-process on a free port with its own SQLite file; the window's store is a real
SQLite file; sync goes through the fault proxy so the tests can take the server "away".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from lapor_desktop.core.models import EventKind
from lapor_desktop.ui.formatting import event_kind_label
from lapor_desktop.ui.sync_controller import ConnectionState
from tests.gui.conftest import officer_window, sync_from_status_bar


@pytest.fixture
def window(qtbot, tmp_path, world):
    proxy, _world = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        yield win


_sync = sync_from_status_bar


def _titles(win):
    return [win.model.item(i).row.title for i in range(win.model.rowCount())]


def test_sync_brings_new_complaints_without_freezing_the_window(qtbot, window, world):
    proxy, server = world
    server.dispose(3)
    _sync(qtbot, window)
    assert window.model.rowCount() == 3
    assert window.sync_status.state_label.text() == "● Terhubung"

    # A slow link: each chunk waits, so the pass takes a while. The GUI thread keeps running
    # timers meanwhile (nothing blocks it).
    server.dispose(2)
    proxy.set(latency=0.05)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(window.services.sync.running))
    timer.start(10)
    _sync(qtbot, window)
    timer.stop()
    assert any(ticks), "the event loop must keep running while the pass is in flight"
    assert window.model.rowCount() == 5


def test_search_narrows_the_queue(qtbot, window, world):
    _proxy, server = world
    server.dispose(5)
    _sync(qtbot, window)
    assert window.model.rowCount() == 5
    # The officer types a tracking id as it appears on a letter; results come while typing.
    qtbot.keyClicks(window.filters.search, "T0000003")
    qtbot.waitUntil(lambda: _titles(window) == ["Jalan rusak nomor 3"])
    window.filters.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)


def test_status_filter_and_saved_view(qtbot, window, world):
    _proxy, server = world
    ids = server.dispose(3)
    server.close(ids[0])
    _sync(qtbot, window)
    status = window.filters.status
    status.setCurrentIndex(status.findText("Selesai"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.item(0).row.id == ids[0]
    status.setCurrentIndex(status.findText("Masih dikerjakan"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    # "Terlambat" (Ctrl+2): freshly disposed complaints are not late yet.
    window.view_actions["overdue"].trigger()
    qtbot.waitUntil(lambda: window.model.total == 0)
    window.view_actions["all"].trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)


def test_detail_shows_the_history(qtbot, window, world):
    _proxy, server = world
    (cid,) = server.dispose(1)
    server.close(cid)
    _sync(qtbot, window)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.complaint() is not None)
    timeline = window.detail.findChild(QWidget, "detailTimeline")
    shown = " ".join(label.text() for label in timeline.findChildren(QLabel))
    # The officer sees the disposition and the closing in the timeline, in that order.
    disposed = shown.find(event_kind_label(EventKind.DISPOSED))
    closed = shown.find(event_kind_label(EventKind.CLOSED))
    assert 0 <= disposed < closed


def test_server_going_away_flips_to_offline_and_back(qtbot, window, world):
    proxy, server = world
    server.dispose(1)
    _sync(qtbot, window)
    assert window.services.sync.state is ConnectionState.ONLINE
    proxy.set(refuse=True)
    proxy.drop_all()  # the link goes down: open keep-alive connections die too
    _sync(qtbot, window)
    assert window.services.sync.state is ConnectionState.OFFLINE
    assert "Luring" in window.sync_status.state_label.text()
    proxy.set()
    server.dispose(1)
    _sync(qtbot, window)
    assert window.services.sync.state is ConnectionState.ONLINE
    assert window.model.rowCount() == 2


def test_a_follow_up_queued_online_leaves_at_once(qtbot, window, world):
    """Send while the server is up: accepted with a receipt without "sync now" and without
    waiting for the interval (the window's interval here is an hour)."""
    _proxy, server = world
    (cid,) = server.dispose(1)
    _sync(qtbot, window)
    window.table.selectRow(0)
    editor = window.editor
    window.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.complaint() is not None and not editor.is_read_only())
    qtbot.keyClicks(editor.text, "Tim Dinas telah memeriksa lokasi pada 2 Desember 2026; "
                                 "perbaikan dijadwalkan minggu ini. Kontak 0771-123456. "
                                 "Mengetahui, Kepala Dinas.")
    store = window.services.bench.store
    QTimer.singleShot(0, lambda: _answer_send_anyway(editor))
    with qtbot.waitSignal(editor.queued, timeout=10_000) as blocker:
        editor.send_button.click()
    op_id = blocker.args[0]
    qtbot.waitUntil(lambda: store.outbox.get(op_id).receipt_number is not None, timeout=5_000)
    assert server.follow_ups(cid) == 1


def _answer_send_anyway(editor):
    """Click "Kirim tetap" on the incomplete-checklist warning if it is shown."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMessageBox) and top.isVisible():
            for button in top.buttons():
                if button.text().replace("&", "") == "Kirim tetap":
                    button.click()
                    return
    QTimer.singleShot(20, lambda: _answer_send_anyway(editor))


def test_a_background_pass_keeps_selection_and_scroll(qtbot, window, world):
    _proxy, server = world
    ids = server.dispose(260)  # more than one page of the queue
    _sync(qtbot, window)
    table = window.table
    qtbot.waitUntil(lambda: window.model.rowCount() >= 200)
    table.resize(table.width(), 300)
    row = 120
    table.selectRow(row)
    table.scrollTo(window.model.index(row, 0))
    chosen = window.model.item(row).row.id
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    # Meanwhile on the server: new complaints and a change to one above the chosen row.
    server.dispose(3)
    server.close(ids[0])
    controller = window.services.sync
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        controller.sync_now()  # what the interval timer does
    assert blocker.args[0].pulled >= 4
    qtbot.waitUntil(lambda: window.services.tasks.pending == 0, timeout=10_000)
    current = table.currentIndex()
    assert current.isValid() and window.model.item(current.row()).row.id == chosen
    selected = table.selectionModel().selectedRows()
    assert [window.model.item(i.row()).row.id for i in selected] == [chosen]
    assert table.verticalScrollBar().value() == scroll
