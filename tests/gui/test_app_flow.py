"""A new officer's first start, and the next one, in a real app process against a real server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from lapor_desktop.server.seed import seed_demo
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.testing import LiveServer


@pytest.fixture
def demo_server(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed_demo(url)
    with LiveServer(url) as server:
        yield server


def _run(profile, url, user="demo.kota-batam", *extra):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    result = subprocess.run([sys.executable, "-m", "tests.gui.app_flow_child", str(profile), url,
                             user, DEMO_PASSWORD, *extra], env=env, capture_output=True,
                            text=True, timeout=240)
    return result.returncode, result.stdout.split("\n"), result.stderr


def test_first_start_encrypts_connects_logs_in_and_syncs(tmp_path, demo_server):
    profile = tmp_path / "profil"
    code, lines, err = _run(profile, demo_server.url)
    assert code == 0, (lines, err)
    assert lines[:3] == ["UNLOCK create", "SERVER", "LOGIN"]
    assert lines[3].startswith("ROWS ") and int(lines[3].split()[1]) > 0
    # The profile is encrypted from the first start: no complaint text in the database file.
    assert (profile / "vault.json").exists()
    assert b"SQLite format 3" not in (profile / "lapor.db").read_bytes()[:16]

    # Next start: the same password opens it, and although this PC has no keyring the server
    # token was kept in the encrypted profile: no second server login, the queue syncs.
    code, lines, err = _run(profile, demo_server.url)
    assert code == 0, (lines, err)
    assert lines[0] == "UNLOCK open"
    assert lines[1].startswith("ROWS ")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_window_login_of_a_wita_officer_binds_zone_name_and_agency(tmp_path, demo_server):
    """The window's own login saves the officer profile: an agency in WITA sees WITA deadlines,
    ``{petugas}`` is the officer's name, and the PDF report names the agency."""
    pdf = tmp_path / "laporan.pdf"
    code, lines, err = _run(tmp_path / "profil", demo_server.url, "demo.kota-tarakan", str(pdf))
    assert code == 0, (lines, err)
    assert lines[:3] == ["UNLOCK create", "SERVER", "LOGIN"]
    due = next(line for line in lines if line.startswith("DUE "))
    assert due.endswith(" WITA"), due
    text = next(line for line in lines if line.startswith("TEXT "))
    assert "Andi Mappaseng" in text and "(nama petugas)" not in text
    assert "(nama OPD)" not in text
    page = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Pemerintah Kota Tarakan" in page
