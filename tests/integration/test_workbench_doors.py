"""One workbench for every door: the command line opens a profile the way the window does.

Real CLI processes against the real reference server on loopback: every profile that holds server
data is encrypted whatever door made it; a profile is bound to one officer; a second officer gets
a profile of their own with all of their complaints and none of the first one's; the queue and a
complaint can be read headless.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import Classification
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.server.db import Database
from lapor_desktop.server.seed import png_bytes, seed_demo
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.testing import LiveServer
from tests.integration.test_cli import run_cli
from tests.sync_helpers import AGENCY, FOLLOW_UP_TEXT, USER, ClientProfile

pytestmark = pytest.mark.timeout(300)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The training province's server (520 complaints of Kepulauan Riau, plus a WITA guest)."""
    root = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{root / 'server.db'}"
    seed_demo(url)
    with LiveServer(url) as server:
        yield server, Database(url)


def _tracking_ids(db: Database, agency: str) -> set[str]:
    with db.read() as s:
        return set(s.execute(select(m.Complaint.tracking_id)
                             .where(m.Complaint.agency_id == agency)).scalars())


def _cli(*args: str, password: str | None = DEMO_PASSWORD, env_extra=None):
    return run_cli(*args, password=password, env_extra=env_extra)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_second_officer_is_refused_on_a_bound_profile_and_gets_a_profile_of_their_own(
        demo, tmp_path):
    server, db = demo
    batam = tmp_path / "batam"
    assert _cli("--profile", str(batam), "login", "--server", server.url,
                "--user", "demo.kota-batam").returncode == 0
    assert _cli("--profile", str(batam), "sync").returncode == 0
    before = _files(batam)

    refused = _cli("--profile", str(batam), "login", "--server", server.url, "--user", "demo.pupr")
    assert refused.returncode == 1
    assert "Profil ini milik" in refused.stderr and "profil baru" in refused.stderr.lower()
    # Nothing was written: not the settings, not the database (WAL included), not the logs.
    after = _files(batam)
    assert {k: v for k, v in after.items() if not k.startswith("logs/")} == {
        k: v for k, v in before.items() if not k.startswith("logs/")}

    pupr = tmp_path / "pupr"
    assert _cli("--profile", str(pupr), "login", "--server", server.url,
                "--user", "demo.pupr").returncode == 0
    assert _cli("--profile", str(pupr), "sync").returncode == 0
    listed = json.loads(_cli("--profile", str(pupr), "queue", "--limit", "1000",
                             "--json").stdout)
    own = _tracking_ids(db, "kepri-pupr")
    shown = {row["tracking_id"] for row in listed["complaints"]}
    assert listed["total"] == len(own) == 24
    assert shown == own
    assert not shown & _tracking_ids(db, "kota-batam")


def test_queue_and_show_read_what_the_window_shows(demo, tmp_path):
    server, db = demo
    prof = tmp_path / "p"
    assert _cli("--profile", str(prof), "login", "--server", server.url,
                "--user", "demo.kota-tarakan").returncode == 0
    assert _cli("--profile", str(prof), "sync").returncode == 0
    waiting = json.loads(_cli("--profile", str(prof), "queue", "--status", "terdisposisi",
                              "--json").stdout)
    with db.read() as s:
        expected = set(s.execute(select(m.Complaint.tracking_id).where(
            m.Complaint.agency_id == "kota-tarakan",
            m.Complaint.status == "terdisposisi")).scalars())
    assert {r["tracking_id"] for r in waiting["complaints"]} == expected
    assert all(r["status"] == "terdisposisi" and "hari kerja" in r["deadline"]
               for r in waiting["complaints"])

    tracking = sorted(expected)[0]
    shown = _cli("--profile", str(prof), "show", tracking)
    assert shown.returncode == 0, shown.stderr
    with db.read() as s:
        c = s.execute(select(m.Complaint).where(m.Complaint.tracking_id == tracking)).scalar_one()
        title = c.title
    assert f"#{tracking}  {title}" in shown.stdout
    assert " WITA" in shown.stdout  # the history in the agency's own zone
    detail = json.loads(_cli("--profile", str(prof), "show", tracking, "--json").stdout)
    assert detail["title"] == title and detail["events"]
    missing = _cli("--profile", str(prof), "show", "0000000")
    assert missing.returncode == 1 and "tidak ada di profil ini" in missing.stderr


def test_cli_only_profile_holds_no_plaintext(world, tmp_path):
    """login, sync and reply --attach from the command line: no complaint text, reporter field,
    reply text or image bytes in any file of the profile."""
    server, w = world
    marker = f"PENANDA{uuid.uuid4().hex[:10].upper()}"
    with w.db.write() as s:
        data = workflow.NewComplaint(
            tracking_id="C0000001", title=f"Lampu padam {marker}", body=f"Isi {marker} Batam",
            category="Infrastruktur", subcategory="Jalan",
            classification=Classification.PENGADUAN, reporter_name=f"Budi{marker}",
            reporter_phone="081299887766", reporter_email=f"budi{marker.lower()}@contoh.id")
        workflow.dispose_new(s, AGENCY, data, dt.datetime.now(dt.UTC), WorkingCalendar())
    prof = tmp_path / "cli-profil"
    assert _cli("--profile", str(prof), "login", "--server", server.url,
                "--user", USER).returncode == 0
    assert _cli("--profile", str(prof), "sync").returncode == 0
    reply_marker = f"BALASAN{uuid.uuid4().hex[:10].upper()}"
    text = tmp_path / "tl.txt"
    text.write_text(f"{FOLLOW_UP_TEXT} {reply_marker}", encoding="utf-8")
    photo = tmp_path / "bukti.png"
    photo.write_bytes(png_bytes(64, 48, (10, 200, 30), stripe=3))
    r = _cli("--profile", str(prof), "reply", "C0000001", "--file", str(text),
             "--attach", str(photo))
    assert r.returncode == 0, r.stderr

    assert (prof / "vault.json").exists()
    needles = {"complaint text": marker.encode(), "reporter phone": b"081299887766",
               "reply text": reply_marker.encode(), "image": PNG_MAGIC,
               "sqlite header": b"SQLite format 3"}
    leaks = [f"{what} in {name}" for name, data in _files(prof).items()
             for what, needle in needles.items() if needle in data]
    assert leaks == []
    # And the queued reply still goes out, photo included, exactly once.
    assert _cli("--profile", str(prof), "sync").returncode == 0
    assert w.follow_up_texts() == [f"{FOLLOW_UP_TEXT} {reply_marker}"]


def test_a_new_profile_needs_a_password_before_anything_is_written(world, tmp_path):
    server, _w = world
    prof = tmp_path / "tanpa-sandi"
    env = {k: v for k, v in os.environ.items() if k != "LAPOR_PROFILE_PASSWORD"}
    r = run_cli("--profile", str(prof), "login", "--server", server.url, "--user", USER,
                env_base=env)
    assert r.returncode == 1
    assert "LAPOR_PROFILE_PASSWORD" in r.stderr and "Tidak ada yang ditulis" in r.stderr
    assert not prof.exists()


def test_wrong_profile_password_writes_nothing(world, tmp_path):
    server, _w = world
    prof = tmp_path / "p"
    assert _cli("--profile", str(prof), "login", "--server", server.url,
                "--user", USER).returncode == 0
    before = _files(prof)
    r = _cli("--profile", str(prof), "status", env_extra={"LAPOR_PROFILE_PASSWORD": "salah-sandi"})
    assert r.returncode == 1 and "Kata sandi salah" in r.stderr
    assert _files(prof) == before


def test_an_officer_moved_to_another_agency_keeps_nothing_of_the_old_one(world, tmp_path):
    server, w = world
    old = w.dispose(2)
    profile = ClientProfile(tmp_path / "p", server.url)
    try:
        assert profile.bench.sync().pulled == 2
        assert profile.bench.officer().agency_id == AGENCY
        # The national admin moves the officer to the PUPR office, which has its own complaint.
        with w.db.write() as s:
            s.execute(update(m.Officer).where(m.Officer.username == USER)
                      .values(agency_id="kepri-pupr"))
        [new] = w.dispose(1, agency="kepri-pupr")
        report = profile.bench.sync()
        assert report.outcome.name == "DELIVERED"
        assert profile.store.complaints.ids() == {new}
        assert not set(old) & profile.store.complaints.ids()
        assert profile.bench.officer().agency_id == "kepri-pupr"
    finally:
        profile.close()
