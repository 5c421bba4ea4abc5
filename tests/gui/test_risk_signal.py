"""Issue 21, accessibility: colour is never the only signal of a deadline's risk, and the risk
colours follow the system's light, dark or high-contrast palette (ui/theme.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from lapor_desktop.core.countdown import RiskLevel
from lapor_desktop.ui import theme
from tests.gui.conftest import officer_window, sync_from_status_bar

URGENT = (RiskLevel.OVERDUE, RiskLevel.DUE_TODAY, RiskLevel.DUE_SOON, RiskLevel.AT_RISK)


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_every_risk_has_its_own_words_and_every_urgent_one_an_icon(qapp):
    words = {level: theme.risk_words(level) for level in RiskLevel}
    assert len(set(words.values())) == len(RiskLevel)  # told apart without colour
    for level in URGENT:
        icon = theme.risk_icon(level)
        assert icon is not None and not icon.isNull()
    assert theme.risk_icon(RiskLevel.ON_TRACK) is None


def test_risk_colours_are_readable_on_light_and_dark_palettes(qapp):
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    for palette in (light, dark):
        base = palette.color(QPalette.ColorRole.Base)
        for level in RiskLevel:
            assert _contrast(theme.risk_colour(level, palette), base) >= 4.5, (level, base.name())
    assert theme.is_dark(dark) and not theme.is_dark(light)


def test_the_queue_says_each_deadline_risk_in_words(qtbot, tmp_path, world):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        server.dispose(2)
        sync_from_status_bar(qtbot, win)
        model = win.model
        column = model.COLUMNS.index("deadline")
        assert model.rowCount() == 2
        for row in range(model.rowCount()):
            index = model.index(row, column)
            shown = model.data(index, Qt.ItemDataRole.DisplayRole)
            level = model.item(row).countdown.level
            spoken = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
            assert spoken.startswith(shown) and theme.risk_words(level) in spoken
            assert theme.risk_words(level) in model.data(index, Qt.ItemDataRole.ToolTipRole)
            icon = model.data(index, Qt.ItemDataRole.DecorationRole)
            assert (icon is not None) == (level in URGENT)
