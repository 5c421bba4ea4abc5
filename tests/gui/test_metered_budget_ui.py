"""Metered mode's daily budget where the officer sets metered mode (Berkas > Mode hemat data),
and how a held attachment reads in the status bar and the outbox (issue 16)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from lapor_desktop.core.models import ActionKind, TimeZone
from lapor_desktop.store import OutboxState
from lapor_desktop.ui.ledger_view import state_text
from lapor_desktop.workbench.ledger import LedgerRow
from lapor_desktop.workbench.thin_link import LinkSummary
from tests.gui.conftest import officer_window


def test_daily_budget_is_set_beside_metered_mode(qtbot, tmp_path, world):
    proxy, _server_world = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        offline = win.offline
        assert offline.action_budget in offline.metered_menu.actions()
        assert offline.action_budget.text() == "&Batas lampiran per hari: 10 MB…"  # default

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QInputDialog)
            dialog.setIntValue(0)
            dialog.accept()

        QTimer.singleShot(0, answer)
        offline.action_budget.trigger()
        qtbot.waitUntil(lambda: profile.bench.settings.metered_budget_mb == 0, timeout=10_000)
        assert offline.action_budget.text() == "&Batas lampiran per hari: hanya bila diminta…"

        offline.link_label.show_summary(LinkSummary(
            28_000.0, True, 2, 1_500_000, held_actions=1, held_bytes=1_500_000))
        assert "1 lampiran menunggu jaringan cepat" in offline.link_label.text()
        assert "hemat data" in offline.link_label.text()


def test_outbox_row_of_a_held_attachment_says_it_waits_for_a_faster_link(qtbot):
    row = LedgerRow(op_id="x", complaint_id=1, tracking_id="1234567", title="Jalan rusak",
                    kind=ActionKind.FOLLOW_UP, state=OutboxState.QUEUED,
                    created_at=dt.datetime(2026, 11, 30, tzinfo=dt.UTC), attempts=0,
                    next_attempt_at=None, reason=None, error_kind=None, receipt_number=None,
                    accepted_at=None, has_complaint=True, held=True)
    assert state_text(row, TimeZone.WIB).startswith("Menunggu jaringan cepat")
    assert row.can_retry  # "Kirim sekarang" sends it anyway
