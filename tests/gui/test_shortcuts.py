"""Issue 21, shortcuts: one key, one action; and an overview of them all (Ctrl+/)."""

from __future__ import annotations

import collections

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from lapor_desktop.ui.shortcuts_dialog import ShortcutsDialog
from tests.gui.conftest import officer_window


@pytest.fixture
def window(qtbot, tmp_path, world):
    proxy, _world = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        yield win


def _window_wide_keys(win):
    """Every key bound by a QAction of the window, and by window-wide QShortcuts."""
    keys = collections.Counter()
    owners = collections.defaultdict(list)
    for action in win.findChildren(QAction):
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            keys[text] += 1
            owners[text].append(action.text())
    for shortcut in win.findChildren(QShortcut):
        for sequence in shortcut.keys():  # noqa: SIM118 - a QShortcut, not a dict
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            keys[text] += 1
            owners[text].append(shortcut.whatsThis())
    return keys, owners


def test_no_key_is_bound_twice(window):
    keys, owners = _window_wide_keys(window)
    assert keys, "the window has shortcuts"
    assert {k: owners[k] for k, n in keys.items() if n > 1} == {}


def test_f5_reloads_the_queue_and_f9_syncs(qtbot, window):
    refreshed = []
    window.action_refresh.triggered.connect(lambda: refreshed.append(True))
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    assert refreshed == [True]  # an ambiguous key does nothing at all
    controller = window.services.sync
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        qtbot.keyClick(window.table, Qt.Key.Key_F9)


def test_ctrl_slash_lists_every_shortcut(qtbot, window):
    qtbot.keyClick(window.table, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, ShortcutsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ShortcutsDialog) and w.isVisible())
    shown = dict(dialog.entries())
    assert shown["Sinkronkan sekarang"] == "F9"
    assert shown["Muat ulang antrean"] == "F5"
    assert shown["Kotak Keluar"] == "Ctrl+K"
    assert shown["Kirim tindak lanjut"] in ("Ctrl+Return", "Ctrl+Enter")
    dialog.close()
