"""Issue 21, layout: the window fits 1024x600 in Indonesian and English, every panel reachable,
and opening the Kotak Keluar never grows the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from lapor_desktop.ui.i18n import install_translator
from tests.gui.conftest import officer_window, sync_from_status_bar

SMALL = QSize(1024, 600)


@pytest.fixture(params=["id", "en"])
def language(request, qapp):
    translator = install_translator(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    install_translator(qapp, "id")


def _reachable(win, widget: QWidget) -> bool:
    """Shown, not squeezed to nothing, and inside the window's visible area."""
    if not widget.isVisible() or widget.width() < 40 or widget.height() < 12:
        return False
    top_left = widget.mapTo(win, widget.rect().topLeft())
    return (0 <= top_left.x() < win.width() - 20 and 0 <= top_left.y() < win.height() - 10)


def test_the_window_fits_1024x600_with_every_panel_reachable(qtbot, tmp_path, world, language):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url, language=language) as (win, _profile):
        server.dispose(3)
        sync_from_status_bar(qtbot, win)
        hint = win.minimumSizeHint()
        assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), hint
        win.resize(SMALL)
        qtbot.waitUntil(lambda: win.size() == SMALL)
        win.table.selectRow(0)
        for widget in (win.filters.search, win.table, win.queue_pane.count_label, win.sync_status,
                       win.sync_status.button, win.tabs):
            assert _reachable(win, widget), widget.objectName()
        win.tabs.setCurrentWidget(win.editor)
        qtbot.waitUntil(lambda: win.editor.isVisible())
        for widget in (win.editor.text, win.editor.send_button):
            win.editor.findChild(QWidget, "editorScroll").ensureWidgetVisible(widget)
            assert _reachable(win, widget), widget.objectName()
        win.main_tabs.setCurrentWidget(win.dashboard_scroll)
        assert _reachable(win, win.dashboard_scroll)
        win.main_tabs.setCurrentIndex(0)

        # The Kotak Keluar opens inside the window; the window keeps its size.
        win.show_ledger()
        QApplication.processEvents()
        qtbot.waitUntil(lambda: win.ledger_view.isVisible())
        assert win.size() == SMALL
        for widget in (win.ledger_view.table, win.ledger_view.buttons["retry"], win.table,
                       win.sync_status):
            assert _reachable(win, widget), widget.objectName()
