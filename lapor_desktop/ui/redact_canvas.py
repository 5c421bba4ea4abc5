"""The picture inside the redaction editor: drag with the mouse to mark a rectangle.

It only collects rectangles (as fractions of the picture, so they fit any size) and paints the
preview it is given; the blurring and blacking-out is done by the Qt-free evidence module.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lapor_desktop.ui import theme
from lapor_desktop.workbench.evidence import Redaction

MIN_FRACTION = 0.005  # a click without a drag marks nothing


class RedactCanvas(QWidget):
    """Shows a picture fitted to the widget; a left-button drag marks a rectangle."""

    #: A rectangle was drawn: the Redaction (fractions of the picture; mode set by the dialog).
    drawn = Signal(object)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactCanvas")
        self.setAccessibleName(self.tr("Foto yang disamarkan"))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.mode = "blur"
        self._image = image
        self._start: QPointF | None = None
        self._end: QPointF | None = None

    def set_image(self, image: QImage) -> None:
        """Show ``image`` (the preview with the redactions so far)."""
        self._image = image
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The picture's size, within a comfortable window."""
        return self._image.size().scaled(QSize(900, 640), Qt.AspectRatioMode.KeepAspectRatio)

    def picture_rect(self) -> QRectF:
        """Where the picture is painted: fitted and centred."""
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def _fraction(self, pos: QPointF) -> QPointF:
        area = self.picture_rect()
        x = min(max((pos.x() - area.x()) / max(area.width(), 1), 0.0), 1.0)
        y = min(max((pos.y() - area.y()) / max(area.height(), 1), 0.0), 1.0)
        return QPointF(x, y)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Start a rectangle."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = self._end = self._fraction(event.position())
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Stretch the rectangle being drawn."""
        if self._start is not None:
            self._end = self._fraction(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Finish the rectangle; report it unless it is only a click."""
        if event.button() != Qt.MouseButton.LeftButton or self._start is None:
            return
        start, end = self._start, self._fraction(event.position())
        self._start = self._end = None
        self.update()
        left, top = min(start.x(), end.x()), min(start.y(), end.y())
        width, height = abs(end.x() - start.x()), abs(end.y() - start.y())
        if width >= MIN_FRACTION and height >= MIN_FRACTION:
            self.drawn.emit(Redaction(left, top, width, height, self.mode))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The picture, and the rectangle being drawn as a dashed outline."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.qcolour("canvas_fill"))
        area = self.picture_rect()
        painter.drawImage(area, self._image)
        if self._start is not None and self._end is not None:
            a = QPointF(area.x() + self._start.x() * area.width(),
                        area.y() + self._start.y() * area.height())
            b = QPointF(area.x() + self._end.x() * area.width(),
                        area.y() + self._end.y() * area.height())
            pen = QPen(theme.qcolour("redact_pen"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(a, b).normalized())
        painter.end()
