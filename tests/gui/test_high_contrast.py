"""Issue 21, accessibility: high-contrast palettes are followed. With a contrast theme like
Windows' (white on black with a yellow selection, or black on white with a purple one) the
colours the app paints from ``ui/theme.py`` come from that palette: the queue's countdown, the
editor's state badge and the detail's chips, and the search marks (in the selection colours);
each keeps a WCAG contrast of at least 4.5:1 against what is behind it. The ordinary light
palette keeps every text colour readable too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from lapor_desktop.core.countdown import RiskLevel
from lapor_desktop.ui import theme
from tests.gui.conftest import officer_window, sync_from_status_bar
from tests.gui.test_dark_palette import _ON_FILL, contrast, text_and_background

R = QPalette.ColorRole
# Windows "High Contrast Black"-like and "High Contrast White"-like palettes.
CONTRAST_PALETTES = {
    "black": {R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000",
              R.AlternateBase: "#000000", R.Text: "#ffffff", R.Button: "#000000",
              R.ButtonText: "#ffffff", R.Highlight: "#ffff00", R.HighlightedText: "#000000",
              R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff", R.PlaceholderText: "#c0c0c0"},
    "white": {R.Window: "#ffffff", R.WindowText: "#000000", R.Base: "#ffffff",
              R.AlternateBase: "#ffffff", R.Text: "#000000", R.Button: "#ffffff",
              R.ButtonText: "#000000", R.Highlight: "#37006e", R.HighlightedText: "#ffffff",
              R.ToolTipBase: "#ffffff", R.ToolTipText: "#000000", R.PlaceholderText: "#404040"},
}


@pytest.fixture(params=sorted(CONTRAST_PALETTES))
def contrast_palette(request, qapp):
    before = QPalette(qapp.palette())
    palette = QPalette(before)
    for role, value in CONTRAST_PALETTES[request.param].items():
        palette.setColor(role, QColor(value))
    qapp.setPalette(palette)
    try:
        yield palette
    finally:
        qapp.setPalette(before)


def test_the_ordinary_light_palette_keeps_every_text_colour_readable(qapp):
    palette = qapp.palette()
    assert not theme.high_contrast(palette) and not theme.is_dark(palette)
    for role in theme.role_names("text"):
        behind = ([theme.qcolour(_ON_FILL[role])] if role in _ON_FILL
                  else [palette.color(R.Window), palette.color(R.Base)])
        for colour in behind:
            assert contrast(theme.qcolour(role), colour) >= 4.5, (role, colour.name())
    for level in RiskLevel:
        assert contrast(theme.risk_colour(level), palette.color(R.Base)) >= 4.5, level
    # Windows 11's light palette (black on #f3f3f3, white base) is not a contrast theme.
    windows = QPalette(palette)
    for role, value in ((R.Window, "#f3f3f3"), (R.WindowText, "#000000"), (R.Base, "#ffffff"),
                        (R.Text, "#000000")):
        windows.setColor(role, QColor(value))
    assert not theme.high_contrast(windows)


def test_theme_colours_come_from_a_contrast_palette(contrast_palette):
    assert theme.high_contrast()
    window, text = contrast_palette.color(R.Window), contrast_palette.color(R.WindowText)
    for role in theme.role_names("text"):
        assert theme.qcolour(role) == text, role
    for role in theme.role_names("fill"):
        assert theme.qcolour(role) == window, role
    for level in RiskLevel:  # the icon and the words carry the risk, the palette the colour
        assert theme.risk_colour(level) == contrast_palette.color(R.Text)
    # A search mark stands out in the selection colours the officer chose.
    assert theme.qcolour("match_fill") == contrast_palette.color(R.Highlight)
    assert theme.qcolour("match_text") == contrast_palette.color(R.HighlightedText)


def test_what_the_window_paints_is_readable_with_a_contrast_palette(qtbot, tmp_path, world,
                                                                  contrast_palette):
    proxy, server = world
    base = contrast_palette.color(R.Base)
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        server.dispose(2)
        sync_from_status_bar(qtbot, win)
        win.table.selectRow(0)
        editor = win.editor
        qtbot.waitUntil(lambda: editor.complaint() is not None and bool(editor.state_label.text()))

        # The countdown in the queue: its colour is the palette's text on the view's base.
        model = win.model
        column = model.COLUMNS.index("deadline")
        for row in range(model.rowCount()):
            brush = model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
            assert brush.color() == contrast_palette.color(R.Text)
            assert contrast(brush.color(), base) >= 4.5
            assert model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)  # words

        # The editor's state badge and the detail's chips, as painted.
        win.tabs.setCurrentWidget(editor)
        qtbot.waitUntil(editor.state_label.isVisible)
        labels = {"editor state badge": editor.state_label}
        win.tabs.setCurrentWidget(win.detail)
        qtbot.waitUntil(win.detail.status_chip.isVisible)
        labels["status chip"] = win.detail.status_chip
        labels["status bar state"] = win.sync_status.state_label
        unreadable = {}
        for name, label in labels.items():
            fg, bg = text_and_background(label)
            if contrast(fg, bg) < 4.5:
                unreadable[name] = (fg.name(), bg.name(), round(contrast(fg, bg), 2))
        assert unreadable == {}
        assert text_and_background(editor.state_label)[0] == contrast_palette.color(R.WindowText)

        # A search: the matched words are marked in the selection colours, readable, and they
        # stand out from the table's base.
        title = model.data(model.index(0, model.COLUMNS.index("title")))
        word = title.split()[0]
        delegate = win.queue_pane.match_delegate
        delegate.set_search(word)
        marked = delegate.marked(title)
        fill, ink = contrast_palette.color(R.Highlight), contrast_palette.color(R.HighlightedText)
        assert f"background-color:{fill.name()}" in marked and f"color:{ink.name()}" in marked
        assert contrast(ink, fill) >= 4.5
        assert contrast(fill, base) >= 3.0  # the mark is visible against the rows
