"""The dashboard shows the seeded store's indicators, and the export dialog writes a file."""

from __future__ import annotations

import pytest

from lapor_desktop.reports.monthly import Signatory, load_report
from lapor_desktop.reports.period import Period
from lapor_desktop.reports.tables import pct_text
from lapor_desktop.ui.dashboard_tab import DashboardTab
from lapor_desktop.ui.export_dialog import ExportDialog
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Workbench
from tests.unit.reports.seeding import NOW, WIB, seed_store


@pytest.fixture
def dashboard(qtbot, tmp_path):
    bench = Workbench.open(tmp_path, None)  # as every door opens a profile
    store = bench.store
    complaints = seed_store(store)
    tasks = TaskManager()
    tab = DashboardTab(tasks, lambda period: load_report(store, period, NOW), lambda: NOW)
    qtbot.addWidget(tab)
    tab.show()
    yield tab, store, complaints
    tasks.shutdown()
    bench.close()


def _count(complaints, month, predicate=lambda c: True):
    """Complaints disposed in ``month`` of 2026 (WIB) matching ``predicate``: a plain loop."""
    total = 0
    for c in complaints:
        local = c.disposed_at.astimezone(WIB)
        if (local.year, local.month) == (2026, month) and predicate(c):
            total += 1
    return total


def test_dashboard_shows_the_seeded_figures(qtbot, dashboard):
    tab, _store, complaints = dashboard
    with qtbot.waitSignal(tab.report_loaded, timeout=10_000):
        tab.refresh()
    received = _count(complaints, 11)
    finished = _count(complaints, 11, lambda c: c.status.value == "selesai")
    followed = _count(complaints, 11,
                      lambda c: any(e.kind.value == "follow_up" for e in c.events))
    assert tab.cards["received"].value.text() == str(received)
    assert tab.cards["finished"].value.text() == pct_text(100 * finished / received)
    assert tab.cards["followed_up"].value.text() == pct_text(100 * followed / received)
    assert tab.cards["overdue"].value.text() == str(tab.report.indicators.overdue)
    assert "08.15 WIB" in tab.sync_label.text()
    assert tab.sync_label.text().startswith("per sinkronisasi terakhir:")

    october = tab.period.findData("2026-10")
    with qtbot.waitSignal(tab.report_loaded, timeout=10_000):
        tab.period.setCurrentIndex(october)
    assert tab.cards["received"].value.text() == str(_count(complaints, 10))
    assert tab.report.period == Period.parse("2026-10")


def test_export_dialog_writes_on_the_worker(qtbot, dashboard, tmp_path):
    tab, store, _ = dashboard
    dialog = ExportDialog(tab._tasks, lambda p: load_report(store, p, NOW), lambda: NOW,
                          Period.parse("2026-11"))
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    target = tmp_path / "keluar.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        dialog.start()
    assert blocker.args == [target]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert str(target) in dialog.message.text()


def test_export_dialog_starts_with_the_official_from_settings(qtbot, dashboard):
    tab, store, _ = dashboard
    official = Signatory("Kepala Dinas", "Drs. H. Hasan Basri", "196801011990031001")
    dialog = ExportDialog(tab._tasks, lambda p: load_report(store, p, NOW), lambda: NOW,
                          Period.parse("2026-11"), signatory=official)
    qtbot.addWidget(dialog)
    assert (dialog.position.text(), dialog.name.text(), dialog.nip.text()) == (
        "Kepala Dinas", "Drs. H. Hasan Basri", "196801011990031001")


def test_numbers_follow_the_language(qtbot, qapp, dashboard):
    """Issue 21: the English UI showed "68,4%"; numbers are formatted by the UI's locale."""
    from lapor_desktop.ui.i18n import install_translator

    tab, _store, _complaints = dashboard
    translator = install_translator(qapp, "en")
    try:
        with qtbot.waitSignal(tab.report_loaded, timeout=10_000):
            tab.refresh()
        ind = tab.report.indicators
        assert tab.cards["finished"].value.text() == f"{ind.pct_finished:.1f}%"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        install_translator(qapp, "id")
    with qtbot.waitSignal(tab.report_loaded, timeout=10_000):
        tab.refresh()
    assert tab.cards["finished"].value.text() == pct_text(ind.pct_finished)


def test_english_shows_english_months_times_and_numbers_and_so_does_the_pdf(
        qtbot, qapp, dashboard, tmp_path):
    """Issue 21: the English UI showed "Agu", "Okt", "68,4%", "11.55 WIB". One formatter
    (ui/formatting.py, QLocale of the UI language) for the dashboard, its charts and the PDF;
    every time in the agency's zone with its label."""
    import datetime as dt
    import subprocess

    from lapor_desktop.core.models import TimeZone
    from lapor_desktop.ui.chart_widget import trend_data
    from lapor_desktop.ui.formatting import format_datetime, period_label
    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.pdf_report import write_pdf

    tab, store, _complaints = dashboard
    instant = dt.datetime(2026, 8, 3, 4, 55, tzinfo=dt.UTC)
    assert format_datetime(instant, TimeZone.WIB) == "3 Agustus 2026 11.55 WIB"
    translator = install_translator(qapp, "en")
    try:
        assert format_datetime(instant, TimeZone.WIB) == "3 August 2026 11:55 WIB"
        assert format_datetime(instant, TimeZone.WITA) == "3 August 2026 12:55 WITA"
        with qtbot.waitSignal(tab.report_loaded, timeout=10_000):
            tab.refresh()
        assert "08:15 WIB" in tab.sync_label.text()
        labels = trend_data(tab.report)[0]
        assert "Aug 26" in labels and "Oct 26" in labels
        assert period_label(Period.parse("2026-08")) == "August 2026"
        pdf = write_pdf(load_report(store, Period.parse("2026-11"), NOW), tmp_path / "en.pdf",
                        signatory=Signatory("Kepala Dinas", "Hasan", ""))
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        install_translator(qapp, "id")
    assert "November 2026" in text and "WIB" in text
    for indonesian in (" Agu ", " Okt ", " Des ", "Tindak lanjut pertama", "belum pernah",
                       "laporan rahasia dihitung"):
        assert indonesian not in text
    ind = tab.report.indicators
    assert f"{ind.pct_finished:.1f}%" in text
    assert "," + f"{ind.pct_finished:.1f}%".split(".")[1] not in text
