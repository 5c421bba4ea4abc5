"""Issue 21, layout: on a 1366x768 laptop (the most common office screen) the queue's title column
gets real room (the editor pane no longer holds the splitter wide), and the status bar's labels
are never cut off: each fits, or shows its text elided with the whole text in its tooltip, even
with long counts and a long link summary, in Indonesian and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QScrollArea

from lapor_desktop.ui.i18n import install_translator
from lapor_desktop.ui.status_elide import StatusElider
from lapor_desktop.workbench.thin_link import LinkSummary
from tests.gui.conftest import officer_window, sync_from_status_bar

LAPTOP = QSize(1366, 768)


@pytest.fixture(params=["id", "en"])
def language(request, qapp):
    translator = install_translator(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    install_translator(qapp, "id")


def test_title_column_and_status_bar_fit_a_1366x768_screen(qtbot, tmp_path, world, language):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url, language=language) as (win, _profile):
        server.dispose(3)
        sync_from_status_bar(qtbot, win)
        win.resize(LAPTOP)
        qtbot.waitUntil(lambda: win.size() == LAPTOP)
        win.table.selectRow(0)
        qtbot.waitUntil(lambda: win.editor.complaint() is not None)
        win.tabs.setCurrentWidget(win.editor)  # the widest pane the splitter holds
        qtbot.waitUntil(win.editor.isVisible)

        view = win.table.viewport().width()
        title = win.table.columnWidth(win.model.COLUMNS.index("title"))
        assert title >= 0.3 * view, (title, view)
        local = win.table.columnWidth(win.model.COLUMNS.index("local"))
        assert local <= 70, local  # the mostly empty "Lokal" column stays narrow

        # The editor's state badge after delivery is long; it wraps inside the pane instead of
        # pushing the template's Apply button out of sight.
        editor = win.editor
        qtbot.waitUntil(lambda: win.services.tasks.pending == 0)  # the editor has loaded
        editor.state_label.setText("Terkirim 30 November 2026 17.35 WIB · No. TL-2026-000001")
        scroll = editor.findChild(QScrollArea, "editorScroll")
        qtbot.waitUntil(lambda: editor.state_label.width() > 100)  # laid out with the new text
        assert scroll.widget().width() <= scroll.viewport().width()
        for widget in (editor.apply_button, editor.state_label):
            right = widget.mapTo(scroll.viewport(), widget.rect().topRight()).x()
            assert right <= scroll.viewport().width(), widget.objectName()

        # Long texts everywhere in the status bar: many waiting, attention, a slow metered link
        # with files to upload, and a message of the moment.
        win.sync_status.set_waiting(128, 12)
        win.offline.link_label.show_summary(LinkSummary(
            bytes_per_second=27_500, metered=True, waiting_actions=128,
            waiting_upload_bytes=48_300_000))
        win.statusBar().showMessage(win.tr("Tindak lanjut masuk antrean kirim."))
        qtbot.waitUntil(lambda: win.offline.link_label.text() != "")
        qtbot.wait(0)  # let the status bar lay its widgets out (an event-loop turn, no delay)
        assert win.size() == LAPTOP and win.minimumSizeHint().width() <= LAPTOP.width()
        cut = {}
        for label in win.statusBar().findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            assert label.geometry().right() <= win.statusBar().width(), label.objectName()
            fits = label.contentsRect().width() >= label.fontMetrics().horizontalAdvance(label.text())
            tip = StatusElider.tooltip(label)
            if not fits and not tip.startswith(label.text()):
                cut[label.objectName()] = (label.width(), label.text(), tip)
        assert cut == {}
        link = win.offline.link_label
        assert StatusElider.is_elided(link) or link.width() >= link.sizeHint().width()
