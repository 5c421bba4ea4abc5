"""The one place colours come from: the deadline risk colours for light, dark and high-contrast
systems, and the risk's icon and words, so colour is never the only signal.

The colours follow the platform: Qt's palette (``QPalette.Window`` lightness) and style hints
(``colorScheme()``, ``accessibility().contrastPreference()``) say whether the officer's system
is dark or asks for high contrast. With high contrast the text keeps the palette's own text
colour and the icon plus the words carry the risk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from lapor_desktop.core.countdown import RiskLevel
from lapor_desktop.ui.i18n import tr

# Readable on a light base (contrast >= 4.5:1 on white).
_LIGHT = {
    RiskLevel.OVERDUE: "#b71c1c",
    RiskLevel.DUE_TODAY: "#c62828",
    RiskLevel.DUE_SOON: "#a84300",
    RiskLevel.AT_RISK: "#7a5c00",
    RiskLevel.ON_TRACK: "#2e7d32",
    RiskLevel.CLOSED: "#616161",
}
# Readable on a dark base (contrast >= 4.5:1 on #1e1e1e).
_DARK = {
    RiskLevel.OVERDUE: "#ff8a80",
    RiskLevel.DUE_TODAY: "#ff9e80",
    RiskLevel.DUE_SOON: "#ffb74d",
    RiskLevel.AT_RISK: "#ffe082",
    RiskLevel.ON_TRACK: "#a5d6a7",
    RiskLevel.CLOSED: "#bdbdbd",
}
_ICONS = {
    RiskLevel.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
    RiskLevel.DUE_TODAY: QStyle.StandardPixmap.SP_MessageBoxWarning,
    RiskLevel.DUE_SOON: QStyle.StandardPixmap.SP_MessageBoxWarning,
    RiskLevel.AT_RISK: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def high_contrast() -> bool:
    """The system asks for high contrast (Qt's accessibility hints)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()  # kept: the accessibility object lives inside it
    accessibility = hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def is_dark(palette: QPalette | None = None) -> bool:
    """The palette in use is dark (the OS dark mode, or a dark theme)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    hints = QGuiApplication.styleHints()
    if palette is None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def risk_colour(level: RiskLevel, palette: QPalette | None = None) -> QColor:
    """The deadline text colour of ``level`` for the palette in use."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if high_contrast():
        return palette.color(QPalette.ColorRole.Text)
    return QColor((_DARK if is_dark(palette) else _LIGHT)[level])


def risk_icon(level: RiskLevel) -> QIcon | None:
    """The icon beside an urgent deadline (None when on track or closed)."""
    pixmap = _ICONS.get(level)
    if pixmap is None or QApplication.instance() is None:
        return None
    return QApplication.style().standardIcon(pixmap)


def risk_words(level: RiskLevel) -> str:
    """The risk in words, for the tooltip and screen readers."""
    return {
        RiskLevel.OVERDUE: tr("Theme", "Terlambat"),
        RiskLevel.DUE_TODAY: tr("Theme", "Jatuh tempo hari ini"),
        RiskLevel.DUE_SOON: tr("Theme", "Segera jatuh tempo"),
        RiskLevel.AT_RISK: tr("Theme", "Berisiko terlambat"),
        RiskLevel.ON_TRACK: tr("Theme", "Sesuai jadwal"),
        RiskLevel.CLOSED: tr("Theme", "Tidak ada tenggat"),
    }[level]
