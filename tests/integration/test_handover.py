"""Serah terima through the workbench against the real reference server: officer A hands over to
officer B of the same agency; every bad package is refused with nothing imported."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lapor_desktop.core.models import ActionKind
from lapor_desktop.security.handover_seal import (
    MAGIC,
    NotAPackageError,
    PackageTooNewError,
    TamperedPackageError,
    WrongAgencyError,
    WrongHandoverPasswordError,
)
from lapor_desktop.security.keys import TEST_PARAMS
from lapor_desktop.server import models as m
from lapor_desktop.store import DraftState, OutboxState
from lapor_desktop.sync.outbox import ActionInput
from lapor_desktop.sync.report import Outcome
from lapor_desktop.workbench import officer_templates
from lapor_desktop.workbench.handover import Discard, HandoverError
from tests.sync_helpers import ClientProfile, live_world

AGENCY = "kota-batam"
A_USER, B_USER = "demo.kota-batam", "demo.kota-batam2"
PASSWORD = "serah-terima-2026"
DRAFT_TEXT = "Tim sedang memeriksa lampu jalan di Batam Centre; perbaikan Jumat ini."
QUEUED_TEXT = ("Tindak lanjut: drainase di Sekupang dibersihkan Dinas PU pada 3 Desember 2026. "
               "Kontak: 0778-123456.")


@pytest.fixture
def world(tmp_path):
    with live_world(tmp_path) as pair:
        yield pair


def officer(tmp_path, server, name, user):
    p = ClientProfile(tmp_path / name, server.url, user=user)
    p.bench.handover.kdf = TEST_PARAMS
    assert p.bench.sync().outcome is Outcome.DELIVERED
    return p


@pytest.fixture
def handed(tmp_path, world):
    """A with two drafts (one queued while offline), notes and a package; B logged in."""
    server, w = world
    ids = w.dispose(3, agency=AGENCY)
    a = officer(tmp_path, server, "a", A_USER)
    a.bench.save_draft(ids[0], {"text": DRAFT_TEXT})
    a.bench.send_follow_up(ids[1], QUEUED_TEXT)  # queued, never synced: "offline"
    a.bench.handover.set_note(ids[0], "Pelapor minta ditelepon sore hari.")
    a.bench.handover.set_note(ids[2], "Menunggu jawaban Dinas Perhubungan.")
    officer_templates.put(a.store, {"id": "tl-batam-drainase", "version": 1,
                                    "title": "Drainase (buatan sendiri)",
                                    "text": "Laporan #{tracking_id}: saluran dibersihkan."})
    package = tmp_path / "serah.serahterima"
    result = a.bench.export_handover(package, PASSWORD, to_name="Rina Marpaung, S.Kom.").value
    b = officer(tmp_path, server, "b", B_USER)
    yield w, ids, a, b, package, result
    a.close()
    b.close()


def snapshot(p):
    """Everything an import could change in a profile."""
    s = p.store
    drafts = [(d.id, d.state, d.payload) for cid in s.complaints.ids()
              for d in s.drafts.for_complaint(cid)]
    return (sorted(drafts), s.handover.notes(), s.handover.received(),
            s.reference_data.get("officer_templates"))


def test_handover_moves_drafts_and_notes_to_the_successor_who_sends_them(handed):
    w, ids, a, b, package, result = handed
    assert {c.snapshot.id for c in result.package.complaints} >= set(ids)
    # A can never send the handed-over work too.
    assert a.bench.outbox_counts() == (0, 0)
    assert {d.state for d in a.store.drafts.for_complaint(ids[0])} == {DraftState.HANDED_OVER}
    ops = a.store.outbox.ledger(complaint_id=ids[1])
    assert [op.state for op in ops] == [OutboxState.HANDED_OVER]
    assert a.bench.sync().outcome is Outcome.DELIVERED and w.follow_ups() == 0

    imported = b.bench.import_handover(package, PASSWORD).value
    assert len(imported.draft_ids) == 2
    texts = {b.store.drafts.get(i).complaint_id: b.store.drafts.get(i).payload["text"]
             for i in imported.draft_ids}
    assert texts == {ids[0]: DRAFT_TEXT, ids[1]: QUEUED_TEXT}
    assert all(b.store.drafts.get(i).state is DraftState.EDITING for i in imported.draft_ids)
    notes = {n.complaint_id: (n.author, n.text) for n in b.store.handover.notes()}
    assert notes[ids[0]][1] == "Pelapor minta ditelepon sore hari."
    assert notes[ids[2]][0] == a.bench.officer().display_name

    titles = [t.title for t in b.bench.drafts.templates()]
    assert "Drainase (buatan sendiri)" in titles

    for draft_id in imported.draft_ids:
        b.bench.drafts.send(draft_id)
    assert b.bench.sync().outcome is Outcome.DELIVERED
    assert b.bench.sync().outcome is Outcome.DELIVERED  # a second pass sends nothing again
    assert sorted(w.follow_up_texts()) == sorted([DRAFT_TEXT, QUEUED_TEXT])
    with w.db.read() as s:
        actors = set(s.scalars(select(m.Event.actor).where(m.Event.kind == "follow_up")))
        senders = set(s.scalars(select(m.Officer.username).join(
            m.Action, m.Action.officer_id == m.Officer.id)))
    assert actors == {b.bench.officer().display_name}
    assert senders == {B_USER}


def test_discard_needs_a_reason_and_is_recorded(tmp_path, world):
    server, w = world
    ids = w.dispose(1, agency=AGENCY)
    a = officer(tmp_path, server, "a", A_USER)
    a.bench.save_draft(ids[0], {"text": DRAFT_TEXT})
    key = a.bench.handover.plan().work[0].key
    with pytest.raises(HandoverError, match="Alasan"):
        a.bench.export_handover(tmp_path / "x", PASSWORD, decisions={key: Discard(" ")})
    assert not (tmp_path / "x").exists()
    assert a.store.drafts.for_complaint(ids[0])[0].state is DraftState.EDITING
    result = a.bench.export_handover(tmp_path / "x", PASSWORD,
                                     decisions={key: Discard("Sudah dijawab lewat telepon")})
    assert result.value.package.work == []
    assert result.value.package.discarded[0].reason == "Sudah dijawab lewat telepon"
    assert result.value.package.discarded[0].text == DRAFT_TEXT
    a.close()


def test_an_operation_that_may_have_reached_the_server_must_be_sent_first(tmp_path, world):
    server, w = world
    ids = w.dispose(1, agency=AGENCY)
    a = officer(tmp_path, server, "a", A_USER)
    op_id = a.bench.send_follow_up(ids[0], QUEUED_TEXT).value
    with a.store.transaction() as s:
        a.store.outbox.mark_sending(s, op_id)  # the answer was lost
    with pytest.raises(HandoverError, match="sinkronkan dahulu"):
        a.bench.export_handover(tmp_path / "x", PASSWORD)
    assert a.store.outbox.get(op_id).state is OutboxState.SENDING
    a.close()


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


BAD = {
    "wrong password": (lambda d: d, "salah-salah-salah", WrongHandoverPasswordError),
    "flipped byte in the body": (lambda d: _flip(d, len(d) // 2), PASSWORD,
                                 TamperedPackageError),
    "flipped last byte (tag)": (lambda d: _flip(d, len(d) - 1), PASSWORD, TamperedPackageError),
    "flipped byte in the header": (lambda d: d.replace(b'"created_at":"2', b'"created_at":"3'),
                                   PASSWORD, TamperedPackageError),
    "truncated body": (lambda d: d[:-40], PASSWORD, TamperedPackageError),
    "truncated to the header": (lambda d: d[:len(MAGIC) + 30], PASSWORD, NotAPackageError),
    "empty file": (lambda d: b"", PASSWORD, NotAPackageError),
    "newer version": (lambda d: d.replace(b'"format":1', b'"format":2'), PASSWORD,
                      PackageTooNewError),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_packages_are_refused_with_nothing_imported(handed, case):
    _w, _ids, _a, b, package, _result = handed
    change, password, error = BAD[case]
    package.write_bytes(change(package.read_bytes()))
    before = snapshot(b)
    with pytest.raises(error) as caught:
        b.bench.import_handover(package, password)
    assert "Tidak ada yang diimpor" in str(caught.value) or error is NotAPackageError
    assert snapshot(b) == before


def test_every_single_byte_flip_is_detected(handed):
    _w, _ids, _a, b, package, _result = handed
    original = package.read_bytes()
    before = snapshot(b)
    step = max(1, len(original) // 60)
    for at in range(0, len(original), step):
        package.write_bytes(_flip(original, at))
        with pytest.raises((TamperedPackageError, NotAPackageError, WrongHandoverPasswordError,
                            WrongAgencyError, PackageTooNewError)):
            b.bench.import_handover(package, PASSWORD)
    assert snapshot(b) == before


def test_a_package_for_another_agency_is_refused(tmp_path, world, handed):
    server, w = world
    _w, _ids, _a, _b, package, _result = handed
    other = officer(tmp_path, server, "other", "demo.diskominfo")
    before = snapshot(other)
    with pytest.raises(WrongAgencyError, match="instansi"):
        other.bench.import_handover(package, PASSWORD)
    assert snapshot(other) == before
    other.close()


def test_a_second_import_is_refused_and_changes_nothing(handed):
    _w, _ids, _a, b, package, _result = handed
    b.bench.import_handover(package, PASSWORD)
    before = snapshot(b)
    with pytest.raises(HandoverError, match="sudah diimpor"):
        b.bench.import_handover(package, PASSWORD)
    assert snapshot(b) == before


def test_import_beside_the_successors_own_draft_loses_neither(handed):
    _w, ids, _a, b, package, _result = handed
    own = b.bench.save_draft(ids[0], {"text": "Draf saya sendiri."}).value.draft_id
    result = b.bench.import_handover(package, PASSWORD).value
    assert b.store.drafts.get(own).payload == {"text": "Draf saya sendiri."}
    assert b.store.drafts.get(own).state is DraftState.EDITING
    brought = [b.store.drafts.get(i) for i in result.draft_ids if
               b.store.drafts.get(i).complaint_id == ids[0]]
    assert brought[0].state is DraftState.NEEDS_ATTENTION
    assert brought[0].payload["text"] == DRAFT_TEXT
    assert result.drafts_needing_attention == 1
    # The complaints were already there (synced): kept, never replaced by an older copy.
    assert result.complaints_added == 0


def test_the_predecessor_cannot_import_their_own_package(handed):
    _w, _ids, a, _b, package, _result = handed
    with pytest.raises(HandoverError, match="akun Anda sendiri"):
        a.bench.import_handover(package, PASSWORD)


def test_the_package_travels_through_the_server_when_both_are_online(handed):
    from lapor_desktop.server.handover_models import Handover

    w, ids, a, b, package, result = handed
    package_id = a.bench.deposit_handover(package, B_USER)
    assert package_id == result.package.package_id
    assert a.bench.deposit_handover(package, B_USER) == package_id  # a retry: still one
    received = b.bench.receive_handovers(PASSWORD).value
    assert len(received) == 1 and len(received[0].result.draft_ids) == 2
    assert b.bench.receive_handovers(PASSWORD).value == []
    with w.db.read() as s:
        rows = [(h.received_at, json.loads(h.complaint_ids)) for h in s.scalars(select(Handover))]
    assert len(rows) == 1 and rows[0][0] is not None
    assert sorted(rows[0][1]) == sorted(c.snapshot.id for c in result.package.complaints)


def test_a_wrong_password_keeps_the_fetched_package_for_another_try(handed):
    _w, _ids, a, b, package, _result = handed
    a.bench.deposit_handover(package, B_USER)
    with pytest.raises(WrongHandoverPasswordError):
        b.bench.receive_handovers("bukan-sandinya")
    assert len(list((b.root / "handover").iterdir())) == 1
    assert len(b.bench.receive_handovers(PASSWORD).value) == 1


def test_without_a_handover_the_successor_sees_promises_with_nothing_since(tmp_path, world):
    import datetime as dt

    from lapor_desktop.workbench.handover_views import stale_promises

    server, w = world
    ids = w.dispose(3, agency=AGENCY)
    a = officer(tmp_path, server, "a", A_USER)
    a.bench.send_follow_up(ids[0], QUEUED_TEXT)
    a.bench.send_follow_up(ids[1], QUEUED_TEXT.replace("3 Desember", "5 Desember"))
    assert a.bench.sync().outcome is Outcome.DELIVERED
    a.bench.queue_action(ids[1], ActionInput(ActionKind.INTERNAL_NOTE,
                                             text="Sudah dicek ulang ke lokasi."))
    assert a.bench.sync().outcome is Outcome.DELIVERED
    a.close()  # A leaves; no package

    b = officer(tmp_path, server, "b", B_USER)  # a fresh profile: everything from the server
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=8)
    stale = stale_promises(b.store, later)
    assert [(s.complaint_id, s.promised) for s in stale] == [(ids[0], QUEUED_TEXT)]
    assert stale[0].days_since >= 7 and not stale[0].reporter_replied
    assert stale_promises(b.store, dt.datetime.now(dt.UTC)) == []  # too recent to worry
    b.close()


def test_work_on_a_closed_or_removed_complaint_is_handled(tmp_path, world):
    server, w = world
    ids = w.dispose(3, agency=AGENCY)
    a = officer(tmp_path, server, "a", A_USER)
    a.bench.save_draft(ids[0], {"text": DRAFT_TEXT})
    a.bench.save_draft(ids[1], {"text": "Draf untuk laporan yang dipindahkan."})
    w.close(ids[0])  # closed: no longer open, but the draft still needs its complaint
    w.redispose(ids[1], agency="kepri-pupr")  # gone from this agency
    assert a.bench.sync().outcome in (Outcome.DELIVERED, Outcome.NEEDS_ATTENTION)
    plan = a.bench.handover.plan()
    assert ids[0] not in {c.id for c in plan.complaints}
    gone = next(item for item in plan.work if item.complaint_id == ids[1])
    assert gone.blocker and "tidak ada" in gone.blocker
    with pytest.raises(HandoverError, match="belum dapat diserahkan"):
        a.bench.export_handover(tmp_path / "x", PASSWORD)
    result = a.bench.export_handover(
        tmp_path / "x", PASSWORD, decisions={gone.key: Discard("Laporan dipindah ke PUPR")}).value
    assert [s.id for s in result.package.related] == [ids[0]]
    b = officer(tmp_path, server, "b", B_USER)
    imported = b.bench.import_handover(tmp_path / "x", PASSWORD).value
    assert [b.store.drafts.get(i).complaint_id for i in imported.draft_ids] == [ids[0]]
    a.close()
    b.close()
