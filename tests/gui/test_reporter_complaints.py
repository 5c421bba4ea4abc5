"""Issue 21: the reporter's other complaints are reachable from the detail view, and the
privacy rules hold: an anonim complaint has no reporter to match, a rahasia one is never linked
to its reporter's other complaints (DESIGN 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import officer_window, sync_from_status_bar


def _row_of(model, complaint_id):
    return next(r for r in range(model.rowCount()) if model.item(r).row.id == complaint_id)


def _open(qtbot, win, complaint_id):
    win.open_complaint(complaint_id)
    qtbot.waitUntil(lambda: win.detail.complaint() is not None
                    and win.detail.complaint().id == complaint_id, timeout=10_000)


def test_the_reporters_other_complaints_open_from_the_detail(qtbot, tmp_path, world):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        first, second = server.dispose(2, reporter_phone="0812-5550-1234")
        (secret,) = server.dispose(1, reporter_phone="0812-5550-1234", rahasia=True)
        (anonymous,) = server.dispose(1, anonim=True, reporter_phone="0812-5550-1234")
        (stranger,) = server.dispose(1, reporter_phone="0813-0000-0000")
        sync_from_status_bar(qtbot, win)
        others = win.detail.other_complaints

        _open(qtbot, win, first)
        listed = [others.list.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(others.list.count())]
        assert listed == [second]  # not the rahasia one, not a stranger's, not itself
        assert others.isVisible() and "(1)" in others.heading.text()

        # By keyboard: focus the list, Enter opens the other complaint.
        others.list.setFocus()
        others.list.setCurrentRow(0)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.detail.complaint().id == second, timeout=10_000)
        assert [others.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(others.list.count())] == [first]

        for lonely in (secret, anonymous, stranger):
            _open(qtbot, win, lonely)
            assert others.list.count() == 0 and not others.isVisible()
