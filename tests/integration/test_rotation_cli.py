"""Officer rotation in real processes on one PC, against the real server with the demo seed.

Officer A (demo.kota-batam) drafts two follow-ups, queues one without syncing, writes handover
notes, and writes the package and the Berita Acara (PDF); officer B (demo.kota-batam2) makes a
profile of their own on the same PC, imports the package, finds both drafts as theirs with the
notes, and sends them: the server holds each follow-up exactly once, sent by B. A's profile
stays closed to B, a tampered package is refused, and the PDF lists every open complaint of A
with its deadline.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from lapor_desktop.reports.period import MONTHS_ID
from lapor_desktop.server import models as m
from lapor_desktop.server import seed
from lapor_desktop.server.db import Database
from lapor_desktop.server.testing import LiveServer
from lapor_desktop.workbench import profiles
from tests.integration.test_cli import run_cli

pytestmark = [pytest.mark.timeout(300),
              pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")]

A_USER, B_USER = "demo.kota-batam", "demo.kota-batam2"
A_PROFILE_PASSWORD, B_PROFILE_PASSWORD = "sandi-profil-raja", "sandi-profil-rina"
HANDOVER_PASSWORD = "serah-terima-batam-2026"
DRAFT_TEXT = ("Tindak lanjut: petugas Dinas Perhubungan Kota Batam memeriksa lampu lalu lintas "
              "pada 3 Desember 2026. Kontak: 0778-470123.")
QUEUED_TEXT = ("Tindak lanjut: saluran air di lokasi dibersihkan Dinas Bina Marga pada 4 Desember "
               "2026. Kontak: 0778-470456.")


def as_officer(profile_password: str, *args: str):
    return run_cli(*args, password=seed.DEMO_PASSWORD,
                   env_extra={"LAPOR_PROFILE_PASSWORD": profile_password,
                              "LAPOR_HANDOVER_PASSWORD": HANDOVER_PASSWORD})


def ok(result):
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def deadline_words(iso: str) -> str:
    local = dt.datetime.fromisoformat(iso).astimezone(ZoneInfo("Asia/Jakarta"))
    return f"{local.day} {MONTHS_ID[local.month - 1]} {local.year} {local:%H.%M} WIB"


@pytest.fixture
def demo(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    seed.seed_demo(url, complaints=120)
    with LiveServer(url) as live:
        db = Database(url)
        yield live, db
        db.dispose()


def test_rotation_on_one_pc_in_real_processes(tmp_path, demo):
    live, db = demo
    a_dir, b_dir = str(tmp_path / "profil-raja"), str(tmp_path / "profil-rina")
    package, pdf = tmp_path / "serah.serahterima", tmp_path / "bast.pdf"

    # --- officer A ----------------------------------------------------------------------
    ok(as_officer(A_PROFILE_PASSWORD, "--profile", a_dir, "login", "--server", live.url,
                  "--user", A_USER))
    ok(as_officer(A_PROFILE_PASSWORD, "--profile", a_dir, "sync"))
    plan = json.loads(ok(as_officer(A_PROFILE_PASSWORD, "handover", "plan", "--json",
                                    "--profile", a_dir)).stdout)
    waiting = [c for c in plan["complaints"] if c["status"] == "terdisposisi"]
    assert len(plan["complaints"]) >= 3 and len(waiting) >= 2
    first, second = waiting[0]["tracking_id"], waiting[1]["tracking_id"]
    child = subprocess.run([sys.executable, "-m", "tests.integration.handover_child", a_dir,
                            first, DRAFT_TEXT], capture_output=True, text=True, timeout=60,
                           env={**os.environ, "LAPOR_PROFILE_PASSWORD": A_PROFILE_PASSWORD})
    assert child.returncode == 0, child.stderr
    text_file = tmp_path / "tl.txt"
    text_file.write_text(QUEUED_TEXT, encoding="utf-8")
    ok(as_officer(A_PROFILE_PASSWORD, "reply", second, "--file", str(text_file),
                  "--profile", a_dir))  # queued; A never syncs it
    ok(as_officer(A_PROFILE_PASSWORD, "handover", "note", first, "--text",
                  "Pelapor minta dihubungi sore hari.", "--profile", a_dir))
    ok(as_officer(A_PROFILE_PASSWORD, "handover", "note", second, "--text",
                  "Bina Marga sudah setuju jadwalnya.", "--profile", a_dir))
    ok(as_officer(A_PROFILE_PASSWORD, "handover", "export", "--out", str(package),
                  "--to", "Rina Marpaung, S.Kom.", "--pejabat", "Ir. Yusfa Hendri, M.T.",
                  "--pdf", str(pdf), "--profile", a_dir))
    status_a = json.loads(ok(as_officer(A_PROFILE_PASSWORD, "status", "--json",
                                        "--profile", a_dir)).stdout)
    assert status_a["outbox"]["queued"] == 0 and status_a["outbox"]["handed_over"] == 1

    # The record lists every open complaint of A with its deadline, one row each.
    text = unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
        check=True).stdout)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for c in plan["complaints"]:
        row = next(line for line in lines if f"#{c['tracking_id']}" in line)
        assert deadline_words(c["deadline"]) in row, row

    # One flipped byte: refused, nothing imported.
    tampered = tmp_path / "rusak.serahterima"
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x20
    tampered.write_bytes(bytes(data))

    # --- officer B, same PC, own profile ------------------------------------------------------
    ok(as_officer(B_PROFILE_PASSWORD, "--profile", b_dir, "login", "--server", live.url,
                  "--user", B_USER))
    ok(as_officer(B_PROFILE_PASSWORD, "--profile", b_dir, "sync"))
    refused = as_officer(B_PROFILE_PASSWORD, "handover", "import", str(tampered),
                         "--profile", b_dir)
    assert refused.returncode == 1 and "diubah" in refused.stderr
    assert json.loads(ok(as_officer(B_PROFILE_PASSWORD, "handover", "list", "--json",
                                    "--profile", b_dir)).stdout) == []
    ok(as_officer(B_PROFILE_PASSWORD, "handover", "import", str(package), "--profile", b_dir))
    handed = json.loads(ok(as_officer(B_PROFILE_PASSWORD, "handover", "list", "--json",
                                      "--profile", b_dir)).stdout)
    notes = {r["tracking_id"]: r["note"] for r in handed}
    assert notes[first] == "Pelapor minta dihubungi sore hari."
    assert notes[second] == "Bina Marga sudah setuju jadwalnya."
    deadlines = [r["deadline"] for r in handed if r["deadline"]]
    assert deadlines == sorted(deadlines)  # soonest first
    assert {r["tracking_id"]: r["drafts"] for r in handed}[first] == 1
    ok(as_officer(B_PROFILE_PASSWORD, "handover", "send", "--profile", b_dir))
    ok(as_officer(B_PROFILE_PASSWORD, "sync", "--profile", b_dir))
    ok(as_officer(B_PROFILE_PASSWORD, "sync", "--profile", b_dir))
    ok(as_officer(A_PROFILE_PASSWORD, "sync", "--profile", a_dir))  # A sends nothing

    with db.read() as s:
        sent = s.execute(select(m.Event.text, m.Event.actor).where(
            m.Event.kind == "follow_up", m.Event.text.in_([DRAFT_TEXT, QUEUED_TEXT]))).all()
        senders = set(s.scalars(select(m.Officer.username).join(
            m.Action, m.Action.officer_id == m.Officer.id).join(
            m.Complaint, m.Complaint.id == m.Action.complaint_id).where(
            m.Complaint.tracking_id.in_([first, second]))))
        b_name, a_name = (s.execute(select(m.Officer.display_name)
                                    .where(m.Officer.username == user)).scalar_one()
                          for user in (B_USER, A_USER))
    assert sorted(t for t, _ in sent) == sorted([DRAFT_TEXT, QUEUED_TEXT])  # each exactly once
    assert {actor for _, actor in sent} == {b_name}
    assert senders == {B_USER}

    # The chooser on this PC lists both officers from their cards alone.
    cards = profiles.list_profiles(tmp_path)
    assert {(c.name, c.agency) for c in cards} == {(b_name, "Pemerintah Kota Batam"),
                                                   (a_name, "Pemerintah Kota Batam")}

    # A's profile is A's: B's password does not open it, and nothing in it is plain text.
    peek = as_officer(B_PROFILE_PASSWORD, "status", "--profile", a_dir)
    assert peek.returncode != 0 and "salah" in (peek.stderr + peek.stdout).lower()
    assert stat.S_IMODE(os.stat(a_dir).st_mode) == 0o700
    for path in (tmp_path / "profil-raja").rglob("*"):
        if path.is_file():
            assert b"Pelapor minta dihubungi" not in path.read_bytes(), path
            assert DRAFT_TEXT[:40].encode() not in path.read_bytes(), path


def test_the_agency_admin_closes_the_predecessors_account(tmp_path, demo):
    live, _db = demo
    a_dir, admin_dir = str(tmp_path / "raja"), str(tmp_path / "pejabat")
    ok(as_officer(A_PROFILE_PASSWORD, "--profile", a_dir, "login", "--server", live.url,
                  "--user", A_USER))
    ok(as_officer(A_PROFILE_PASSWORD, "--profile", a_dir, "sync"))
    b_login = as_officer(B_PROFILE_PASSWORD, "--profile", str(tmp_path / "rina"), "login",
                         "--server", live.url, "--user", B_USER)
    assert b_login.returncode == 0, b_login.stderr
    not_admin = as_officer(B_PROFILE_PASSWORD, "handover", "deactivate", A_USER, "--reason",
                           "Mutasi", "--profile", str(tmp_path / "rina"))
    assert not_admin.returncode == 1 and "pejabat" in not_admin.stderr.lower()
    ok(as_officer("sandi-profil-pejabat", "--profile", admin_dir, "login", "--server", live.url,
                  "--user", "pejabat.kota-batam"))
    done = ok(as_officer("sandi-profil-pejabat", "handover", "deactivate", A_USER, "--reason",
                         "Mutasi ke Dinas PU", "--profile", admin_dir))
    assert "dinonaktifkan" in done.stdout
    # A's saved token is revoked and the password no longer logs in: sync says "log in" (4).
    assert as_officer(A_PROFILE_PASSWORD, "--profile", a_dir, "sync").returncode == 4
