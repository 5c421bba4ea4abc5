"""The Berita Acara Serah Terima as PDF (read back with pdftotext) and XLSX."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from openpyxl import load_workbook

from lapor_desktop.reports.handover_report import deadline_text, write_handover_report
from lapor_desktop.workbench.handover_report import report_from_package
from tests.integration.test_handover import handed, world  # noqa: F401 - fixtures

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _words(text: str) -> str:
    # NFKC: pdftotext gives ligatures ("ﬂ") for some letter pairs.
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_lists_every_open_complaint_with_its_deadline(tmp_path, handed):  # noqa: F811
    from lapor_desktop.ui.handover_pdf import write_handover_pdf
    from lapor_desktop.ui.pdf_report import offscreen_app

    _w, _ids, a, _b, _package, result = handed
    app = offscreen_app()
    report = report_from_package(result.package)
    out = write_handover_report(report, "pdf", tmp_path / "bast.pdf",
                                pdf_writer=write_handover_pdf)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = _words(text)
    assert "BERITA ACARA SERAH TERIMA" in flat
    assert a.bench.officer().display_name in flat and "Rina Marpaung" in flat
    open_complaints = a.bench.handover.plan().complaints
    assert len(open_complaints) == len(result.package.complaints) >= 3
    rows = [_words(r) for r in text.splitlines()]
    for line in open_complaints:
        # Each complaint's row names its tracking id and its whole deadline, on one line.
        row = next(r for r in rows if f"#{line.complaint.tracking_id}" in r)
        assert deadline_text(report, line.deadline) in row, row
    assert "Pejabat Penghubung" in flat and "PIHAK KEDUA" in flat
    assert "Diserahkan" in flat  # the unsent work section
    del app


def test_xlsx_has_the_same_complaints_and_work(tmp_path, handed):  # noqa: F811
    _w, _ids, _a, _b, _package, result = handed
    report = report_from_package(result.package)
    out = write_handover_report(report, "xlsx", tmp_path / "bast.xlsx")
    book = load_workbook(out)
    rows = list(book["Pengaduan"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == [f"#{c.snapshot.tracking_id}"
                                    for c in result.package.complaints]
    assert all(r[4] == deadline_text(report, c.deadline)
               for r, c in zip(rows, result.package.complaints, strict=True))
    work = list(book["Pekerjaan"].iter_rows(min_row=2, values_only=True))
    assert len(work) == 2 and {w[4] for w in work} == {"Diserahkan"}
    assert "Rina Marpaung, S.Kom." in [c.value for c in book["Berita Acara"]["B"]]
