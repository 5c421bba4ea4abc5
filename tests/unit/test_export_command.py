"""``lapor-desktop export`` in a real subprocess: XLSX/CSV without Qt, PDF with pdftotext.

The PDF check needs ``pdftotext`` and ``pdfinfo`` (Debian/Ubuntu package ``poppler-utils``).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import openpyxl
import pytest

from lapor_desktop.store import open_store
from lapor_desktop.store.profile import database_path
from tests.unit.reports.seeding import AGENCY, MARKER, REPORTER, seed_store


@pytest.fixture
def profile(tmp_path):
    folder = tmp_path / "profil"
    folder.mkdir()
    with open_store(database_path(folder)) as store:
        seed_store(store)
    return folder


def _export(profile, fmt, out, *extra, block_qt=False):
    code = ("import sys\n"
            + ("sys.modules['PySide6'] = None\n" if block_qt else "")
            + "from lapor_desktop.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    return subprocess.run(
        [sys.executable, "-c", code, "--profile", str(profile), "export", "--format", fmt,
         "--period", "2026-11", "--out", str(out), *extra],
        capture_output=True, text=True, timeout=120)


def test_xlsx_and_csv_export_without_qt(profile, tmp_path):
    result = _export(profile, "xlsx", tmp_path / "l.xlsx", block_qt=True)
    assert result.returncode == 0, result.stderr
    assert "November 2026" in result.stdout
    assert openpyxl.load_workbook(tmp_path / "l.xlsx").sheetnames == ["Indikator", "Laporan"]
    result = _export(profile, "csv", tmp_path / "l.csv", block_qt=True)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "l.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) > 10


def test_bad_period_is_refused(profile, tmp_path):
    result = _export(profile, "csv", tmp_path / "x.csv")
    assert result.returncode == 0
    bad = subprocess.run([sys.executable, "-m", "lapor_desktop", "--profile", str(profile),
                          "export", "--format", "csv", "--period", "November",
                          "--out", str(tmp_path / "y.csv")], capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 1 and "Periode tidak valid" in bad.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_export_has_pages_text_and_no_private_data(profile, tmp_path):
    out = tmp_path / "laporan.pdf"
    result = _export(profile, "pdf", out, "--jabatan", "Kepala Dinas", "--nama",
                     "Ahmad Yani", "--nip", "197001011990031001")
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines()
                     if line.startswith("Pages:")))
    assert 2 <= pages <= 4
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True).stdout
    for expected in ("LAPORAN PENGELOLAAN PENGADUAN", AGENCY.split()[0], "November 2026",
                     "Ditindaklanjuti", "Tren bulanan", "Daftar laporan terlambat",
                     "Mengetahui,", "Kepala Dinas", "Ahmad Yani", "NIP 197001011990031001",
                     "laporan rahasia"):
        assert expected in text, expected
    assert MARKER not in text and REPORTER not in text
    assert MARKER.encode() not in out.read_bytes()
