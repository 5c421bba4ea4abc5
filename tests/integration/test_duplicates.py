"""Duplicate and repeat complaints against the real server with the demo seed (issue 16, item 3).

The demo seed holds clusters of repeat reports with known ground truth
(``lapor_desktop/server/seed_repeats.py``); officers of the agencies that have them sync their
profiles, every complaint is queried, and precision and recall over pairs must reach 0.9.
Links travel as an internal note with ``related`` through the outbox, exactly once.
"""

from __future__ import annotations

import datetime as dt

import pytest
import requests
from sqlalchemy import func, select

from lapor_desktop.core.duplicates import Reason
from lapor_desktop.core.models import EventKind
from lapor_desktop.server import models as m
from lapor_desktop.server.db import Database
from lapor_desktop.server.seed import seed_demo, username_for
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.seed_repeats import REPORTERS, repeat_clusters
from lapor_desktop.server.testing import LiveServer
from lapor_desktop.store.outbox import OutboxState
from tests.support.duplicate_eval import Scores, evaluate
from tests.sync_helpers import ClientProfile

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("dupes")
    url = f"sqlite:///{root / 'server.db'}"
    seed_demo(url)
    with LiveServer(url) as server:
        yield server, Database(url)


def _profile(tmp_path, server, agency: str) -> ClientProfile:
    p = ClientProfile(tmp_path / agency, server.url, user=username_for(agency),
                      password=DEMO_PASSWORD)
    assert p.bench.sync().failures == []
    return p


def test_precision_and_recall_on_the_seeded_repeats(demo, tmp_path):
    server, _ = demo
    total = Scores()
    for agency, clusters in sorted(repeat_clusters().items()):
        p = _profile(tmp_path, server, agency)
        try:
            scores, wrong = evaluate(p.bench, clusters)
        finally:
            p.close()
        print(f"{agency}: {scores}; wrong pairs: {wrong}")
        total.add(scores)
    print(f"precision {total.precision:.3f} recall {total.recall:.3f} over {total.queries} "
          "complaints")
    assert total.true_positive >= 15  # the evaluation measured something
    assert total.precision >= 0.9 and total.recall >= 0.9, total


def test_repeats_show_reasons_never_identity(demo, tmp_path):
    server, _ = demo
    p = _profile(tmp_path, server, "kota-batam")
    try:
        store = p.store
        ktp = [store.complaints.get_by_tracking_id(t) for t in repeat_clusters()["kota-batam"][3]]
        assert all(c.rahasia for c in ktp)
        found = p.bench.duplicates.find(ktp[1].id)
        assert [e.tracking_id for e in found.suggested] == [ktp[0].tracking_id]
        assert Reason.SAME_REPORTER in found.suggested[0].reasons
        # What the view gets carries no identity; the keys table holds no phone or e-mail.
        assert not {"name", "phone", "email", "reporter"} & set(
            found.suggested[0].__dataclass_fields__)
        with store.engine.connect() as conn:
            dumped = " ".join(str(v) for row in conn.exec_driver_sql(
                "SELECT * FROM duplicate_keys") for v in row)
        for _name, phone, email in REPORTERS.values():
            assert phone not in dumped and email not in dumped
        # An anonymous report is matched by place and text alone.
        water = [store.complaints.get_by_tracking_id(t)
                 for t in repeat_clusters()["kota-batam"][1]]
        anonim = next(c for c in water if c.anonim)
        listed = p.bench.duplicates.find(anonim.id).suggested
        assert {e.tracking_id for e in listed} == {c.tracking_id for c in water} - {
            anonim.tracking_id}
        assert all(Reason.SAME_REPORTER not in e.reasons for e in listed)
    finally:
        p.close()


def test_link_reaches_the_server_once_and_follow_up_is_reused(demo, tmp_path):
    server, db = demo
    p = _profile(tmp_path, server, "kota-batam")
    try:
        store, dupes = p.store, p.bench.duplicates
        road = [store.complaints.get_by_tracking_id(t)
                for t in repeat_clusters()["kota-batam"][0]]
        newest = road[-1]
        op = dupes.link(newest.id, [c.id for c in road[:-1]])
        assert op.value is not None and newest.id in op.changes.complaints
        assert {c.id for c in road[:-1]} == store.duplicates.linked(newest.id)
        assert [e.id for e in dupes.find(road[0].id).linked] == sorted(
            c.id for c in road[1:])
        # Linking again is a no-op locally; the outbox still holds one link action.
        first = p.bench.sync()
        assert first.failures == [] and store.outbox.get(op.value).state is OutboxState.ACCEPTED
        p.bench.sync()
        with db.read() as s:
            links = s.execute(select(func.count(m.ComplaintLink.id)).where(
                m.ComplaintLink.agency_id == "kota-batam")).scalar_one()
            notes = s.execute(select(m.Event.text).join(m.Complaint).where(
                m.Complaint.tracking_id == road[0].tracking_id,
                m.Event.kind == EventKind.INTERNAL_NOTE.value)).scalars().all()
        assert links == 2
        assert f"Terkait dengan #{newest.tracking_id}" in notes
        # The agency sees the link in the other complaint's history after the next pull.
        assert any(e.text == f"Terkait dengan #{newest.tracking_id}"
                   for e in store.complaints.get(road[0].id).events)

        source = road[0]
        text = dupes.last_follow_up(source.id)
        assert text and f"#{source.tracking_id}" in text
        adapted = dupes.reuse_texts(source.id, text)
        assert set(adapted) == {c.id for c in road[1:]}
        for c in road[1:]:
            assert f"#{c.tracking_id}" in adapted[c.id]
            assert source.tracking_id not in adapted[c.id]
            local = c.submitted_at.astimezone(dt.timezone(dt.timedelta(hours=7)))
            assert f"{local:%d-%m-%Y}" in adapted[c.id]
    finally:
        p.close()


def test_server_refuses_links_outside_the_agency(demo):
    server, db = demo
    with db.read() as s:
        mine_id, revision = s.execute(
            select(m.Complaint.id, m.Complaint.revision).where(
                m.Complaint.agency_id == "kota-batam", m.Complaint.status == "terdisposisi")
            .limit(1)).one()
        other = s.execute(select(m.Complaint.tracking_id).where(
            m.Complaint.agency_id == "kepri-dishub").limit(1)).scalar_one()
    token = requests.post(f"{server.url}/api/v1/auth/login", json={
        "username": "demo.kota-batam", "password": DEMO_PASSWORD}).json()["token"]
    r = requests.post(
        f"{server.url}/api/v1/complaints/{mine_id}/actions",
        headers={"Authorization": f"Bearer {token}",
                 "Idempotency-Key": "0b7e7c4e-8a47-4c43-9a0e-3c1f6b2a9d01"},
        json={"kind": "internal_note", "base_revision": revision, "text": "Terkait",
              "related": [other]})
    assert r.status_code == 422 and r.json()["error"] == "related_not_found"
    r = requests.post(
        f"{server.url}/api/v1/complaints/{mine_id}/actions",
        headers={"Authorization": f"Bearer {token}",
                 "Idempotency-Key": "0b7e7c4e-8a47-4c43-9a0e-3c1f6b2a9d02"},
        json={"kind": "follow_up", "base_revision": revision,
              "text": "Tindak lanjut yang cukup panjang untuk diterima.", "related": [other]})
    assert r.status_code == 422
