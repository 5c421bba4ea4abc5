"""Issue 21, accessibility: the OS dark mode is followed. With a dark application palette the
labels an officer reads all day (the editor's state badge, its notice and checklist, the
countdown, the status bar) keep a WCAG contrast of at least 4.5:1 between text and background."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from lapor_desktop.ui import theme
from tests.gui.conftest import officer_window, sync_from_status_bar

# A dark palette like the ones Windows, GNOME and KDE hand to Qt in dark mode.
DARK_PALETTE = {
    QPalette.ColorRole.Window: "#2d2d2d", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.ToolTipBase: "#3c3c3c",
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2a6ebb",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9e9e9e",
}


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_and_background(label: QWidget) -> tuple[QColor, QColor]:
    """The label's text colour (its palette once style sheets are applied) and the background
    it paints behind the text (the most common pixel of the rendered label)."""
    label.ensurePolished()
    text = label.palette().color(label.foregroundRole())
    image = label.grab().toImage()
    pixels = Counter(image.pixelColor(x, y).rgb()
                     for x in range(image.width()) for y in range(image.height()))
    return text, QColor.fromRgb(pixels.most_common(1)[0][0])


@pytest.fixture
def dark_palette(qapp):
    """The application runs with a dark palette (as under the OS dark mode)."""
    before = qapp.palette()
    dark = QPalette(before)
    for role, value in DARK_PALETTE.items():
        dark.setColor(role, value)
    qapp.setPalette(dark)
    try:
        yield dark
    finally:
        qapp.setPalette(before)


def test_contrast_is_the_wcag_ratio():
    assert contrast(QColor(0, 0, 0), QColor(255, 255, 255)) == pytest.approx(21.0)
    assert contrast(QColor(0x77, 0x77, 0x77), QColor(255, 255, 255)) == pytest.approx(4.48, abs=0.01)


# Text drawn on its own fill (chips, badges, banners): read against that fill, not the window.
_ON_FILL = {
    "amber_text": "amber_fill", "amber_strong_text": "amber_fill", "blue_text": "blue_fill",
    "info_text": "info_fill", "green_text": "green_fill", "red_text": "red_fill",
    "conflict_text": "conflict_fill", "grey_text": "grey_fill", "grey_note_text": "grey_light_fill",
    "violet_text": "violet_fill", "training_text": "training_fill", "match_text": "match_fill",
    "card_value_text": "card_fill", "card_alert_text": "card_fill", "card_caption_text": "card_fill",
}


@pytest.mark.parametrize("role", theme.role_names("text"))
def test_every_text_role_is_readable_with_a_dark_palette(qapp, dark_palette, role):
    window = dark_palette.color(QPalette.ColorRole.Window)
    fill = theme.qcolour(_ON_FILL[role]) if role in _ON_FILL else window
    assert contrast(theme.qcolour(role), fill) >= 4.5, (role, fill.name())
    if role not in _ON_FILL:  # a note or message may also sit on an input's base
        assert contrast(theme.qcolour(role), dark_palette.color(QPalette.ColorRole.Base)) >= 4.5


def test_key_labels_are_readable_with_a_dark_palette(qtbot, tmp_path, world, dark_palette):
    assert theme.is_dark()
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        server.dispose(1)
        sync_from_status_bar(qtbot, win)
        win.table.selectRow(0)
        editor = win.editor
        qtbot.waitUntil(lambda: win.detail.countdown_label.text() != "")
        win.tabs.setCurrentWidget(editor)
        qtbot.waitUntil(lambda: editor.complaint() is not None and not editor.is_read_only())
        # An empty follow-up cannot be sent: the notice says why, the checklist shows ✗ rows.
        qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(editor.notice.isVisible)
        labels = {
            "editor state badge": win.editor.state_label,
            "editor notice": editor.notice,
            "countdown": win.detail.countdown_label,
            "status bar state": win.sync_status.state_label,
        }
        labels.update({f"checklist: {label.text()}": label
                       for label in editor.checklist.findChildren(QLabel) if label.text()})
        labels.update({f"status bar: {label.text()}": label
                       for label in win.statusBar().findChildren(QLabel)
                       if label.isVisible() and label.text()})
        assert win.editor.state_label.text() and win.sync_status.state_label.text()
        unreadable = {}
        for name, label in labels.items():
            text, background = text_and_background(label)
            ratio = contrast(text, background)
            if ratio < 4.5:
                unreadable[name] = (text.name(), background.name(), round(ratio, 2))
        assert unreadable == {}
