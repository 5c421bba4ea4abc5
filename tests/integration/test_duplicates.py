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


def test_unlink_reaches_the_server_once(demo, tmp_path):
    server, db = demo
    p = _profile(tmp_path, server, "kota-batam")
    try:
        store, dupes = p.store, p.bench.duplicates
        a, b = (store.complaints.get_by_tracking_id(t)
                for t in repeat_clusters()["kota-batam"][1][:2])
        dupes.link(a.id, [b.id])
        assert p.bench.sync().failures == []
        pair = (min(a.id, b.id), max(a.id, b.id))

        def server_links() -> int:
            with db.read() as s:
                return s.execute(select(func.count(m.ComplaintLink.id)).where(
                    m.ComplaintLink.low_id == pair[0],
                    m.ComplaintLink.high_id == pair[1])).scalar_one()

        assert server_links() == 1
        op = dupes.unlink(b.id, a.id)
        assert op.value is not None and op.changes.outbox
        assert store.duplicates.linked(a.id) == set()
        # Unlinking again changes nothing and queues nothing.
        assert dupes.unlink(a.id, b.id).value is None
        assert p.bench.sync().failures == []
        assert store.outbox.get(op.value).state is OutboxState.ACCEPTED
        p.bench.sync()
        assert server_links() == 0
        with db.read() as s:
            notes = s.execute(select(m.Event.text).join(m.Complaint).where(
                m.Complaint.id.in_(pair), m.Event.kind == EventKind.INTERNAL_NOTE.value,
                m.Event.text.like("Tidak lagi terkait%"))).scalars().all()
            actions = s.execute(select(func.count(m.Action.id)).where(
                m.Action.idempotency_key == op.value)).scalar_one()
        # One note on each side (the anchor's own and the other's), from one action.
        assert sorted(notes) == sorted([f"Tidak lagi terkait dengan #{a.tracking_id}",
                                        f"Tidak lagi terkait dengan #{b.tracking_id}"])
        assert actions == 1
        assert dupes.find(a.id).linked == []
    finally:
        p.close()


def test_server_removes_a_link_once_through_the_batch_route(demo):
    server, db = demo
    with db.read() as s:
        rows = s.execute(
            select(m.Complaint.id, m.Complaint.tracking_id, m.Complaint.revision).where(
                m.Complaint.agency_id == "kota-batam", m.Complaint.status == "terdisposisi")
            .order_by(m.Complaint.id.desc()).limit(3)).all()
    (mine, _t, revision), (_o, other, _r), (_x, third, _r2) = rows
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + session.post(
        f"{server.url}/api/v1/auth/login", json={"username": "demo.kota-batam",
                                                 "password": DEMO_PASSWORD}).json()["token"]

    def note(key: str, **fields) -> dict:
        return {"action_id": key, "complaint_id": mine, "action": {
            "kind": "internal_note", "base_revision": revision, "text": "Catatan", **fields}}

    def links() -> set[frozenset[int]]:
        with db.read() as s:
            return {frozenset(r) for r in s.execute(
                select(m.ComplaintLink.low_id, m.ComplaintLink.high_id).where(
                    m.ComplaintLink.agency_id == "kota-batam"))}

    def batch(*items) -> list[dict]:
        r = session.post(f"{server.url}/api/v1/actions/batch", json={"actions": list(items)})
        assert r.status_code == 200, r.text
        return r.json()["results"]

    before = links()
    link_key, unlink_key = (f"5d1f0c9e-1111-4c43-9a0e-3c1f6b2a9d0{i}" for i in (1, 2))
    assert [r["status"] for r in batch(note(link_key, related=[other]))] == [201]
    added = links() - before
    assert len(added) == 1
    first = batch(note(unlink_key, unrelated=[other]))
    assert [r["status"] for r in first] == [201]
    assert links() == before
    # A replay (the reply was lost) returns the stored receipt and removes nothing more.
    again = batch(note(unlink_key, unrelated=[other]))
    assert again[0]["receipt"] == first[0]["receipt"]
    with db.read() as s:
        other_notes = s.execute(select(func.count(m.Event.id)).join(m.Complaint).where(
            m.Complaint.tracking_id == other,
            m.Event.text == f"Tidak lagi terkait dengan #{rows[0][1]}")).scalar_one()
    assert other_notes == 1
    # A pair never linked: accepted as a note, no link touched.
    assert [r["status"] for r in batch(note("5d1f0c9e-1111-4c43-9a0e-3c1f6b2a9d03",
                                            unrelated=[third]))] == [201]
    assert links() == before
    with db.read() as s:
        foreign = s.execute(select(m.Complaint.tracking_id).where(
            m.Complaint.agency_id == "kepri-dishub").limit(1)).scalar_one()
    # The request itself is invalid (422 for the whole request): linking and unlinking one
    # complaint at once, or unrelated outside an internal note.
    for i, action in enumerate((
            note("", related=[other], unrelated=[other])["action"],
            {"kind": "follow_up", "base_revision": revision, "unrelated": [other],
             "text": "Tindak lanjut yang cukup panjang untuk diterima."})):
        r = session.post(f"{server.url}/api/v1/complaints/{mine}/actions", json=action,
                         headers={"Idempotency-Key": f"5d1f0c9e-1111-4c43-9a0e-3c1f6b2a9d1{i}"})
        assert r.status_code == 422 and r.json()["fields"][0]["loc"][-1] == "unrelated"
    # A complaint of another agency: that action alone is refused.
    refused = batch(note("5d1f0c9e-1111-4c43-9a0e-3c1f6b2a9d06", unrelated=[foreign]))
    assert [r["status"] for r in refused] == [422]
    assert refused[0]["error"]["error"] == "related_not_found"
    assert refused[0]["error"]["fields"][0]["loc"] == ["body", "unrelated", 0]
    assert links() == before
