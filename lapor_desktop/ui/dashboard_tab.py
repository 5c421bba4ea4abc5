"""The leadership dashboard: KemenPANRB indicators of a month, charts, and the export button.

Self-contained: it is given the task manager and a ``load(period) -> MonthlyReport`` function (in
practice :func:`lapor_desktop.reports.monthly.load_report` bound to the store and the clock) and
computes everything on the database worker. The GUI thread only paints the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.reports.indicators import MonthlyReport
from lapor_desktop.reports.monthly import Signatory
from lapor_desktop.reports.period import Period, month_choices
from lapor_desktop.ui import theme
from lapor_desktop.ui.chart_widget import (
    ChartWidget,
    overdue_category_items,
    status_items,
    trend_data,
)
from lapor_desktop.ui.formatting import (
    format_datetime,
    format_decimal,
    format_percent,
    period_label,
)
from lapor_desktop.ui.tasks import TaskManager

LoadReport = Callable[[Period], MonthlyReport]


class FigureCard(QFrame):
    """One big number with its label (e.g. "61,0%" over "% Ditindaklanjuti")."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        theme.themed(self, f"#{name} {{{{ background: {{card_fill}}; "
                           "border: 1px solid {card_border}; border-radius: 6px; }}")
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.themed(self.value, "font-size: 26pt; font-weight: bold;"
                                 " color: {card_value_text}; border: none;")
        self.caption = QLabel(label)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.themed(self.caption, "color: {card_caption_text}; border: none;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, *, alert: bool = False) -> None:
        """Show ``text``; red when ``alert``."""
        self.value.setText(text)
        role = "card_alert_text" if alert else "card_value_text"
        theme.themed(self.value, "font-size: 26pt; font-weight: bold; color: {" + role + "};"
                                 " border: none;")


class DashboardTab(QWidget):
    """Indicators, trend and breakdown charts of the chosen month; "Ekspor…" opens the export
    dialog. Call :meth:`refresh` after a sync."""

    #: A report finished loading and is on screen (the :class:`MonthlyReport`).
    report_loaded = Signal(object)
    #: Loading a report failed (the exception); the window's error bridge may show it.
    load_failed = Signal(object)
    #: A report was exported to this file (training's report lesson listens).
    exported = Signal(object)

    def __init__(self, tasks: TaskManager, load: LoadReport,
                 now: Callable[[], dt.datetime], parent: QWidget | None = None, *,
                 signatory: Callable[[], Signatory] | None = None) -> None:
        super().__init__(parent)
        self._signatory = signatory
        self.setObjectName("dashboardTab")
        self._tasks, self._load, self._now = tasks, load, now
        self._request = 0
        self.report: MonthlyReport | None = None

        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        for month in month_choices(now().date()):
            self.period.addItem(period_label(month), month.key)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("dashboardSync")
        theme.themed(self.sync_label, "color: {muted_text};")
        self.export_button = QPushButton(self.tr("Ekspor…"))
        self.export_button.setObjectName("dashboardExport")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode:")))
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(self.sync_label, 1)
        top.addWidget(self.export_button)

        self.cards = {
            "received": FigureCard(self.tr("Diterima"), "figureReceived"),
            "followed_up": FigureCard(self.tr("% Ditindaklanjuti"), "figureFollowedUp"),
            "finished": FigureCard(self.tr("% Selesai"), "figureFinished"),
            "in_process": FigureCard(self.tr("Dalam proses"), "figureInProcess"),
            "overdue": FigureCard(self.tr("Terlambat"), "figureOverdue"),
        }
        figures = QHBoxLayout()
        for card in self.cards.values():
            figures.addWidget(card)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("dashboardDetail")
        self.detail_label.setWordWrap(True)

        self.trend_chart = ChartWidget(self.tr("Tren bulanan (6 bulan)"))
        self.status_chart = ChartWidget(self.tr("Status laporan"))
        self.overdue_chart = ChartWidget(self.tr("Terlambat per kategori"))
        charts = QGridLayout()
        charts.addWidget(self.trend_chart, 0, 0, 1, 2)
        charts.addWidget(self.status_chart, 1, 0)
        charts.addWidget(self.overdue_chart, 1, 1)
        charts.setRowStretch(0, 3)
        charts.setRowStretch(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(self.detail_label)
        self.signoff_label = QLabel()  # sign-off as its own stage (issue 15)
        self.signoff_label.setObjectName("dashboardSignoff")
        self.signoff_label.setWordWrap(True)
        self.signoff_label.hide()
        layout.addWidget(self.signoff_label)
        layout.addLayout(charts, 1)

        self.period.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.open_export_dialog)

    def selected_period(self) -> Period:
        """The month chosen in the picker."""
        return Period.parse(self.period.currentData())

    def refresh(self) -> None:
        """Recompute the report of the selected month on the database worker."""
        self._request += 1
        request, period = self._request, self.selected_period()
        self._tasks.db(lambda: self._load(period),
                       on_done=lambda report: self._show(request, report),
                       on_error=self.load_failed.emit)

    def _show(self, request: int, report: MonthlyReport) -> None:
        if request != self._request:
            return  # the officer picked another month meanwhile
        self.report = report
        ind = report.indicators
        self.cards["received"].set_value(str(ind.received))
        self.cards["followed_up"].set_value(format_percent(ind.pct_followed_up))
        self.cards["finished"].set_value(format_percent(ind.pct_finished))
        self.cards["in_process"].set_value(str(ind.in_process))
        self.cards["overdue"].set_value(str(ind.overdue), alert=ind.overdue > 0)
        synced = (format_datetime(report.last_sync_at, report.timezone)
                  if report.last_sync_at else self.tr("belum pernah"))
        self.sync_label.setText(self.tr("per sinkronisasi terakhir: {time}").format(time=synced))
        median_fu = _days(ind.median_days_first_follow_up, self.tr("hari kerja"))
        median_done = _days(ind.median_days_completion, self.tr("hari kerja"))
        self.detail_label.setText(self.tr(
            "{fu} ditindaklanjuti dari {n} laporan; {done} selesai. Terlambat TL pertama: "
            "{late_fu}, terlambat penyelesaian: {late_done}. Median ke TL pertama: {m_fu}; "
            "median ke selesai: {m_done}. Termasuk {rahasia} laporan rahasia (hanya dihitung).")
            .format(fu=ind.followed_up, n=ind.received, done=ind.finished,
                    late_fu=ind.overdue_first_follow_up, late_done=ind.overdue_completion,
                    m_fu=median_fu, m_done=median_done, rahasia=ind.rahasia))
        stage = report.signoff
        self.signoff_label.setVisible(stage is not None)
        if stage is not None:
            self.signoff_label.setText(self.tr(
                "Tahap persetujuan pejabat: {n} dikirim, {done} ditinjau, {waiting} masih "
                "menunggu. Median menunggu persetujuan: {median}; terlambat disetujui: {late}.")
                .format(n=stage.submitted, done=stage.reviewed, waiting=stage.waiting,
                        median=_days(stage.median_days_waited, self.tr("hari kerja")),
                        late=stage.overdue))
        self.trend_chart.show_trend(*trend_data(report))
        self.status_chart.show_bars(status_items(report))
        self.overdue_chart.show_bars(overdue_category_items(report))
        self.report_loaded.emit(report)

    def open_export_dialog(self) -> None:
        """Show the export dialog for the selected month."""
        from lapor_desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self._tasks, self._load, self._now, self.selected_period(), self,
                              signatory=self._signatory() if self._signatory else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self.exported)
        dialog.open()


def _days(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    text = format_decimal(value)
    return text.removesuffix(QLocale().decimalPoint() + "0") + f" {unit}"
