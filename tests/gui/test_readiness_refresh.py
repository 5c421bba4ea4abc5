"""The open "Siap luring" view follows the change hub (issue 16): a reply queued, a file fetched
on demand, or a sync pass shows in it without "Periksa lagi", against the real reference server.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from lapor_desktop.ui.attachment_flow import AttachmentFlow
from lapor_desktop.ui.attachment_opener import AttachmentOpener
from tests.gui.conftest import officer_window, sync_from_status_bar
from tests.support.offline_world import add_blob, blob, dispose_with

REPLY = ("Terima kasih, laporan sudah kami terima dan petugas akan memeriksa lokasi besok pagi "
         "bersama kelurahan.")


def _row(view, key: str):
    for i in range(view.rows.topLevelItemCount()):
        item = view.rows.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == key:
            return item
    return None


def _text(view, key: str) -> str:
    item = _row(view, key)
    return item.text(1) if item is not None else ""


def test_readiness_view_follows_the_change_hub(qtbot, tmp_path, world):
    proxy, server_world = world
    sha = add_blob(server_world, blob(120_000, 7))
    complaint_id = dispose_with(server_world, [sha])
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        sync_from_status_bar(qtbot, win)
        bench = profile.bench
        win.offline.action_readiness.trigger()
        view = win.offline.view
        qtbot.waitUntil(lambda: _text(view, "attachments").startswith("0 dari 1 lampiran"),
                        timeout=10_000)
        assert _text(view, "outbox").startswith("Kosong")

        # A file opened from the detail pane is fetched on demand: the count follows.
        opener = AttachmentOpener(bench.profile, bench.cache_dir, bench.store.cache_cipher,
                                  parent_widget=win, parent=win)
        flow = AttachmentFlow(win.services.tasks, bench.store, bench.cache_dir,
                              bench.session.client, opener, win.services.errors.handle,
                              parent=win)
        flow.fetched.connect(win.services.hub.announce)  # as app.py wires it
        complaint = bench.store.complaints.get(complaint_id)
        with qtbot.waitSignal(flow.preview_shown, timeout=20_000) as shown:
            flow.activate(complaint, sha)
        shown.args[0].close()
        qtbot.waitUntil(lambda: _text(view, "attachments") == "Semua 1 lampiran tersimpan di "
                        "PC ini.", timeout=10_000)

        # A reply queued while working offline: the outbox line says it waits.
        win.action_work_offline.setChecked(True)
        win.services.hub.run(lambda: bench.reply(complaint.tracking_id, REPLY))
        qtbot.waitUntil(lambda: _text(view, "outbox") == "1 tindakan belum sampai di server.",
                        timeout=10_000)
        assert _row(view, "outbox").text(0).startswith("✘")

        # Back online, the pass that sends it empties the outbox line again.
        win.action_work_offline.setChecked(False)
        sync_from_status_bar(qtbot, win)
        qtbot.waitUntil(lambda: _text(view, "outbox").startswith("Kosong"), timeout=10_000)
        assert view.verdict.text().startswith("Siap luring")
