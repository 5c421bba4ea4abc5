"""Seed data distribution, bulk seeding, the OpenAPI file, and the server as a subprocess."""

from __future__ import annotations

import requests
from sqlalchemy import select

from lapor_desktop.core.models import Classification, Status
from lapor_desktop.server import models as m
from lapor_desktop.server import seed
from lapor_desktop.server.cli import OPENAPI_PATH, openapi_text
from lapor_desktop.server.db import Database
from lapor_desktop.server.testing import ServerProcess


def test_seed_demo_distribution(tmp_path):
    url = f"sqlite:///{tmp_path}/demo.db"
    summary = seed.seed_demo(url)
    assert summary.complaints >= 500
    assert set(summary.by_status) == {s.value for s in Status}
    assert set(summary.by_classification) == {c.value for c in Classification}
    assert all(n >= 10 for n in summary.by_status.values())
    assert 0.10 <= summary.anonim / summary.complaints <= 0.20
    assert 0.02 <= summary.rahasia / summary.complaints <= 0.08
    users = {u for u, _, _ in summary.credentials}
    assert {"demo.diskominfo", "demo.pupr", "demo.kab-natuna", "pejabat.diskominfo"} <= users
    # One officer per agency of the province, the pejabat, the guest agency's officer, and the
    # rotation demo's successor and pejabat at Kota Batam.
    rotation = sum(len(v) for v in seed.ROTATION_OFFICERS.values())
    assert len(users) == len(seed.AGENCIES) + 1 + len(seed.GUEST_AGENCIES) + rotation
    assert {"demo.kota-batam2", "pejabat.kota-batam"} <= users
    # The second officer changes nothing seeded: Kota Batam's history names its first officer.
    db = Database(url)
    with db.read() as s:
        first = s.execute(select(m.Officer.display_name)
                          .where(m.Officer.username == "demo.kota-batam")).scalar_one()
        actors = set(s.scalars(select(m.Event.actor).join(m.Complaint)
                               .where(m.Complaint.agency_id == "kota-batam",
                                      m.Event.kind == "follow_up")))
    db.dispose()
    assert actors == {first}
    assert "demo.kota-tarakan" in users
    # Deterministic: the same seed gives the same titles.
    again = seed.seed_demo(f"sqlite:///{tmp_path}/demo2.db", now=None)
    assert again.by_status == summary.by_status


def test_seed_bulk(tmp_path):
    url = f"sqlite:///{tmp_path}/bulk.db"
    assert seed.seed_bulk(url, 2000) == 2000
    db = Database(url)
    summary = seed.summarize(db)
    db.dispose()
    assert summary.complaints == 2000


def test_openapi_file_matches_code():
    assert OPENAPI_PATH.read_text(encoding="utf-8") == openapi_text(), (
        "resources/api/openapi.json is stale: run "
        "python -m lapor_desktop.server.cli openapi")


def test_server_subprocess_kill_and_restart(tmp_path):
    url = f"sqlite:///{tmp_path}/proc.db"
    proc = ServerProcess(url).start()
    try:
        first = proc.url
        assert requests.get(f"{first}/api/v1/health").status_code == 200
        proc.kill()
        proc.start()
        assert proc.url == first
        assert requests.get(f"{first}/api/v1/health").status_code == 200
    finally:
        proc.stop()


def test_simulate_bounded_steps(tmp_path, capsys):
    from lapor_desktop.server import simulate

    url = f"sqlite:///{tmp_path}/sim.db"
    assert simulate.run(url, interval=0, steps=5) == 0
    db = Database(url)
    assert seed.summarize(db).complaints == 5
    db.dispose()
    assert "laporan baru" in capsys.readouterr().out


def test_simulate_one_event_on_demand(tmp_path, capsys):
    """``simulate --event``: the events a training lesson needs, one at a time."""
    from lapor_desktop.server.cli import main

    url = f"sqlite:///{tmp_path}/sim.db"
    assert main(["simulate", "--db", url, "--event", "reply", "--agency", "kota-batam"]) == 0
    assert "tidak ada laporan Ditindaklanjuti" in capsys.readouterr().out
    assert main(["simulate", "--db", url, "--event", "outside-remit",
                 "--agency", "kota-batam"]) == 0
    line = capsys.readouterr().out
    assert "-> kota-batam (wewenang: " in line and "kota-batam," not in line
    db = Database(url)
    with db.read() as s:
        (complaint,) = s.query(m.Complaint).all()
        assert complaint.agency_id == "kota-batam" and complaint.status == "terdisposisi"
        cid = complaint.id
    assert main(["simulate", "--db", url, "--event", "close", "--agency", "kota-batam",
                 "--complaint", str(cid)]) == 0
    with db.read() as s:
        assert s.get(m.Complaint, cid).status == "selesai"
    db.dispose()
    assert main(["simulate", "--db", url, "--event", "close"]) == 2  # which agency?
