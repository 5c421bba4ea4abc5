"""Issue 21, status that is true: the status bar, the Kotak Keluar and the editor say what is so.

Driven as an officer would, against the real reference server on loopback behind the fault proxy.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from lapor_desktop.store.outbox import OutboxState
from tests.gui.conftest import officer_window, sync_from_status_bar

TEXT = ("Tim Dinas PUPR sudah menambal jalan pada 17 Maret 2026. Hubungi 0812-3456-7890. "
        "Kepala Dinas PUPR.")


@pytest.fixture
def opened(qtbot, tmp_path, world):
    """(window, store, controller) with one complaint synced and selected."""
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url, probe_ms=100) as (win, profile):
        server.dispose(1)
        sync_from_status_bar(qtbot, win)
        win.table.selectRow(0)
        win.tabs.setCurrentWidget(win.editor)
        qtbot.waitUntil(lambda: win.editor.complaint() is not None
                        and not win.editor.is_read_only())
        yield win, profile.store, win.services.sync


def _answer_send_anyway(editor):
    box = editor.findChild(QMessageBox, "incompleteWarning")
    if box is None or not box.isVisible():
        QTimer.singleShot(10, lambda: _answer_send_anyway(editor))
        return
    next(b for b in box.buttons() if b.text() == "Kirim &tetap").click()


def _send(qtbot, win):
    editor = win.editor
    qtbot.keyClicks(editor.text, TEXT)
    QTimer.singleShot(0, lambda: _answer_send_anyway(editor))
    with qtbot.waitSignal(editor.queued, timeout=10_000) as blocker:
        qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.services.tasks.pending == 0)
    return blocker.args[0]


def test_the_probe_notices_the_server_going_away_without_a_sync(qtbot, opened, world):
    win, _store, controller = opened
    proxy, _server = world
    state = win.sync_status.state_label
    assert state.text() == "● Terhubung"
    passes = []
    controller.finished.connect(passes.append)
    proxy.set(refuse=True)
    proxy.drop_all()
    qtbot.waitUntil(lambda: state.text() == "● Luring (offline)", timeout=10_000)
    assert passes == []  # the probe found out, not a failed pass
    proxy.set()
    qtbot.waitUntil(lambda: state.text() == "● Terhubung", timeout=10_000)


def test_work_offline_holds_every_automatic_pass_until_turned_off(qtbot, opened):
    win, store, controller = opened
    win.action_work_offline.trigger()  # File > Kerja luring
    assert win.sync_status.state_label.text() == "● Kerja luring"
    op_id = _send(qtbot, win)
    assert not controller.running
    assert store.outbox.get(op_id).state is OutboxState.QUEUED
    qtbot.waitUntil(lambda: win.sync_status.waiting_label.text() == "Menunggu dikirim: 1")
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        win.action_work_offline.trigger()  # back online: what waits leaves
    assert store.outbox.get(op_id).state is OutboxState.ACCEPTED
    qtbot.waitUntil(lambda: win.sync_status.waiting_label.text() == "Menunggu dikirim: 0")


def test_send_now_from_the_outbox_while_working_offline(qtbot, opened):
    win, store, controller = opened
    win.action_work_offline.trigger()
    op_id = _send(qtbot, win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    with qtbot.waitSignal(win.ledger_view.loaded):
        qtbot.keyClick(win.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    ledger = win.ledger_view
    # One source: the panel and the status bar count the same waiting item.
    assert ledger.summary.text().startswith("1 dalam antrean")
    assert win.sync_status.waiting_label.text() == "Menunggu dikirim: 1"
    assert ledger.select_op(op_id)
    button = ledger.buttons["retry"]
    assert button.text() == "Kirim sekarang" and button.isEnabled()
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert store.outbox.get(op_id).state is OutboxState.ACCEPTED
    qtbot.waitUntil(lambda: ledger.summary.text().startswith("0 dalam antrean"))
    qtbot.waitUntil(lambda: win.sync_status.waiting_label.text() == "Menunggu dikirim: 0")
    assert win.sync_status.state_label.text() == "● Kerja luring"  # still the officer's choice


def test_after_delivery_the_editor_says_sent_not_queued(qtbot, opened):
    win, store, controller = opened
    messages = []
    win.statusBar().messageChanged.connect(messages.append)
    op_id = _send(qtbot, win)  # online: it leaves at once
    qtbot.waitUntil(lambda: store.outbox.get(op_id).state is OutboxState.ACCEPTED,
                    timeout=30_000)
    receipt = store.outbox.get(op_id).receipt_number
    label = win.editor.state_label
    qtbot.waitUntil(lambda: label.text().startswith("Terkirim"), timeout=10_000)
    assert f"No. {receipt}" in label.text() and label.text().count("WIB") == 1
    assert any("diterima server" in m and receipt in m for m in messages)
    assert not win.editor.is_read_only()  # ready for the next follow-up
