"""Follows the system's colours while the window is open.

When the officer switches the OS to dark mode, or to a high-contrast theme, Qt hands the
application a new palette (``QEvent.ApplicationPaletteChange``) and, where the platform knows,
a new colour scheme or contrast preference (``QStyleHints``). One :class:`ThemeFollower` on the
main window hears all of them and calls :func:`theme.refresh` once, so every themed widget
(badges, chips, notices, the status bar, the queue's countdown colours and search marks) takes
the new colours without the window being built again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from lapor_desktop.ui import theme


class ThemeFollower(QObject):
    """Watches ``window`` and the style hints; refreshes the theme after a colour change."""

    #: Emitted after the themed widgets took the new colours (for views that keep colours in
    #: their items and must fill them again).
    changed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._pending = False
        window.installEventFilter(self)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._schedule)
        accessibility = hints.accessibility()
        if hasattr(accessibility, "contrastPreferenceChanged"):  # Qt 6.10+
            accessibility.contrastPreferenceChanged.connect(self._schedule)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """A new application palette reaches every window: refresh once it has settled."""
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._schedule()
        return False

    def _schedule(self, *_args: object) -> None:
        # Several signals arrive for one switch (scheme, palette): one refresh after them all.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._refresh)

    def _refresh(self) -> None:
        self._pending = False
        theme.refresh()
        self.changed.emit()


def follower(window: QWidget) -> ThemeFollower:
    """The :class:`ThemeFollower` of ``window`` (created on first use)."""
    found = window.findChild(ThemeFollower)
    return found if found is not None else ThemeFollower(window)
