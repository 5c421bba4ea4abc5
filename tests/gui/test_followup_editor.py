"""The follow-up editor driven as an officer would, inside the main window, against the real
reference server on loopback (through the fault proxy, so the server can go "away")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from lapor_desktop.core.checks import Element
from lapor_desktop.server.seed import png_bytes
from lapor_desktop.store import DraftState
from lapor_desktop.store.outbox import OutboxState
from tests.gui.conftest import officer_window, sync_from_status_bar


@pytest.fixture
def setup(qtbot, tmp_path, world):
    proxy, _world = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        yield win, profile.store


_sync = sync_from_status_bar


def _open_editor(qtbot, win, world):
    _proxy, server = world
    (cid,) = server.dispose(1)
    _sync(qtbot, win)
    win.table.selectRow(0)
    editor = win.editor
    win.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.complaint() is not None and not editor.is_read_only())
    return cid, editor


def _draft_text(store, cid):
    drafts = store.drafts.for_complaint(cid)
    return drafts[-1].payload.get("text") if drafts else None


def test_typing_is_autosaved(qtbot, setup, world):
    win, store = setup
    cid, editor = _open_editor(qtbot, win, world)
    assert store.drafts.for_complaint(cid) == []  # just looking creates no draft
    typed = "Tim Dinas sudah memeriksa lokasi."
    qtbot.keyClicks(editor.text, typed)
    qtbot.waitUntil(lambda: _draft_text(store, cid) == typed, timeout=10_000)
    qtbot.waitUntil(lambda: editor.save_label.text().startswith("Tersimpan otomatis "))
    # More typing lands as a newer version of the same draft.
    qtbot.keyClicks(editor.text, " Selesai besok.")
    qtbot.waitUntil(lambda: _draft_text(store, cid) == typed + " Selesai besok.", timeout=10_000)
    (draft,) = store.drafts.for_complaint(cid)
    assert len(store.drafts.versions(draft.id)) >= 2


def test_template_fills_the_checklist(qtbot, setup, world):
    win, _store = setup
    _cid, editor = _open_editor(qtbot, win, world)
    before = len(editor.checklist.report.missing)
    assert before == len(Element)
    editor.template_box.setCurrentIndex(editor.template_box.findText(
        "Tindak lanjut selesai dengan bukti"))
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    report = editor.checklist.report
    assert len(report.missing) < before
    assert Element.TRACKING_ID in report.present
    assert editor.checklist.rows[Element.TRACKING_ID].text().startswith("✓")
    assert "{" not in editor.text.toPlainText()


def test_bad_attachment_is_refused_with_a_message(qtbot, setup, world, tmp_path):
    win, _store = setup
    _cid, editor = _open_editor(qtbot, win, world)
    note = tmp_path / "catatan.txt"
    note.write_text("bukan gambar")
    with qtbot.waitSignal(editor.attachments.refused) as blocker:
        editor.attachments.add_files([str(note)])
    assert "bukan gambar PNG/JPEG" in blocker.args[0]
    assert editor.attachments.count() == 0


def _click_send_anyway(editor, seen):
    box = editor.findChild(QMessageBox, "incompleteWarning")
    if box is None or not box.isVisible():
        QTimer.singleShot(10, lambda: _click_send_anyway(editor, seen))
        return
    seen.append(box.informativeText())
    next(b for b in box.buttons() if b.text() == "Kirim &tetap").click()


def test_send_offline_queues_then_sync_delivers(qtbot, setup, world, tmp_path):
    win, store = setup
    proxy, server = world
    cid, editor = _open_editor(qtbot, win, world)
    editor.template_box.setCurrentIndex(editor.template_box.findText(
        "Tindak lanjut selesai dengan bukti"))
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    # The profile knows no names yet: the officer replaces the template's markers.
    filled = (editor.text.toPlainText().replace("(nama petugas)", "Rina Marlina")
              .replace("(nama penyetuju)", "Kepala Dinas").replace("(nama OPD)", "Diskominfo"))
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, filled)
    photo = tmp_path / "bukti.png"
    photo.write_bytes(png_bytes(1700, 12, (200, 60, 50)))  # wider than 1600 px: downscaled
    with qtbot.waitSignal(editor.attachments.changed):
        editor.attachments.add_files([str(photo)])
    assert "diperkecil" in editor.attachments.list.item(0).text()

    proxy.set(refuse=True)
    proxy.drop_all()  # the server is gone
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _click_send_anyway(editor, seen))
    with qtbot.waitSignal(editor.queued, timeout=10_000) as blocker:
        qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Kontak atau langkah selanjutnya" in seen[0]
    op = store.outbox.get(blocker.args[0])
    assert op.state is OutboxState.QUEUED and len(op.payload["attachments"]) == 1
    qtbot.waitUntil(lambda: editor.state_label.text() == "Dalam antrean kirim")
    assert editor.is_read_only() and editor.text.isReadOnly()
    assert store.drafts.for_complaint(cid)[-1].state is DraftState.QUEUED
    # The downscaled copy made for sending does not outlive the queueing.
    assert not [p for p in store.path.parent.rglob("*") if p.is_file() and "scaled" in p.parts]

    proxy.set()  # the server is back
    _sync(qtbot, win)
    op = store.outbox.get(op.id)
    assert op.state is OutboxState.ACCEPTED and op.receipt_number
    assert server.follow_ups(cid) == 1
    # The editor starts fresh for the next follow-up once the first one is delivered.
    qtbot.waitUntil(lambda: not editor.is_read_only(), timeout=10_000)


def test_pasted_html_becomes_plain_text(qtbot, setup, world):
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    win, _store = setup
    _cid, editor = _open_editor(qtbot, win, world)
    mime = QMimeData()
    mime.setHtml("<p>Jalan <b>sudah</b> diperbaiki</p><p>oleh Dinas PUPR</p>")
    QApplication.clipboard().setMimeData(mime)
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text.toPlainText() == "Jalan sudah diperbaiki\n\noleh Dinas PUPR"
    # The clipboard owns the mime data: free it while Qt is up, not at interpreter exit (where
    # the offscreen clipboard's teardown crashed the process after all tests had passed).
    QApplication.clipboard().clear()


def test_bukan_wewenang_needs_reason_and_agency(qtbot, setup, world):
    from lapor_desktop.ui.action_dialogs import BukanWewenangDialog

    win, store = setup
    cid, editor = _open_editor(qtbot, win, world)
    # Terdisposisi: re-disposition may be asked; there is no reply to acknowledge.
    assert editor.bw_button.isEnabled() and not editor.ack_button.isEnabled()
    checked = []

    def fill():
        dialog = editor.findChild(BukanWewenangDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, fill)
            return
        qtbot.keyClicks(dialog.text, "Jalan provinsi, kewenangan Dinas PUPR.")
        checked.append(dialog.ok_button.isEnabled())  # no agency chosen yet
        dialog.agency.setCurrentIndex(1)
        checked.append(dialog.ok_button.isEnabled())
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(editor.queued, timeout=10_000) as blocker:
        qtbot.mouseClick(editor.bw_button, Qt.MouseButton.LeftButton)
    assert checked == [False, True]
    op = store.outbox.get(blocker.args[0])
    assert op.complaint_id == cid and op.payload["suggested_agency"]
    assert op.payload["suggested_agency"] != "kepri-diskominfo"  # not back to ourselves


def test_recover_dialog_lists_unsent_drafts(qtbot):
    from lapor_desktop.ui.recover_dialog import RecoverDraftsDialog
    from lapor_desktop.workbench.drafts import RecoverableDraft

    saved = dt.datetime(2026, 3, 17, 3, 42, tzinfo=dt.UTC)
    dialog = RecoverDraftsDialog([
        RecoverableDraft(1, 7, "T0000007", "Jalan rusak", "\nTim sudah ke lokasi.\nbaris 2", saved),
        RecoverableDraft(2, 9, "T0000009", "Lampu padam", "Lampu diganti besok.", saved)])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Pulihkan draf?"
    first = dialog.list.item(0).text()
    assert "#T0000007" in first and "Tim sudah ke lokasi." in first and "Tersimpan" in first
    dialog.list.setCurrentRow(1)
    assert dialog.chosen_complaint() == 9
