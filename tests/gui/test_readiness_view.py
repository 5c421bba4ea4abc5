"""The "Siap luring" view driven as an officer would (Berkas > Siap luring…, Ctrl+Shift+L),
against the real reference server: it says what is missing, "Siapkan untuk luring" fetches it
with progress on the network worker, and the view then says the PC is ready.

Set ``LAPOR_SCREENSHOTS=<folder>`` to also save ``readiness_view.png`` there.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from lapor_desktop.sync.link_meter import MeteredMode
from tests.gui.conftest import officer_window, sync_from_status_bar
from tests.support.offline_world import add_blob, blob, dispose_with, follow_up_with


def _rows(view):
    return {view.rows.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole):
            view.rows.topLevelItem(i) for i in range(view.rows.topLevelItemCount())}


def test_readiness_view_prepares_the_pc_for_offline_work(qtbot, tmp_path, world):
    proxy, server_world = world
    shas = [add_blob(server_world, blob(150_000 + n, 40 + n)) for n in range(3)]
    dispose_with(server_world, shas[:2])
    follow_up_with(server_world, server_world.dispose(1)[0], shas[2])
    server_world.dispose(3)
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        sync_from_status_bar(qtbot, win)
        action = win.offline.action_readiness
        assert action.shortcut() == QKeySequence("Ctrl+Shift+L")
        action.trigger()
        view = win.offline.view
        qtbot.waitUntil(lambda: view.rows.topLevelItemCount() == 5, timeout=10_000)
        assert view.verdict.text() == "Belum siap luring."
        rows = _rows(view)
        assert rows["attachments"].text(1).startswith("0 dari 3 lampiran tersimpan; 3 belum")
        assert rows["attachments"].childCount() == 3  # each missing file named
        assert "5 laporan terbuka" in rows["complaints"].text(1)

        view.budget.setValue(50)  # MB: room for all three, and remembered
        qtbot.mouseClick(view.prepare_button, Qt.MouseButton.LeftButton)
        assert view.progress.isVisible() and not view.prepare_button.isEnabled()
        qtbot.waitUntil(lambda: view.prepare_button.isEnabled()
                        and view.verdict.text().startswith("Siap luring"), timeout=60_000)
        rows = _rows(view)
        assert rows["attachments"].text(1) == "Semua 3 lampiran tersimpan di PC ini."
        assert profile.bench.settings.offline_budget_mb == 50
        assert rows["outbox"].text(0).startswith("✔")
        assert rows["deadline"].text(1).startswith("#")
        # The link was measured on those downloads: the status bar says how fast it is.
        qtbot.waitUntil(lambda: "kbit/s" in win.offline.link_label.text()
                        or "Mbit/s" in win.offline.link_label.text(), timeout=10_000)
        if folder := os.environ.get("LAPOR_SCREENSHOTS"):
            view.resize(900, 520)
            view.rows.expandAll()
            assert view.grab().save(str(Path(folder) / "readiness_view.png"))


def test_metered_mode_is_the_officers_choice(qtbot, tmp_path, world):
    proxy, _server_world = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        menu = win.offline.metered_menu
        assert win.offline.metered_actions[MeteredMode.AUTO].isChecked()
        win.offline.metered_actions[MeteredMode.ON].trigger()
        qtbot.waitUntil(lambda: profile.bench.settings.metered_mode == "on", timeout=10_000)
        qtbot.waitUntil(lambda: "hemat data" in win.offline.link_label.text(), timeout=10_000)
        assert menu.title() == "Mode &hemat data"
