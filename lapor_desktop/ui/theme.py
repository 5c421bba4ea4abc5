"""The one place colours come from: the deadline risk colours for light, dark and high-contrast
systems, and the risk's icon and words, so colour is never the only signal; the named colour
roles of every other widget (notices, chips, badges, status bar); and the fixed "paper"
palette of what is printed (the PDF report, the handover PDF, the dashboard charts).

The colours follow the platform: Qt's palette (``QPalette.Window`` lightness) and style hints
(``colorScheme()``, ``accessibility().contrastPreference()``) say whether the officer's system
is dark or asks for high contrast. With high contrast the text keeps the palette's own text
colour and the icon plus the words carry the risk. A palette that is itself high contrast (black
on white or white on black, as Windows hands Qt in its contrast themes) counts too, for platforms
whose style hints do not say so.

Widgets take their style sheets through :func:`themed` (a template naming roles), so
:func:`refresh` can paint them again when the system's colours change while the window is open
(``ui/theme_follow.py`` calls it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QWidget

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


# Named roles: (light, dark). The light value is readable on a light window (contrast >= 4.5:1
# for text on #efefef and white); the dark one on a dark window. Kind decides what high contrast
# uses: "text" and "border" take the palette's WindowText, "fill" the palette's Window, "mark" and
# "mark_text" the palette's selection colours (Highlight, HighlightedText), "fixed" never changes
# (colours inside an image, e.g. the redaction canvas or the tray icon).
_ROLES: dict[str, tuple[str, str, str]] = {
    # Messages and notes on the window background.
    "error_text": ("text", "#8a1c17", "#ff8a80"),
    "login_error_text": ("text", "#a11b14", "#ff8a80"),
    "unlock_error_text": ("text", "#b00020", "#ff8a80"),
    "warning_text": ("text", "#6b4a00", "#ffe082"),
    "ok_text": ("text", "#1b6e20", "#a5d6a7"),
    "ready_text": ("text", "#1b5e20", "#a5d6a7"),
    "not_ready_text": ("text", "#b71c1c", "#ff8a80"),
    "note_text": ("text", "#555555", "#bdbdbd"),
    "muted_text": ("text", "#546E7A", "#b0bec5"),
    # Connection state in the status bar.
    "online_text": ("text", "#276b2b", "#a5d6a7"),
    "offline_text": ("text", "#b71c1c", "#ff8a80"),
    "attention_text": ("text", "#b33a0b", "#ffab91"),
    "work_offline_text": ("text", "#6d4c41", "#d7ccc8"),
    # The editor's state badge and the "local" chip (amber).
    "amber_fill": ("fill", "#fff4d6", "#3d2f00"),
    "amber_text": ("text", "#6b4a00", "#ffe082"),
    "amber_border": ("border", "#e6c36a", "#8a6d1f"),
    "amber_strong_text": ("text", "#4d3600", "#ffe082"),
    # Blue (status chip, "sending", the login's info box).
    "blue_fill": ("fill", "#e3effd", "#0d2a4d"),
    "blue_text": ("text", "#0b3d91", "#90caf9"),
    "blue_border": ("border", "#9bbbe8", "#3d6596"),
    "info_fill": ("fill", "#e8f1fc", "#0d2a4d"),
    "info_text": ("text", "#123a6b", "#bbdefb"),
    # Green ("accepted", approved sign-off).
    "green_fill": ("fill", "#e2f4e1", "#17361a"),
    "green_text": ("text", "#1d5e20", "#a5d6a7"),
    "approved_fill": ("fill", "#edf7ed", "#17361a"),
    # Red ("rahasia" chip, needs attention, conflicts, returned sign-off).
    "red_fill": ("fill", "#fde2e1", "#4a1512"),
    "red_text": ("text", "#8a1c17", "#ff8a80"),
    "red_border": ("border", "#e59a96", "#9a3b36"),
    "conflict_fill": ("fill", "#fdecea", "#4a1512"),
    "conflict_text": ("text", "#611a15", "#ffcdd2"),
    "returned_fill": ("fill", "#fdecea", "#4a1512"),
    "pending_fill": ("fill", "#fff4e5", "#3d2f00"),
    # Grey ("anonim" chip, discarded).
    "grey_fill": ("fill", "#ececec", "#3a3a3a"),
    "grey_light_fill": ("fill", "#eeeeee", "#3a3a3a"),
    "grey_text": ("text", "#333333", "#e0e0e0"),
    "grey_note_text": ("text", "#555555", "#bdbdbd"),
    "grey_border": ("border", "#b5b5b5", "#6b6b6b"),
    # Violet (handed over, the handover note).
    "violet_fill": ("fill", "#ece6f6", "#2e2442"),
    "violet_text": ("text", "#3f2a6b", "#d1c4e9"),
    "handover_fill": ("fill", "#f3eefb", "#2e2442"),
    "handover_border": ("border", "#b9a6dc", "#6f5c99"),
    # Panels and cards.
    "panel_fill": ("fill", "#f4f7fb", "#26303b"),
    "panel_border": ("border", "#c9d6e6", "#4a5a6e"),
    "card_fill": ("fill", "#F4F7FA", "#26303b"),
    "card_border": ("border", "#B0B7BF", "#5c6670"),
    "card_value_text": ("text", "#1F4E79", "#90caf9"),
    "card_alert_text": ("text", "#C0392B", "#ff8a80"),
    "card_caption_text": ("text", "#37474F", "#cfd8dc"),
    "welcome_fill": ("fill", "#ffffff", "#2b2b2b"),
    "welcome_border": ("border", "#b8c4d6", "#5c6670"),
    # The training banner (yellow strip; its own fill keeps the dark text readable anywhere).
    "training_fill": ("fill", "#ffc94d", "#ffc94d"),
    "training_border": ("border", "#e08a00", "#e08a00"),
    "training_text": ("text", "#3d2600", "#3d2600"),
    # A search match in the queue (its own fill keeps the text readable anywhere; with high
    # contrast it takes the system's selection colours, the ones the officer set to stand out).
    "match_fill": ("mark", "#fff176", "#fff176"),
    "match_text": ("mark_text", "#000000", "#000000"),
    # Inside images: the redaction canvas and the tray icon look the same everywhere.
    "canvas_fill": ("fixed", "#3a3a3a", "#3a3a3a"),
    "redact_pen": ("fixed", "#ffcc00", "#ffcc00"),
    "tray_fill": ("fixed", "#c62828", "#c62828"),
    "tray_text": ("fixed", "#ffffff", "#ffffff"),
}

# Printed on white paper (PDF report, handover PDF, and the charts drawn on a white card both on
# screen and in the PDF): fixed, whatever the screen's palette.
PAPER: dict[str, str] = {
    "paper": "#ffffff",
    "ink": "#263238",
    "header_fill": "#DDE6F0",
    "card_fill": "#F4F7FA",
    "rule": "#B0B7BF",
    "figure": "#1F4E79",
    "alert": "#C0392B",
    "blue": "#2F6DB5",
    "green": "#2E8B57",
    "orange": "#E08A1E",
    "red": "#C0392B",
    "grey": "#7F8C8D",
}


def colour(role: str, palette: QPalette | None = None) -> str:
    """The colour of ``role`` for the palette in use, as ``#rrggbb`` (for style sheets)."""
    return qcolour(role, palette).name()


def qcolour(role: str, palette: QPalette | None = None) -> QColor:
    """The colour of ``role`` for the palette in use (light, dark or high contrast)."""
    kind, light, dark = _ROLES[role]
    palette = palette if palette is not None else QGuiApplication.palette()
    if kind != "fixed" and high_contrast(palette):
        return palette.color(_HIGH_CONTRAST[kind])
    return QColor(dark if kind != "fixed" and is_dark(palette) else light)


_HIGH_CONTRAST = {
    "text": QPalette.ColorRole.WindowText, "border": QPalette.ColorRole.WindowText,
    "fill": QPalette.ColorRole.Window, "mark": QPalette.ColorRole.Highlight,
    "mark_text": QPalette.ColorRole.HighlightedText,
}


class _RoleColours(dict):
    """Looks a role's colour up when a style sheet template names it."""

    def __init__(self, palette: QPalette | None) -> None:
        super().__init__()
        self._palette = palette

    def __missing__(self, role: str) -> str:
        return colour(role, self._palette)


def style(sheet: str, palette: QPalette | None = None) -> str:
    """``sheet`` with each ``{role}`` replaced by that role's colour (braces doubled: ``{{``)."""
    return sheet.format_map(_RoleColours(palette))


def role_names(kind: str) -> list[str]:
    """The roles of one kind ("text", "fill", "border" or "fixed")."""
    return [name for name, (role_kind, _light, _dark) in _ROLES.items() if role_kind == kind]


def paper(role: str) -> QColor:
    """A colour of the fixed paper palette (what is printed, or drawn on a white card)."""
    return QColor(PAPER[role])


# Ordinary light palettes stop below 19:1 (black on #efefef 18.1, on #f3f3f3 18.9); the
# black-and-white contrast themes reach 21:1.
_HIGH_CONTRAST_PALETTE = 20.0


def high_contrast(palette: QPalette | None = None) -> bool:
    """The system asks for high contrast: Qt's accessibility hints say so, or the palette in
    use is itself high contrast (window and base at least 20:1 against their text)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()  # kept: the accessibility object lives inside it
    accessibility = hints.accessibility()
    if accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    palette = palette if palette is not None else QGuiApplication.palette()
    role = QPalette.ColorRole
    return all(contrast(palette.color(a), palette.color(b)) >= _HIGH_CONTRAST_PALETTE
               for a, b in ((role.Window, role.WindowText), (role.Base, role.Text)))


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


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
    if high_contrast(palette):
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


_SHEET = "lapor_theme_sheet"  # the dynamic property holding a widget's style sheet template


def themed(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` the style sheet ``sheet`` (a :func:`style` template naming roles), now and
    again whenever the system's colours change (:func:`refresh`)."""
    widget.setProperty(_SHEET, sheet)
    widget.setStyleSheet(style(sheet))


def refresh() -> None:
    """Paint every themed widget again with the colours of the palette now in use: style sheets
    from their templates, item views (whose models ask for colours as they paint) repainted."""
    for widget in QApplication.allWidgets():
        sheet = widget.property(_SHEET)
        if sheet:
            widget.setStyleSheet(style(sheet))
        if isinstance(widget, QAbstractItemView):
            widget.viewport().update()
