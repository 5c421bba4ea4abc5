"""The official's review queue and the officer's returned follow-up, in the window (issue 15):
both profiles against the real server, driven as a user would."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from lapor_desktop.core.models import EventKind
from lapor_desktop.protocol import SignoffState
from lapor_desktop.server.seed import PEJABAT_USERNAME
from lapor_desktop.server.signoff import set_setting
from tests.gui.conftest import officer_window, sync_from_status_bar
from tests.sync_helpers import AGENCY, FOLLOW_UP_TEXT

COMMENT = "Cantumkan nomor surat dan nama pejabat."


def _send_anyway(editor) -> None:
    box = editor.findChild(QMessageBox, "incompleteWarning")
    if box is None or not box.isVisible():
        QTimer.singleShot(20, lambda: _send_anyway(editor))
        return
    next(b for b in box.buttons() if b.text() == "Kirim &tetap").click()


def _enable(world) -> None:
    with world.db.write() as s:
        set_setting(s, AGENCY, True)


def test_officer_sends_for_signoff_and_sees_the_returned_comment_beside_the_draft(
        qtbot, tmp_path, world):
    proxy, w = world
    _enable(w)
    [cid] = w.dispose(1)
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        sync_from_status_bar(qtbot, win)
        win.open_follow_up(cid)
        editor = win.editor
        qtbot.waitUntil(lambda: editor.send_button.text() == "Kirim untuk &persetujuan",
                        timeout=10_000)
        qtbot.waitUntil(lambda: not editor.is_read_only(), timeout=10_000)
        editor.text.setPlainText(FOLLOW_UP_TEXT)
        # The short text misses elements: the warning is answered "send anyway".
        QTimer.singleShot(100, lambda: _send_anyway(editor))
        editor.send()
        qtbot.waitUntil(lambda: bool(profile.store.outbox.ledger()), timeout=10_000)
        sync_from_status_bar(qtbot, win)
        assert profile.bench.signoff.view(cid).state is SignoffState.PENDING
        qtbot.waitUntil(lambda: editor.signoff_panel.isVisible(), timeout=10_000)
        assert "Menunggu persetujuan" in editor.signoff_panel.state.text()
        assert w.follow_ups(cid) == 0
        # The official returns it (from their own profile, outside this window).
        from tests.sync_helpers import ClientProfile

        official = ClientProfile(tmp_path / "official", proxy.url, user=PEJABAT_USERNAME)
        try:
            official.bench.sync()
            [item] = official.bench.signoff.review_queue()
            official.bench.signoff.return_(cid, item.signoff_id, COMMENT)
            official.bench.sync()
        finally:
            official.close()
        sync_from_status_bar(qtbot, win)
        win.open_follow_up(cid)
        qtbot.waitUntil(lambda: COMMENT in editor.signoff_panel.comment.text(), timeout=10_000)
        # The draft reopened with the returned text, editable, beside the comment.
        qtbot.waitUntil(lambda: editor.text.toPlainText() == FOLLOW_UP_TEXT, timeout=10_000)
        qtbot.waitUntil(lambda: not editor.is_read_only(), timeout=10_000)


def test_official_opens_on_the_review_queue_and_approves(qtbot, tmp_path, world):
    proxy, w = world
    _enable(w)
    [cid] = w.dispose(1)
    from tests.sync_helpers import ClientProfile

    officer = ClientProfile(tmp_path / "officer", proxy.url)
    try:
        officer.bench.sync()
        draft = officer.bench.drafts.open_or_create(cid)
        officer.bench.drafts.autosave(draft.id, {"text": FOLLOW_UP_TEXT})
        officer.bench.signoff.submit(draft.id)
        officer.bench.sync()
    finally:
        officer.close()
    with officer_window(qtbot, tmp_path, proxy.url, user=PEJABAT_USERNAME) as (win, profile):
        sync_from_status_bar(qtbot, win)  # the first login binds the profile to the pejabat
        queue = win.review_queue
        assert queue is not None and win.main_tabs.currentWidget() is queue
        qtbot.waitUntil(lambda: queue.list.count() == 1, timeout=10_000)
        assert queue.text.toPlainText() == FOLLOW_UP_TEXT
        assert "Sisa waktu" in queue.time_left.text()
        assert "✓" in queue.checklist.text()
        # Return needs a comment: nothing is queued without one.
        qtbot.mouseClick(queue.return_button, Qt.MouseButton.LeftButton)
        assert profile.store.outbox.ledger() == []
        # Edit and approve.
        queue.text.setPlainText(FOLLOW_UP_TEXT + " Nomor surat 045/1.")
        assert queue.approve_button.text() == "Sunting dan &setujui"
        qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.follow_ups(cid) == 1, timeout=30_000)
        sync_from_status_bar(qtbot, win)
        qtbot.waitUntil(lambda: queue.list.count() == 0, timeout=10_000)
        local = profile.store.complaints.get(cid)
        [event] = [e for e in local.events if e.kind is EventKind.FOLLOW_UP]
        assert event.text.endswith("Nomor surat 045/1.")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_report_shows_the_signoff_stage(qapp, tmp_path):
    import dataclasses
    import datetime as dt
    import subprocess

    from lapor_desktop.core.calendar import WorkingCalendar
    from lapor_desktop.core.models import TimeZone
    from lapor_desktop.reports.indicators import build_report
    from lapor_desktop.reports.monthly import Signatory
    from lapor_desktop.reports.period import Period
    from lapor_desktop.reports.signoff_stage import SignoffStage
    from lapor_desktop.ui.pdf_report import write_pdf

    now = dt.datetime(2026, 12, 8, 3, tzinfo=dt.UTC)
    report = build_report([], Period.month(2026, 12), now, TimeZone.WIB, WorkingCalendar())
    report = dataclasses.replace(report, signoff=SignoffStage(
        submitted=7, reviewed=5, waiting=2, median_days_waited=1.5, overdue_reviewed=2,
        overdue_waiting=1))
    out = write_pdf(report, tmp_path / "laporan.pdf", signatory=Signatory())
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Tahap persetujuan Pejabat Penghubung" in text
    assert "Median hari kerja menunggu persetujuan" in text and "1,5" in text
    line = next(x for x in text.splitlines() if "Terlambat disetujui" in x)
    assert line.split()[-1] == "3"
