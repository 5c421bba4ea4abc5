"""The Kotak Keluar driven as an officer would, against the real reference server on loopback.

Set ``LAPOR_SCREENSHOTS=<folder>`` to also save ``ledger.png`` there.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lapor_desktop.core.models import ActionKind
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.store import DraftState, OutboxState
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.ledger_view import LedgerView
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.tasks import TaskManager
from tests.sync_helpers import FOLLOW_UP_TEXT, ClientProfile

REVISED = ("Menanggapi keberatan Bapak, tim UPT Jalan akan kembali ke lokasi pada 10 April 2026 "
           "untuk menambal sisa lubang. Narahubung: 0771-123456.")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@pytest.fixture
def officer(qtbot, tmp_path, world):
    proxy, _server = world
    profile = ClientProfile(tmp_path / "profil", proxy.url, timeout=(2.0, 5.0))
    tasks = TaskManager()
    controller = SyncController(tasks, profile.bench.sync, interval_minutes=60)
    view = LedgerView(tasks, profile.bench, ChangeHub(tasks))
    qtbot.addWidget(view)
    view.resize(1100, 300)
    view.show()
    yield profile, controller, view
    controller.stop()
    tasks.shutdown()
    profile.close()


def _sync(qtbot, controller):
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        controller.sync_now()
    return blocker.args[0]


def _reload(qtbot, view):
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    return view.rows()


def _state(view, index: int = 0) -> str:
    return view.table.item(index, 4).text()


def _queue_with_draft(store, cid: int, text: str = FOLLOW_UP_TEXT) -> str:
    with store.transaction() as session:
        draft_id = store.drafts.create(session, cid, ActionKind.FOLLOW_UP, {"text": text})
    return queue_action(store, cid, ActionKind.FOLLOW_UP, draft_id=draft_id)


def test_follow_up_queued_offline_is_accepted_with_the_servers_receipt(qtbot, officer, world):
    proxy, server = world
    profile, controller, view = officer
    (cid,) = server.dispose(1)
    _sync(qtbot, controller)

    proxy.set(refuse=True)
    proxy.drop_all()  # the link goes down
    op_id = queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT))
    _reload(qtbot, view)
    assert _state(view) == "Dalam antrean"
    report = _sync(qtbot, controller)
    assert report.error_kind == "network"  # offline: the action waits, nothing is lost
    (row,) = _reload(qtbot, view)
    assert row.state is OutboxState.QUEUED and _state(view) == "Dalam antrean"

    proxy.set()  # the server is back
    _sync(qtbot, controller)
    (row,) = _reload(qtbot, view)
    op = profile.store.outbox.get(op_id)
    assert op.state is OutboxState.ACCEPTED and op.receipt_number.startswith("TL-")
    local = op.accepted_at.astimezone(dt.timezone(dt.timedelta(hours=7)))
    # Indonesian clock style (10.05), from the locale formatter.
    assert _state(view) == f"Diterima server (No. {op.receipt_number}, {local:%H.%M} WIB)"
    assert server.follow_ups(cid) == 1


def test_conflict_is_revised_in_the_dialog_and_resent_once(qtbot, officer, world):
    _proxy, server = world
    profile, controller, view = officer
    (cid,) = server.dispose(1)
    _sync(qtbot, controller)
    op_id = _queue_with_draft(profile.store, cid)
    server.close(cid)  # the admin closes the complaint before the follow-up arrives
    _sync(qtbot, controller)
    (row,) = _reload(qtbot, view)
    assert row.state is OutboxState.NEEDS_ATTENTION and row.error_kind == "conflict"
    assert _state(view).startswith("Perlu perhatian: ") and "Selesai" in _state(view)
    assert server.follow_ups(cid) == 0

    # The reporter objects, which reopens the complaint (Ditanggapi Pelapor allows a follow-up).
    with server.db.write() as s:
        workflow.reporter_reply(s, s.get(m.Complaint, cid), "Jalan belum diperbaiki.", _now())
    _sync(qtbot, controller)
    _reload(qtbot, view)
    assert view.select_op(op_id)
    assert view.buttons["revise"].isEnabled()
    qtbot.mouseClick(view.buttons["revise"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.conflict_dialog is not None, timeout=10_000)
    dialog = view.conflict_dialog
    assert "Ditanggapi Pelapor" in dialog.current.toPlainText()
    assert "Jalan belum diperbaiki." in dialog.current.toPlainText()
    assert dialog.editor.toPlainText() == FOLLOW_UP_TEXT
    dialog.editor.setPlainText(REVISED)
    with qtbot.waitSignal(view.outbox_changed, timeout=10_000):
        qtbot.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(view) == "Dalam antrean", timeout=10_000)

    _sync(qtbot, controller)
    (row,) = _reload(qtbot, view)
    assert row.state is OutboxState.ACCEPTED and _state(view).startswith("Diterima server")
    assert server.follow_ups(cid) == 1
    assert server.follow_up_texts() == [REVISED]
    # A second pass sends nothing more (same key, already accepted).
    _sync(qtbot, controller)
    assert server.follow_ups(cid) == 1


def test_discard_asks_first_and_keeps_the_text_as_a_draft(qtbot, officer, world, tmp_path):
    _proxy, server = world
    profile, controller, view = officer
    (cid,) = server.dispose(1)
    _sync(qtbot, controller)
    op_id = _queue_with_draft(profile.store, cid)
    _reload(qtbot, view)
    view.select_op(op_id)
    qtbot.mouseClick(view.buttons["discard"], Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert box is not None and box.isVisible()
    cancel = [b for b in box.buttons() if b.text() == "Batal"][0]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert profile.store.outbox.get(op_id).state is OutboxState.QUEUED

    view.select_op(op_id)
    qtbot.mouseClick(view.buttons["discard"], Qt.MouseButton.LeftButton)
    confirm = [b for b in view.confirm_box.buttons() if b.text() == "Buang"][0]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert _state(view) == "Dibuang"
    (draft,) = profile.store.drafts.for_complaint(cid)
    assert draft.state is DraftState.EDITING and draft.payload["text"] == FOLLOW_UP_TEXT
    _sync(qtbot, controller)
    assert server.follow_ups(cid) == 0

    # Export through the (patched) save dialog: the file has the row, not the text.
    target = tmp_path / "kotak-keluar.csv"
    with qtbot.waitSignal(view.exported, timeout=10_000) as blocker:
        view.export_to(str(target))
    assert blocker.args == [str(target), 1]
    content = target.read_text(encoding="utf-8-sig")
    assert "Dibuang" in content and FOLLOW_UP_TEXT not in content and "Jalan rusak" not in content


def test_poison_reply_is_given_up_and_skip_lets_the_next_one_go(qtbot, officer, world):
    from lapor_desktop.sync import poison
    from tests.integration.test_sync_truth import MARK, poison_server

    _proxy, server = world
    profile, controller, view = officer
    (cid,) = server.dispose(1)
    _sync(qtbot, controller)
    poison_server(server)
    bad = queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP,
                                                       text=f"{FOLLOW_UP_TEXT} {MARK}"))
    good = queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP,
                                                        text=FOLLOW_UP_TEXT))
    report = _sync(qtbot, controller)
    # Waiting for its retry time (no back-off in this profile): the next pass comes then, not
    # an hour later.
    assert report.outcome.name == "WAITING_RETRY"
    # (Qt timers may run 5% late; -1: it fired already.) The interval is an hour.
    assert controller._timer.remainingTime() <= 2000
    for _ in range(poison.SERVER_ERROR_REPEATS - 1):
        controller._timer.stop()  # the passes below are the test's own
        _sync(qtbot, controller)
    controller._timer.stop()
    _reload(qtbot, view)
    assert profile.store.outbox.get(bad).state is OutboxState.NEEDS_ATTENTION
    assert profile.store.outbox.get(good).state is OutboxState.QUEUED  # held behind it
    assert view.select_op(bad)
    assert view.buttons["skip"].isEnabled() and view.buttons["revise"].isEnabled()
    with qtbot.waitSignal(view.outbox_changed, timeout=10_000):
        qtbot.mouseClick(view.buttons["skip"], Qt.MouseButton.LeftButton)
    _sync(qtbot, controller)
    _reload(qtbot, view)
    assert profile.store.outbox.get(good).state is OutboxState.ACCEPTED
    assert server.follow_up_texts() == [FOLLOW_UP_TEXT]
    assert view.select_op(bad) and not view.buttons["skip"].isEnabled()


def test_screenshot_with_queued_accepted_and_refused_rows(qtbot, officer, world, tmp_path):
    _proxy, server = world
    profile, controller, view = officer
    ids = server.dispose(3)
    _sync(qtbot, controller)
    accepted = _queue_with_draft(profile.store, ids[0])
    refused = _queue_with_draft(profile.store, ids[1])
    server.close(ids[1])
    _sync(qtbot, controller)
    _queue_with_draft(profile.store, ids[2])
    rows = _reload(qtbot, view)
    assert [r.state for r in rows] == [OutboxState.QUEUED, OutboxState.NEEDS_ATTENTION,
                                       OutboxState.ACCEPTED]
    assert {r.op_id for r in rows} >= {accepted, refused}
    view.select_op(refused)
    assert view.buttons["revise"].isEnabled() and view.buttons["discard"].isEnabled()
    assert view.summary.text() == "1 dalam antrean · 1 perlu perhatian · 1 diterima server"
    view.table.clearSelection()
    folder = Path(os.environ.get("LAPOR_SCREENSHOTS") or tmp_path)
    assert view.grab().save(str(folder / "ledger.png"))
