"""Issue 21, accessibility: the OS switching to dark mode while the window is open recolours it in
place. The editor's state badge, the detail's chips, the status bar's connection state and the
outbox rows take the dark colours without the window (or any of them) being built again."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from lapor_desktop.core.models import ActionKind
from lapor_desktop.store import OutboxState
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.ui import theme
from tests.gui.conftest import officer_window, sync_from_status_bar
from tests.gui.test_dark_palette import DARK_PALETTE
from tests.sync_helpers import FOLLOW_UP_TEXT


def _text(label) -> str:
    label.ensurePolished()
    return label.palette().color(label.foregroundRole()).name()


def _fill(label) -> str:
    label.ensurePolished()
    return label.palette().color(label.backgroundRole()).name()


def test_switching_the_palette_to_dark_recolours_the_open_window(qtbot, qapp, tmp_path, world):
    proxy, server = world
    light = QPalette(qapp.palette())
    assert not theme.is_dark()
    try:
        with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
            (cid,) = server.dispose(1)
            sync_from_status_bar(qtbot, win)
            win.table.selectRow(0)
            editor = win.editor
            qtbot.waitUntil(lambda: editor.complaint() is not None and bool(editor.state_label.text()))
            badge, chip, state = editor.state_label, win.detail.status_chip, win.sync_status.state_label
            # One follow-up waits in the outbox (the link is down), shown in the Kotak Keluar.
            proxy.set(refuse=True)
            proxy.drop_all()
            queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT))
            ledger = win.ledger_view
            with qtbot.waitSignal(ledger.loaded, timeout=10_000):
                win.show_ledger()
            assert [r.state for r in ledger.rows()] == [OutboxState.QUEUED]
            row_fill = ledger.table.item(0, 0).background().color().name()
            assert _text(badge) == theme.colour("amber_text") == "#6b4a00"
            assert _fill(chip) == theme.colour("blue_fill") == "#e3effd"
            assert _text(state) == "#276b2b"  # "● Terhubung" in the light green
            assert row_fill == "#fff4d6"

            dark = QPalette(light)
            for role, value in DARK_PALETTE.items():
                dark.setColor(role, QColor(value))
            qapp.setPalette(dark)  # what Qt does when the OS switches to dark mode

            qtbot.waitUntil(lambda: _text(badge) == "#ffe082", timeout=5_000)
            assert _fill(badge) == "#3d2f00"
            assert _fill(chip) == "#0d2a4d" and _text(chip) == "#90caf9"
            assert _text(state) == "#a5d6a7"
            assert ledger.table.item(0, 0).background().color().name() == "#3d2f00"
            assert ledger.table.item(0, 0).foreground().color().name() == "#ffe082"
            # The very same widgets: nothing was built again.
            assert editor.state_label is badge and win.detail.status_chip is chip

            qapp.setPalette(light)  # and back, as the OS switches back to light
            qtbot.waitUntil(lambda: _text(badge) == "#6b4a00", timeout=5_000)
            assert ledger.table.item(0, 0).background().color().name() == "#fff4d6"
    finally:
        qapp.setPalette(light)
