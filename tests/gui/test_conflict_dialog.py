"""The conflict dialog: nothing is dropped without the officer's explicit choice.

Set ``LAPOR_SCREENSHOTS=<folder>`` to also save ``conflict_dialog.png`` there.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtCore import Qt

from lapor_desktop.core.models import ActionKind, Event, EventKind, Status, TimeZone
from lapor_desktop.ui.conflict_dialog import ConflictDialog, ConflictOutcome
from lapor_desktop.workbench.ledger import RevisionContext
from tests.gui.demo import at, complaint

DRAFT = ("Terima kasih atas laporan #9901234. Penambalan jalan dijadwalkan pada 2 April 2026. "
         "Narahubung: 0771-123456.")
REASON = "Tindak lanjut tidak diizinkan untuk laporan berstatus Selesai"


def _context(status: Status, **changes) -> RevisionContext:
    base = complaint(status=status, revision=7)
    events = (*base.events, Event(6, EventKind.CLOSED, at(27, 8, 0), "Admin Nasional LAPOR!",
                                  "Laporan selesai <b>ditutup</b>"))
    return RevisionContext(op_id="op-1", kind=ActionKind.FOLLOW_UP, error_kind="conflict",
                           reason=REASON, text=DRAFT, payload={"text": DRAFT},
                           complaint=complaint(status=status, revision=7, events=events,
                                               **changes),
                           timezone=TimeZone.WIB)


def _button(box, text):
    return next(b for b in box.buttons() if b.text() == text)


def test_closed_complaint_blocks_resend_but_keeps_the_draft(qtbot):
    dialog = ConflictDialog(_context(Status.SELESAI))
    qtbot.addWidget(dialog)
    dialog.show()
    current = dialog.current.toPlainText()
    assert "Status: Selesai" in current and "Revisi: 7" in current
    assert "Laporan selesai <b>ditutup</b>" in current  # server text stays plain text
    # Newest first: the closing comes before the follow-up it overtook.
    assert current.index("Laporan selesai") < current.index("Penambalan") if "Penambalan" in \
        current else current.index("Laporan selesai") < current.index("Rina Marlina")
    assert dialog.reason.text() == f"Alasan dari server: {REASON}"
    assert not dialog.resend_button.isEnabled() and dialog.blocked.isVisible()
    with qtbot.assertNotEmitted(dialog.decided):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome() is ConflictOutcome.LATER and not dialog.isVisible()


def test_revised_text_is_returned_on_resend(qtbot):
    dialog = ConflictDialog(_context(Status.DITANGGAPI_PELAPOR))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.editor.toPlainText() == DRAFT
    assert dialog.resend_button.isEnabled() and not dialog.blocked.isVisible()
    dialog.editor.clear()
    assert not dialog.resend_button.isEnabled()  # an empty text cannot go out
    qtbot.keyClicks(dialog.editor, "Penambalan dijadwalkan ulang ke 10 April 2026.")
    with qtbot.waitSignal(dialog.decided) as blocker:
        qtbot.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["resend", "Penambalan dijadwalkan ulang ke 10 April 2026."]
    assert dialog.outcome() is ConflictOutcome.RESEND
    assert dialog.revised_text() == "Penambalan dijadwalkan ulang ke 10 April 2026."


def test_discard_needs_confirmation(qtbot, tmp_path):
    dialog = ConflictDialog(_context(Status.SELESAI))
    qtbot.addWidget(dialog)
    dialog.show()
    folder = Path(os.environ.get("LAPOR_SCREENSHOTS") or tmp_path)
    assert dialog.grab().save(str(folder / "conflict_dialog.png"))

    with qtbot.assertNotEmitted(dialog.decided):
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(_button(dialog.confirm_box, "Batal"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.outcome() is ConflictOutcome.LATER

    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.decided) as blocker:
        qtbot.mouseClick(_button(dialog.confirm_box, "Buang"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["discard", DRAFT]
    assert not dialog.isVisible()


def test_removed_complaint_says_so(qtbot):
    dialog = ConflictDialog(dataclasses.replace(_context(Status.SELESAI), complaint=None))
    qtbot.addWidget(dialog)
    assert "tidak lagi terdisposisi" in dialog.current.toPlainText()
    assert not dialog.resend_button.isEnabled()
