"""Small charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

The paint functions take any painter and rectangle, so the dashboard widgets and the PDF report
draw the very same charts. Sizes come from the painter's font metrics, so a chart looks the same
on a 96 dpi screen and on a 300 dpi PDF page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lapor_desktop.core.models import Status
from lapor_desktop.core.status import STATUS_LABELS
from lapor_desktop.reports.indicators import MonthlyReport
from lapor_desktop.ui import theme
from lapor_desktop.ui.formatting import month_label
from lapor_desktop.ui.i18n import tr

BLUE = theme.paper("blue")
GREEN = theme.paper("green")
ORANGE = theme.paper("orange")
RED = theme.paper("red")
GREY = theme.paper("grey")
AXIS = theme.paper("rule")
TEXT = theme.paper("ink")

TrendSeries = tuple[str, Sequence[int], QColor]


def paint_title(painter: QPainter, rect: QRectF, title: str) -> QRectF:
    """Draw ``title`` bold at the top of ``rect``; returns the area left below it."""
    painter.save()
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    height = painter.fontMetrics().height() * 1.4
    painter.setPen(TEXT)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.restore()
    return rect.adjusted(0, height, 0, 0)


def paint_trend(painter: QPainter, rect: QRectF, title: str, labels: Sequence[str],
                bars: TrendSeries, lines: Sequence[TrendSeries]) -> None:
    """Monthly trend: one bar series (received) and line series (followed up, finished)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = paint_title(painter, rect, title)
    fm = painter.fontMetrics()
    line_h = fm.height()
    legend_h = line_h * 1.5
    top_value, steps = nice_scale(max([1, *bars[1], *(v for s in lines for v in s[1])]))
    axis_w = fm.horizontalAdvance(str(top_value)) + line_h * 0.6
    plot = QRectF(area.left() + axis_w, area.top() + line_h * 0.5,
                  area.width() - axis_w, area.height() - legend_h - line_h * 1.8)
    _grid(painter, plot, top_value, steps)
    count = max(1, len(labels))
    slot = plot.width() / count
    painter.setPen(Qt.PenStyle.NoPen)
    for i, value in enumerate(bars[1]):
        h = plot.height() * value / top_value
        bar = QRectF(plot.left() + slot * (i + 0.2), plot.bottom() - h, slot * 0.6, h)
        painter.fillRect(bar, bars[2])
        painter.setPen(TEXT)
        painter.drawText(QRectF(bar.left() - slot * 0.2, bar.top() - line_h, slot, line_h),
                         Qt.AlignmentFlag.AlignCenter, str(value))
        painter.setPen(Qt.PenStyle.NoPen)
    for _name, values, color in lines:
        pen = QPen(color, max(1.5, line_h / 7))
        painter.setPen(pen)
        points = [QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - plot.height() * v /
                          top_value) for i, v in enumerate(values)]
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(color)
        for p in points:
            painter.drawEllipse(p, line_h / 5, line_h / 5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(TEXT)
    for i, label in enumerate(labels):
        painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + line_h * 0.2, slot,
                                line_h), Qt.AlignmentFlag.AlignCenter, label)
    legend = [(bars[0], bars[2], True)] + [(name, color, False) for name, _v, color in lines]
    _legend(painter, QRectF(area.left(), area.bottom() - legend_h, area.width(), legend_h),
            legend)
    painter.restore()


def paint_hbars(painter: QPainter, rect: QRectF, title: str,
                items: Sequence[tuple[str, int, QColor]], empty_text: str) -> None:
    """Horizontal bars with their label on the left and the value at the bar's end."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = paint_title(painter, rect, title)
    fm = painter.fontMetrics()
    if not items:
        painter.setPen(GREY)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return
    label_w = min(area.width() * 0.45,
                  max(fm.horizontalAdvance(label) for label, _, _ in items) + fm.height() * 0.5)
    value_w = fm.horizontalAdvance("0000") + fm.height() * 0.3
    row_h = min(area.height() / len(items), fm.height() * 1.8)
    top_value = max(1, *(v for _, v, _ in items))
    for i, (label, value, color) in enumerate(items):
        row = QRectF(area.left(), area.top() + row_h * i, area.width(), row_h)
        painter.setPen(TEXT)
        text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - fm.height() * 0.4))
        painter.drawText(QRectF(row.left(), row.top(), label_w - fm.height() * 0.4, row_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        span = row.width() - label_w - value_w
        bar = QRectF(row.left() + label_w, row.top() + row_h * 0.2,
                     max(1.0, span * value / top_value) if value else 0, row_h * 0.6)
        painter.fillRect(bar, color)
        painter.drawText(QRectF(bar.right() + fm.height() * 0.2, row.top(), value_w, row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value))
    painter.restore()


def nice_scale(value: int) -> tuple[int, int]:
    """A round axis top above ``value`` (room for the bar labels) and its number of steps."""
    for magnitude in (1, 10, 100, 1_000, 10_000, 100_000, 1_000_000):
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            steps = max(1, -(-int(value * 1.1 + 0.999) // step))
            if steps <= 6:
                return steps * step, steps
    return value, 1


def _grid(painter: QPainter, plot: QRectF, top_value: int, steps: int) -> None:
    fm = painter.fontMetrics()
    painter.setPen(QPen(AXIS, 0))
    for k in range(steps + 1):
        y = plot.bottom() - plot.height() * k / steps
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        value = round(top_value * k / steps)
        painter.drawText(QRectF(plot.left() - fm.height() * 4, y - fm.height() / 2,
                                fm.height() * 3.7, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))


def _legend(painter: QPainter, rect: QRectF, entries: Sequence[tuple[str, QColor, bool]]) -> None:
    fm = painter.fontMetrics()
    x = rect.left()
    box = fm.height() * 0.7
    for name, color, is_bar in entries:
        y = rect.center().y()
        if is_bar:
            painter.fillRect(QRectF(x, y - box / 2, box, box), color)
        else:
            painter.setPen(QPen(color, max(1.5, fm.height() / 7)))
            painter.drawLine(QPointF(x, y), QPointF(x + box, y))
        painter.setPen(TEXT)
        painter.drawText(QPointF(x + box * 1.4, y + fm.ascent() / 2 - 1), name)
        x += box * 1.4 + fm.horizontalAdvance(name) + fm.height() * 1.2


class ChartWidget(QWidget):
    """A widget that shows one chart: a monthly trend or a list of horizontal bars.

    Call :meth:`show_trend` or :meth:`show_bars`; the widget repaints with the same functions
    the PDF report uses.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._kind = "empty"
        self._trend: tuple[Sequence[str], TrendSeries, Sequence[TrendSeries]] | None = None
        self._bars: Sequence[tuple[str, int, QColor]] = ()
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A comfortable default size."""
        return QSize(420, 240)

    def show_trend(self, labels: Sequence[str], bars: TrendSeries,
                   lines: Sequence[TrendSeries]) -> None:
        """Show a monthly trend."""
        self._kind, self._trend = "trend", (labels, bars, lines)
        self.update()

    def show_bars(self, items: Sequence[tuple[str, int, QColor]]) -> None:
        """Show horizontal bars (label, value, colour)."""
        self._kind, self._bars = "bars", list(items)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint the chart on a white card."""
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(8, 6, -8, -6)
        painter.fillRect(self.rect(), theme.paper("paper"))
        if self._kind == "trend" and self._trend is not None:
            paint_trend(painter, rect, self.title, *self._trend)
        else:
            paint_hbars(painter, rect, self.title, self._bars,
                        tr("ChartWidget", "Tidak ada data"))
        painter.end()


# --- chart data from a report (shared by the dashboard and the PDF) ----------------------------


def trend_data(report: MonthlyReport) -> tuple[list[str], TrendSeries, list[TrendSeries]]:
    """Labels, the received bars and the followed-up / finished lines of the trend."""
    labels = [month_label(p.period) for p in report.trend]
    bars = (tr("ChartWidget", "Diterima"), [p.received for p in report.trend], BLUE)
    lines = [(tr("ChartWidget", "Ditindaklanjuti"), [p.followed_up for p in report.trend],
              ORANGE),
             (tr("ChartWidget", "Selesai"), [p.finished for p in report.trend], GREEN)]
    return labels, bars, lines


_STATUS_COLORS = {Status.TERDISPOSISI: RED, Status.DITINDAKLANJUTI: ORANGE,
                  Status.DITANGGAPI_PELAPOR: BLUE, Status.SELESAI: GREEN,
                  Status.DIKEMBALIKAN: GREY, Status.ARSIP: GREY}


def status_items(report: MonthlyReport) -> list[tuple[str, int, QColor]]:
    """One bar per server status."""
    return [(tr("Status", STATUS_LABELS[s]), n, _STATUS_COLORS[s])
            for s, n in report.by_status.items()]


def overdue_category_items(report: MonthlyReport, limit: int = 8) -> list[tuple[str, int, QColor]]:
    """Overdue complaints per category, largest first."""
    return [(label, n, RED) for label, n in report.overdue_by_category[:limit]]
