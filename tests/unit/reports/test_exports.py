"""XLSX and CSV exports open back with the expected content, and leak nothing private."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from lapor_desktop.reports.export_files import ExportCancelled, write_csv, write_xlsx
from lapor_desktop.reports.monthly import load_report
from lapor_desktop.reports.period import Period
from lapor_desktop.reports.tables import LINE_HEADERS
from tests.unit.reports.seeding import MARKER, NOW, REPORTER


@pytest.fixture
def report(seeded):
    store, _ = seeded
    return load_report(store, Period.parse("2026-11"), NOW)


def _all_text(book) -> str:
    return "\n".join(str(v) for ws in book for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)


def test_xlsx_has_indicator_and_report_sheets(report, tmp_path):
    path = write_xlsx(report, tmp_path / "laporan.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Indikator", "Laporan"]
    values = {row[0]: row[1] for row in book["Indikator"].iter_rows(values_only=True) if row}
    ind = report.indicators
    assert values["Laporan diterima"] == ind.received
    assert values["Selesai"] == ind.finished
    assert values["% Ditindaklanjuti"] == round(ind.pct_followed_up, 1)
    assert values["Terlambat (semua tahap)"] == ind.overdue
    sheet = book["Laporan"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == LINE_HEADERS
    assert len(rows) - 1 == ind.received - ind.rahasia  # rahasia counted, never listed
    assert sheet.freeze_panes == "A2"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["A1"].font.b
    assert sheet.column_dimensions["B"].width == 48
    text = _all_text(book)
    assert MARKER not in text and REPORTER not in text


def test_csv_round_trips_with_bom(report, tmp_path):
    path = write_csv(report, tmp_path / "laporan.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == LINE_HEADERS
    assert [r[0] for r in rows[1:]] == [ln.tracking_id for ln in report.lines]
    assert [r[1] for r in rows[1:]] == [ln.title for ln in report.lines]
    text = raw.decode("utf-8-sig")
    assert MARKER not in text and REPORTER not in text


def test_cancelled_export_leaves_no_file(report, tmp_path):
    folder = tmp_path / "keluar"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        write_xlsx(report, folder / "batal.xlsx", cancelled=lambda: True)
    with pytest.raises(ExportCancelled):
        write_csv(report, folder / "batal.csv", cancelled=lambda: True)
    assert list(folder.iterdir()) == []
