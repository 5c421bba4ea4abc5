"""Issue 21, checklist truth: what the checklist says is what the server and the reader will see.

Each test reproduces a defect found by using the app from outside, driving the editor inside the
main window against the real reference server on loopback.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from lapor_desktop.core.checks import Element
from lapor_desktop.protocol import FOLLOW_UP_MIN_CHARS
from lapor_desktop.server.seed import png_bytes
from lapor_desktop.store.outbox import OutboxState
from tests.gui.conftest import officer_window, sync_from_status_bar


@pytest.fixture
def editor_of(qtbot, tmp_path, world):
    """(window, store, complaint id, editor) with one complaint open for writing."""
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        (cid,) = server.dispose(1)
        sync_from_status_bar(qtbot, win)
        win.table.selectRow(0)
        editor = win.editor
        win.tabs.setCurrentWidget(editor)
        qtbot.waitUntil(lambda: editor.complaint() is not None and not editor.is_read_only())
        yield win, profile.store, cid, editor


class _BoxWatcher:
    """Answers any "incomplete" warning the editor opens (so a modal box never hangs a test)."""

    def __init__(self, editor, answer: str) -> None:
        self.editor, self.answer, self.seen = editor, answer, []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(10)

    def _poll(self) -> None:
        box = self.editor.findChild(QMessageBox, "incompleteWarning")
        if box is not None and box.isVisible():
            self.seen.append(box.informativeText())
            next(b for b in box.buttons() if b.text() == self.answer).click()

    def stop(self) -> None:
        self.timer.stop()


def _rows(editor):
    labels = [w for w in editor.checklist.findChildren(QLabel)
              if w is not editor.checklist.summary and not w.isHidden()]
    return [w.text() for w in labels]


def test_words_claiming_a_photo_are_not_evidence_but_a_file_is(qtbot, editor_of, tmp_path):
    _win, _store, _cid, editor = editor_of
    qtbot.keyClicks(editor.text, "Jalan sudah diperbaiki. Foto lokasi terlampir.")
    assert Element.EVIDENCE in editor.checklist.report.missing
    assert editor.checklist.rows[Element.EVIDENCE].text().startswith("✗")
    photo = tmp_path / "lokasi.png"
    photo.write_bytes(png_bytes(40, 30, (10, 120, 60)))
    with qtbot.waitSignal(editor.attachments.changed):
        editor.attachments.add_files([str(photo)])
    assert editor.checklist.rows[Element.EVIDENCE].text().startswith("✓")


def test_a_named_document_counts_as_evidence(qtbot, editor_of):
    _win, _store, _cid, editor = editor_of
    qtbot.keyClicks(editor.text, "Perbaikan dicatat dalam Berita Acara Nomor 12/BA/III/2026.")
    assert editor.checklist.rows[Element.EVIDENCE].text().startswith("✓")


def test_the_count_in_the_header_matches_the_rows_below(qtbot, editor_of):
    _win, _store, _cid, editor = editor_of
    for typed in ("", "Tim Dinas sudah ke lokasi pada 17 Maret 2026, hubungi 0812-3456-7890."):
        editor.text.selectAll()
        qtbot.keyClicks(editor.text, typed) if typed else qtbot.keyClick(
            editor.text, Qt.Key.Key_Delete)
        rows = _rows(editor)
        ticked = sum(text.startswith("✓") for text in rows)
        assert editor.checklist.summary.text() == f"Kelengkapan: {ticked} dari {len(rows)}"


def test_unfilled_template_markers_block_sending(qtbot, editor_of):
    _win, store, _cid, editor = editor_of
    qtbot.keyClicks(editor.text, "Laporan sudah ditangani oleh Dinas. Petugas: (nama petugas). "
                                 "Disetujui oleh (nama penyetuju).")
    (marker_row,) = [row for row in _rows(editor) if "(nama petugas)" in row]
    assert marker_row.startswith("✗") and "(nama penyetuju)" in marker_row
    watcher = _BoxWatcher(editor, "&Kembali")
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    watcher.stop()
    assert watcher.seen == []  # no "send anyway" for a text with markers in it
    assert editor.notice.isVisible() and "(nama petugas)" in editor.notice.text()
    assert sum(store.outbox.counts().values()) == 0
    assert not editor.is_read_only()


def test_an_empty_send_is_refused_without_offering_send_anyway(qtbot, editor_of):
    _win, _store, _cid, editor = editor_of
    watcher = _BoxWatcher(editor, "&Kembali")
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    watcher.stop()
    assert watcher.seen == []
    assert editor.notice.isVisible()
    assert f"minimal {FOLLOW_UP_MIN_CHARS} karakter" in editor.notice.text()
    assert not editor.is_read_only()


def test_the_length_rule_is_the_servers_and_its_notice_goes_when_met(qtbot, editor_of, world):
    _proxy, server = world
    _win, store, cid, editor = editor_of
    qtbot.keyClicks(editor.text, "Sudah ditangani.")
    watcher = _BoxWatcher(editor, "&Kembali")
    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    watcher.stop()
    assert watcher.seen == [] and editor.notice.isVisible()
    (length_row,) = [row for row in editor.checklist.rule_rows.values()
                     if f"minimal {FOLLOW_UP_MIN_CHARS} karakter" in row.text()]
    assert length_row.text().startswith("✗")
    # Exactly the protocol's minimum: the checklist accepts it and so does the server.
    qtbot.keyClicks(editor.text, "x" * (FOLLOW_UP_MIN_CHARS - len("Sudah ditangani.")))
    assert len(editor.text.toPlainText()) == FOLLOW_UP_MIN_CHARS
    assert length_row.text().startswith("✓")
    assert not editor.notice.isVisible()
    watcher = _BoxWatcher(editor, "Kirim &tetap")
    with qtbot.waitSignal(editor.queued, timeout=10_000) as blocker:
        qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    watcher.stop()
    assert watcher.seen  # elements missing: warned, and sent anyway on request
    sync_from_status_bar(qtbot, _win)
    assert store.outbox.get(blocker.args[0]).state is OutboxState.ACCEPTED
    assert server.follow_ups(cid) == 1
