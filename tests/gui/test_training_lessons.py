"""Guided training, driven through the widgets as a trainee would: each lesson is completed
against the embedded training server (opened through the door, with its own database file),
and a wrong action (an incomplete follow-up, a follow-up on the wrong complaint, the wrong
agency) leaves the lesson open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, QUrl

from lapor_desktop.server import lesson_queries as q
from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.ui.action_dialogs import AcknowledgeDialog, BukanWewenangDialog
from lapor_desktop.ui.export_dialog import ExportDialog
from tests.gui.training_kit import (
    check_lesson,
    open_editor,
    send,
    start_lesson,
    sync,
    training_window,
    write_follow_up,
)


def _other_waiting(flow, *avoid):
    """A Terdisposisi complaint of the trainee's agency that no lesson is about."""
    world = flow.book.world
    return next(t for cid, t in q.waiting_by_due(world.db, world.agency_id)
                if cid not in avoid and t not in avoid)


def _fill_dialog(qtbot, cls, fill):
    """When a ``cls`` dialog shows, let ``fill`` type into it and press its OK button."""
    def attempt():
        dialog = next((w for w in qtbot_widgets() if isinstance(w, cls) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        fill(dialog)
        dialog.ok_button.click()

    QTimer.singleShot(0, attempt)


def qtbot_widgets():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_deadline_lesson_wants_the_nearest_deadline_opened(qtbot, training_root):
    with training_window(qtbot, training_root) as (win, flow, _session):
        sync(qtbot, win)
        start_lesson(qtbot, flow, "deadline")
        win.filters.select_view("due_this_week")
        qtbot.waitUntil(lambda: win.model.rowCount() > 1, timeout=15_000)
        # A complaint further down the list is not the one.
        rect = win.table.visualRect(win.model.index(1, 1))
        qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert not check_lesson(qtbot, flow, "deadline")
        # The queue sorts by the next deadline: the top row is the nearest.
        rect = win.table.visualRect(win.model.index(0, 1))
        qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert check_lesson(qtbot, flow, "deadline")
        assert flow.panel.lessons.item(0).text().startswith("✓")
        assert flow.panel.progress.value() == 1


def test_follow_up_lesson_is_not_done_by_incomplete_or_misdirected_work(
        qtbot, training_root, tmp_path):
    with training_window(qtbot, training_root) as (win, flow, _session):
        sync(qtbot, win)
        data = start_lesson(qtbot, flow, "follow_up")
        target = data["tracking"]
        assert target in flow.panel.goal.text()
        # 1. Incomplete: no contact line and no photo, sent anyway.
        editor = open_editor(qtbot, win, target)
        write_follow_up(qtbot, editor, tmp_path, contact=False, photo=False)
        assert not editor.checklist.report.is_complete
        send(qtbot, editor)
        sync(qtbot, win)
        assert not check_lesson(qtbot, flow, "follow_up")
        # 2. Complete, but on another complaint.
        other = _other_waiting(flow, data["target"])
        editor = open_editor(qtbot, win, other)
        write_follow_up(qtbot, editor, tmp_path)
        assert editor.checklist.report.is_complete
        send(qtbot, editor)
        sync(qtbot, win)
        assert not check_lesson(qtbot, flow, "follow_up")
        # 3. Complete, with evidence, on the lesson's complaint.
        editor = open_editor(qtbot, win, target)
        write_follow_up(qtbot, editor, tmp_path)
        assert editor.checklist.report.is_complete
        send(qtbot, editor)
        sync(qtbot, win)
        assert check_lesson(qtbot, flow, "follow_up")


def test_offline_lesson_takes_the_server_down_and_brings_it_back(qtbot, training_root, tmp_path):
    with training_window(qtbot, training_root) as (win, flow, session):
        sync(qtbot, win)
        data = start_lesson(qtbot, flow, "offline")
        assert not session.is_up
        editor = open_editor(qtbot, win, data["tracking"])
        write_follow_up(qtbot, editor, tmp_path)
        op_id = send(qtbot, editor)
        qtbot.waitUntil(lambda: data["target"] in flow.waiting, timeout=15_000)
        # Waiting, not delivered: not done, and the lesson brings the server back.
        assert not check_lesson(qtbot, flow, "offline")
        assert session.is_up
        sync(qtbot, win)
        assert win.services.bench.store.outbox.get(op_id).state is OutboxState.ACCEPTED
        assert check_lesson(qtbot, flow, "offline")


def test_conflict_lesson_is_handled_in_the_outbox(qtbot, training_root, tmp_path):
    with training_window(qtbot, training_root) as (win, flow, session):
        sync(qtbot, win)
        data = start_lesson(qtbot, flow, "conflict")
        editor = open_editor(qtbot, win, data["tracking"])
        write_follow_up(qtbot, editor, tmp_path)
        op_id = send(qtbot, editor)
        qtbot.waitUntil(lambda: data["target"] in flow.waiting, timeout=15_000)
        # Meanwhile the admin closed the complaint, and the server is back.
        assert not check_lesson(qtbot, flow, "conflict")
        assert session.is_up
        sync(qtbot, win)
        store = win.services.bench.store
        assert store.outbox.get(op_id).state is OutboxState.NEEDS_ATTENTION
        assert not check_lesson(qtbot, flow, "conflict")  # refused but not handled yet
        # Kotak Keluar: select the refused action and discard it (its text goes back to a draft).
        qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        ledger = win.ledger_view
        qtbot.waitUntil(lambda: ledger.select_op(op_id), timeout=15_000)

        def confirm():
            if ledger.confirm_box is None:
                QTimer.singleShot(20, confirm)
                return
            next(b for b in ledger.confirm_box.buttons() if b.text() == "Buang").click()

        QTimer.singleShot(0, confirm)
        ledger.discard_selected()
        qtbot.waitUntil(lambda: store.outbox.get(op_id).state is OutboxState.DISCARDED,
                        timeout=15_000)
        qtbot.waitUntil(lambda: data["target"] not in flow.waiting, timeout=15_000)
        assert check_lesson(qtbot, flow, "conflict")


def test_remit_lesson_needs_the_right_agency_and_can_be_restarted(qtbot, training_root):
    with training_window(qtbot, training_root) as (win, flow, _session):
        sync(qtbot, win)
        data = start_lesson(qtbot, flow, "remit")
        sync(qtbot, win)

        def ask(agency_id):
            def fill(dialog):
                qtbot.keyClicks(dialog.text, "Tema laporan ini kewenangan instansi lain.")
                dialog.agency.setCurrentIndex(dialog.agency.findData(agency_id))
            editor = open_editor(qtbot, win, flow.book.data("remit")["tracking"])
            _fill_dialog(qtbot, BukanWewenangDialog, fill)
            with qtbot.waitSignal(editor.queued, timeout=15_000):
                qtbot.mouseClick(editor.bw_button, Qt.MouseButton.LeftButton)
            sync(qtbot, win)

        ask("kepri-disdukcapil")  # not an agency for this report's theme
        assert not check_lesson(qtbot, flow, "remit")
        # That complaint went back with the wrong suggestion: restart the lesson, new report.
        qtbot.mouseClick(flow.panel.restart_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: flow.book.data("remit").get("target") not in (None, data["target"])
                        and not flow.panel.busy, timeout=30_000)
        sync(qtbot, win)
        ask(flow.book.data("remit")["right"][0])
        assert check_lesson(qtbot, flow, "remit")


def test_reply_lesson_acknowledges_then_follows_up_again(qtbot, training_root, tmp_path):
    with training_window(qtbot, training_root) as (win, flow, _session):
        sync(qtbot, win)
        data = start_lesson(qtbot, flow, "reply")
        sync(qtbot, win)
        editor = open_editor(qtbot, win, data["tracking"])
        assert editor.ack_button.isEnabled()
        # A follow-up without acknowledging the reply first does not count.
        write_follow_up(qtbot, editor, tmp_path)
        send(qtbot, editor)
        sync(qtbot, win)
        assert not check_lesson(qtbot, flow, "reply")
        # Restarting the lesson lets the simulator's reporter answer again.
        flow.panel.restart_button.click()
        qtbot.waitUntil(lambda: not flow.panel.busy, timeout=30_000)
        data = flow.book.data("reply")
        sync(qtbot, win)
        editor = open_editor(qtbot, win, data["tracking"])
        _fill_dialog(qtbot, AcknowledgeDialog,
                     lambda d: qtbot.keyClicks(d.text, "Terima kasih, kami periksa lagi."))
        with qtbot.waitSignal(editor.queued, timeout=15_000):
            qtbot.mouseClick(editor.ack_button, Qt.MouseButton.LeftButton)
        sync(qtbot, win)
        editor = open_editor(qtbot, win, data["tracking"])
        write_follow_up(qtbot, editor, tmp_path)
        send(qtbot, editor)
        sync(qtbot, win)
        assert check_lesson(qtbot, flow, "reply")


def test_report_lesson_and_certificate(qtbot, training_root, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    with training_window(qtbot, training_root) as (win, flow, _session):
        sync(qtbot, win)
        start_lesson(qtbot, flow, "report")
        assert not flow.panel.certificate_button.isEnabled()  # nothing done yet
        win.main_tabs.setCurrentWidget(win.dashboard_scroll)
        qtbot.mouseClick(win.dashboard.export_button, Qt.MouseButton.LeftButton)
        dialog = next(w for w in qtbot_widgets() if isinstance(w, ExportDialog) and w.isVisible())
        target = tmp_path / "laporan-bulanan.csv"
        dialog.path.setText(str(target))
        with qtbot.waitSignal(dialog.exported, timeout=30_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: flow.book.is_done("report")
                        and flow.panel.certificate_button.isEnabled(), timeout=30_000)
        # The certificate: only on request, to the file the trainee picks.
        qtbot.keyClicks(flow.panel.trainee, "Sari Dewi")
        pdf = tmp_path / "sertifikat.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
        with qtbot.waitSignal(flow.certificate_written, timeout=30_000):
            qtbot.mouseClick(flow.panel.certificate_button, Qt.MouseButton.LeftButton)
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
        assert "Sari Dewi" in text and "Laporan bulanan" in text
        assert "1 dari 7" in text
        assert str(dt.date.today().year) in text


def test_f1_opens_help_for_the_screen_and_links_the_shortcuts(qtbot, training_root):
    from lapor_desktop.ui.help_dialog import HelpDialog
    from lapor_desktop.ui.shortcuts_dialog import ShortcutsDialog

    with training_window(qtbot, training_root) as (win, _flow, _session):
        win.main_tabs.setCurrentWidget(win.dashboard_scroll)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        win.dashboard.export_button.setFocus()
        qtbot.keyClick(win.dashboard.export_button, Qt.Key.Key_F1)
        help_dialog = win.findChild(HelpDialog)
        assert help_dialog is not None and help_dialog.screen_name == "dashboard"
        assert "Ekspor" in help_dialog.browser.toPlainText()
        help_dialog.browser.anchorClicked.emit(QUrl("help:shortcuts"))
        shortcuts = win.findChild(ShortcutsDialog)
        assert shortcuts is not None
        assert ("Bantuan untuk layar ini", "F1") in shortcuts.entries()
