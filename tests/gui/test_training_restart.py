"""Training keeps its work: closing the training window and opening training again through the
door brings back the draft, the outbox and the lesson progress (and says so on quitting)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lapor_desktop.store.outbox import OutboxState
from tests.gui.training_kit import (
    check_lesson,
    open_editor,
    send,
    start_lesson,
    sync,
    training_window,
    write_follow_up,
)


def _acknowledge_quit_note(seen):
    box = next((w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()), None)
    if box is None:
        QTimer.singleShot(20, lambda: _acknowledge_quit_note(seen))
        return
    seen.append(box.text())
    box.button(QMessageBox.StandardButton.Ok).click()


def test_restart_keeps_draft_outbox_and_lesson_progress(qtbot, training_root, tmp_path):
    draft_text = "Tim kami menjadwalkan pemeriksaan lokasi minggu depan."
    with training_window(qtbot, training_root, tell_on_quit=True) as (win, flow, session):
        sync(qtbot, win)
        start_lesson(qtbot, flow, "deadline")
        win.filters.select_view("due_this_week")
        qtbot.waitUntil(lambda: win.model.rowCount() > 0, timeout=15_000)
        rect = win.table.visualRect(win.model.index(0, 1))
        qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert check_lesson(qtbot, flow, "deadline")
        # The offline lesson: the server goes down, a follow-up waits in the outbox.
        data = start_lesson(qtbot, flow, "offline")
        editor = open_editor(qtbot, win, data["tracking"])
        write_follow_up(qtbot, editor, tmp_path)
        op_id = send(qtbot, editor)
        # A draft on another complaint, typed and not sent.
        other = next(t for t in _waiting(flow) if t != data["tracking"])
        editor = open_editor(qtbot, win, other)
        qtbot.keyClicks(editor.text, draft_text)
        store = win.services.bench.store
        draft_cid = editor.complaint().id
        qtbot.waitUntil(lambda: _draft(store, draft_cid) == draft_text, timeout=15_000)
        seen: list[str] = []
        QTimer.singleShot(0, lambda: _acknowledge_quit_note(seen))
        win.close()
        assert "tetap tersimpan" in seen[0] and "Mulai ulang latihan" in seen[0]
    assert (training_root / "profil").is_dir()  # the folder stays

    with training_window(qtbot, training_root) as (win, flow, session):
        store = win.services.bench.store
        assert _draft(store, draft_cid) == draft_text
        assert store.outbox.get(op_id).state is OutboxState.QUEUED
        assert flow.book.is_done("deadline") and flow.book.current.key == "offline"
        assert flow.panel.lessons.item(0).text().startswith("✓")
        assert flow.panel.progress.value() == 1
        assert data["tracking"] in flow.panel.goal.text()
        assert not session.is_up  # the lesson still has the server down
        qtbot.waitUntil(lambda: data["target"] in flow.waiting, timeout=15_000)
        assert not check_lesson(qtbot, flow, "offline")  # brings the server back
        assert session.is_up
        sync(qtbot, win)
        assert store.outbox.get(op_id).state is OutboxState.ACCEPTED
        assert check_lesson(qtbot, flow, "offline")


def _waiting(flow):
    from lapor_desktop.server import lesson_queries as q

    world = flow.book.world
    return [tracking for _cid, tracking in q.waiting_by_due(world.db, world.agency_id)]


def _draft(store, complaint_id):
    drafts = store.drafts.for_complaint(complaint_id)
    return drafts[-1].payload.get("text") if drafts else None


def test_restart_training_asks_then_everything_goes(qtbot, training_root):
    from lapor_desktop.workbench.training import reset_training

    with training_window(qtbot, training_root) as (win, flow, session):
        assert flow.action_reset in win.menu_file.actions()

        def answer(button):
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, lambda: answer(button))
                return
            box.button(button).click()

        with qtbot.assertNotEmitted(flow.reset_requested):
            QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
            flow.action_reset.trigger()
        with qtbot.waitSignal(flow.reset_requested, timeout=10_000):
            QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
            flow.action_reset.trigger()
    # What app.py does on quit after the confirmation.
    assert (training_root / "server-latihan.db").exists()
    reset_training(session)
    assert not training_root.exists()
