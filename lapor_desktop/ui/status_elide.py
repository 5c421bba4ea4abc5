"""Status-bar labels that give way on a narrow screen instead of widening the window.

A label's text (the connection, what waits to be sent, the link speed) may be longer than the
room a 1366x768 screen leaves. :class:`StatusElider` lets each label shrink: it paints the text
cut with "…" and its tooltip then holds the whole text (before the label's own tooltip), so
nothing is lost and the window never grows past the screen. Accessible names and ``text()``
keep the full text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import QLabel, QToolTip

MIN_WIDTH = 48


class StatusElider(QObject):
    """Elides the labels given to :meth:`add` when they are narrower than their text."""

    def add(self, label: QLabel) -> None:
        """Let ``label`` shrink to :data:`MIN_WIDTH`, eliding its text."""
        label.setMinimumWidth(MIN_WIDTH)
        label.installEventFilter(self)

    @staticmethod
    def is_elided(label: QLabel) -> bool:
        """The label shows less than its whole text."""
        text = label.text()
        return bool(text) and label.fontMetrics().horizontalAdvance(text) > label.contentsRect().width()

    @classmethod
    def tooltip(cls, label: QLabel) -> str:
        """What the label's tooltip shows: the whole text first when it is elided."""
        own = label.toolTip()
        if not cls.is_elided(label):
            return own
        return label.text() + ("\n\n" + own if own else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Paint the elided text; show the whole text as the tooltip."""
        if not isinstance(watched, QLabel):
            return False
        if event.type() == QEvent.Type.Paint and self.is_elided(watched):
            rect = watched.contentsRect()
            painter = QPainter(watched)
            painter.setFont(watched.font())
            painter.setPen(watched.palette().color(watched.foregroundRole()))
            text = watched.fontMetrics().elidedText(watched.text(), Qt.TextElideMode.ElideRight,
                                                    rect.width())
            painter.drawText(rect, int(watched.alignment()), text)
            painter.end()
            return True
        if event.type() == QEvent.Type.ToolTip and self.is_elided(watched):
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self.tooltip(watched), watched)
            return True
        return False
