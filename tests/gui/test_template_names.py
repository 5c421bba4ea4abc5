"""Issue 21: the English UI kept the templates' Indonesian names. In English the template picker
names them in English; the text a template puts in the editor stays Indonesian, because the
reporter reads it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lapor_desktop.ui.i18n import install_translator
from tests.gui.conftest import officer_window, sync_from_status_bar


@pytest.fixture
def english(qapp):
    translator = install_translator(qapp, "en")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
    install_translator(qapp, "id")


def _names(editor) -> list[str]:
    return [editor.template_box.itemText(i) for i in range(editor.template_box.count())]


def _open_editor(qtbot, win):
    win.table.selectRow(0)
    win.tabs.setCurrentWidget(win.editor)
    qtbot.waitUntil(lambda: win.editor.complaint() is not None and win.editor.template_box.count() > 0)
    return win.editor


def test_template_names_follow_the_language_and_the_text_stays_indonesian(qtbot, tmp_path, world,
                                                                         english):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url, language="en") as (win, _profile):
        server.dispose(1)
        sync_from_status_bar(qtbot, win)
        editor = _open_editor(qtbot, win)
        names = _names(editor)
        assert "Initial follow-up (complaint received)" in names, names
        assert "Follow-up completed, with evidence" in names
        assert not any(n.startswith("Tindak lanjut") for n in names), names
        editor.template_box.setCurrentIndex(names.index("Initial follow-up (complaint received)"))
        qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
        assert editor.text.toPlainText().startswith("Terima kasih atas laporan Saudara")


def test_template_names_are_indonesian_by_default(qtbot, tmp_path, world):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        server.dispose(1)
        sync_from_status_bar(qtbot, win)
        names = _names(_open_editor(qtbot, win))
        assert "Tindak lanjut awal (laporan diterima)" in names, names
