"""Issue 21, defects without a test of their own until now:

- two time bases on one screen: "Sinkron terakhir", "Tersimpan otomatis" and the history showed
  the machine's time while the outbox, dashboard and PDF said WIB; every time on screen is now in
  the agency's zone with its label;
- the queued item's attachments looked empty: a follow-up waiting in the outbox still lists the
  file that goes out with it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from lapor_desktop.server.seed import png_bytes
from lapor_desktop.store.outbox import OutboxState
from tests.gui.conftest import officer_window, sync_from_status_bar

TEXT = ("Tim Dinas PUPR sudah menambal jalan pada 17 Maret 2026. Hubungi 0812-3456-7890. "
        "Kepala Dinas PUPR.")
# "19.51 WIB" or "3 Agustus 2026 19.51 WIB": the Indonesian clock style and the zone's label.
LABELLED_TIME = re.compile(r"\b\d{2}\.\d{2} WIB\b")


def _send_anyway(editor):
    box = editor.findChild(QMessageBox, "incompleteWarning")
    if box is None or not box.isVisible():
        QTimer.singleShot(10, lambda: _send_anyway(editor))
        return
    next(b for b in box.buttons() if b.text() == "Kirim &tetap").click()


def test_every_time_on_screen_is_in_the_agencys_zone_with_its_label(qtbot, tmp_path, world):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        server.dispose(1)
        sync_from_status_bar(qtbot, win)
        assert LABELLED_TIME.search(win.sync_status.last_label.text()), \
            win.sync_status.last_label.text()  # "Sinkron terakhir: 19.51 WIB"
        win.table.selectRow(0)
        qtbot.waitUntil(lambda: bool(win.detail.findChildren(QLabel, "timelineHeader")))
        headers = [h.text() for h in win.detail.findChildren(QLabel, "timelineHeader")]
        assert headers and all(LABELLED_TIME.search(h) for h in headers), headers
        editor = win.editor
        win.tabs.setCurrentWidget(editor)
        qtbot.waitUntil(lambda: editor.complaint() is not None and not editor.is_read_only())
        qtbot.keyClicks(editor.text, "Sedang kami periksa.")
        qtbot.waitUntil(lambda: editor.save_label.text().startswith("Tersimpan otomatis"),
                        timeout=10_000)
        assert LABELLED_TIME.search(editor.save_label.text()), editor.save_label.text()


def test_a_queued_follow_up_still_lists_its_attachment(qtbot, tmp_path, world):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        server.dispose(1)
        sync_from_status_bar(qtbot, win)
        win.table.selectRow(0)
        editor = win.editor
        win.tabs.setCurrentWidget(editor)
        qtbot.waitUntil(lambda: editor.complaint() is not None and not editor.is_read_only())
        qtbot.keyClicks(editor.text, TEXT)
        photo = tmp_path / "bukti.png"
        photo.write_bytes(png_bytes(64, 48, (200, 60, 50)))
        with qtbot.waitSignal(editor.attachments.changed):
            editor.attachments.add_files([str(photo)])
        proxy.set(refuse=True)
        proxy.drop_all()  # offline: the follow-up waits in the outbox
        QTimer.singleShot(0, lambda: _send_anyway(editor))
        with qtbot.waitSignal(editor.queued, timeout=10_000) as blocker:
            qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
        op = profile.store.outbox.get(blocker.args[0])
        assert op.state is OutboxState.QUEUED and len(op.payload["attachments"]) == 1
        qtbot.waitUntil(lambda: editor.state_label.text() == "Dalam antrean kirim")
        assert editor.is_read_only()
        shown = [editor.attachments.list.item(i).text()
                 for i in range(editor.attachments.list.count())]
        assert len(shown) == 1 and "bukti" in shown[0], shown
