"""DraftService: templates, autosave versions, recovery and sending through the outbox."""

from __future__ import annotations

import datetime as dt

import pytest

from lapor_desktop.core.checks import Element, check_follow_up
from lapor_desktop.core.errors import InvalidDataError, StoreError
from lapor_desktop.core.models import ActionKind, TimeZone
from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint
from lapor_desktop.server.seed import png_bytes
from lapor_desktop.store import DraftState, OfficerProfile, OutboxState, open_store
from lapor_desktop.sync.outbox import ActionInput, AttachmentError
from lapor_desktop.workbench.drafts import (
    DraftService,
    Names,
    Template,
    bundled_templates,
    check_attachment,
    render_template,
)
from tests.faults.hostile_server import snapshot

TEXT = ("Laporan #H0000001 telah ditinjau oleh Dinas PUPR; perbaikan dijadwalkan 20 Maret 2026. "
        "Foto terlampir. Hubungi 0771-123456. Mengetahui, Kepala Dinas.")
# 16 March 2026, 23:30 UTC is already 17 March in WIB.
NOW = dt.datetime(2026, 3, 16, 23, 30, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "prof" / "lapor.db", clock=lambda: NOW) as s:
        complaints = [snapshot_to_complaint(ComplaintSnapshot.model_validate(snapshot(1, 1))),
                      snapshot_to_complaint(ComplaintSnapshot.model_validate(
                          snapshot(2, 2, status="selesai")))]
        with s.transaction() as session:
            s.complaints.upsert_snapshots(session, complaints)
        yield s


@pytest.fixture
def service(store, tmp_path):
    return DraftService(store, tmp_path / "prof" / "cache", lambda: NOW,
                        official_name="Drs. H. Hasan Basri, M.Si.")


def _profile(store):
    with store.transaction() as session:
        store.profile.save(session, OfficerProfile(
            "http://x", "petugas", "Rina Marlina", "kepri-diskominfo",
            "Dinas Komunikasi dan Informatika", TimeZone.WIB, "penghubung"))


def test_bundled_templates_use_only_known_placeholders():
    templates = bundled_templates()
    assert {t.id for t in templates} >= {"tl-diterima", "tl-selesai"}
    for template in templates:
        names = set(__import__("re").findall(r"\{(\w+)\}", template.text))
        assert names <= {"tracking_id", "tanggal", "opd", "petugas", "pejabat"}


def test_template_placeholders_are_filled(store, service):
    _profile(store)
    template = next(t for t in service.templates() if t.id == "tl-diterima")
    text = service.render(template, 1)
    assert "{" not in text
    assert "#H0000001" in text
    assert "17 Maret 2026" in text  # the agency's local date, not UTC's
    assert "Dinas Komunikasi dan Informatika" in text and "Rina Marlina" in text
    assert "Drs. H. Hasan Basri, M.Si." in text and ".." not in text
    # The filled template already names most of a good follow-up.
    report = check_follow_up(text, min_chars=20, tracking_id="H0000001")
    assert {Element.TRACKING_ID, Element.UNIT, Element.TIMELINE, Element.CONTACT} <= set(
        report.present)


def test_unknown_names_get_a_marker_that_does_not_tick_the_checklist(store):
    complaint = store.complaints.get(1)
    text = render_template("Mengetahui, {pejabat}. {lain}", complaint, Names(),
                           dt.date(2026, 3, 17))
    assert text == "Mengetahui, (nama penyetuju). {lain}"
    assert Element.OFFICIAL in check_follow_up(text, min_chars=20, tracking_id="x").missing


def test_server_templates_override_bundled_ones_by_version(store, service):
    with store.transaction() as session:
        store.reference_data.put(session, "reference", "v2", {"templates": [
            {"id": "tl-diterima", "version": 2, "title": "Baru", "text": "Versi 2 #{tracking_id}"},
            {"id": "tl-khusus", "version": 1, "title": "Khusus", "text": "Khusus {opd}"}]})
    templates = {t.id: t for t in service.templates()}
    assert templates["tl-diterima"] == Template("tl-diterima", 2, "Baru", "Versi 2 #{tracking_id}")
    assert "tl-khusus" in templates and "tl-selesai" in templates


def test_autosave_adds_a_version_only_when_changed(store, service):
    draft = service.open_or_create(1)
    assert service.open_or_create(1).id == draft.id  # resumed, not duplicated
    assert service.autosave(draft.id, {"text": "Satu"}) == 2
    assert service.autosave(draft.id, {"text": "Satu"}) == 2
    assert service.autosave(draft.id, {"text": "Satu dua"}) == 3
    assert [v.payload["text"] for v in store.drafts.versions(draft.id)] == ["", "Satu", "Satu dua"]


def test_recoverable_lists_unsent_drafts_with_text(store, service):
    empty = service.open_or_create(1)
    assert service.recoverable() == []
    service.autosave(empty.id, {"text": "\n  Baris pertama\nbaris kedua"})
    (found,) = service.recoverable()
    assert (found.draft_id, found.tracking_id, found.first_line) == (
        empty.id, "H0000001", "Baris pertama")
    assert found.saved_at == NOW
    service.send(empty.id, text=TEXT)
    assert service.recoverable() == []  # queued: nothing to recover, it is in the outbox


def test_send_queues_and_locks_the_draft_in_one_go(store, service, tmp_path):
    draft = service.open_or_create(1)
    photo = tmp_path / "bukti.png"
    photo.write_bytes(png_bytes(4, 4, (9, 9, 9)))
    op_id = service.send(draft.id, [photo], propose_close=True, text=TEXT)
    op = store.outbox.get(op_id)
    assert op.state is OutboxState.QUEUED and op.draft_id == draft.id
    assert op.payload["text"] == TEXT and op.payload["propose_close"] is True
    assert len(op.payload["attachments"]) == 1
    locked = store.drafts.get(draft.id)
    assert locked.state is DraftState.QUEUED and locked.payload["text"] == TEXT
    with pytest.raises(StoreError):
        service.autosave(draft.id, {"text": "ubah setelah kirim"})
    # Reopening the complaint shows the queued draft (read-only in the editor), not a new one.
    assert service.open_or_create(1).id == draft.id


@pytest.mark.parametrize("content, message", [
    (None, "tidak ditemukan"), (b"", "kosong"), (b"GIF89a....", "bukan gambar"),
    (b"%PDF-" + b"x" * (10 * 1024 * 1024), "terlalu besar")])
def test_bad_attachments_are_refused_before_queueing(store, service, tmp_path, content, message):
    draft = service.open_or_create(1)
    path = tmp_path / "lampiran.png"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AttachmentError, match=message):
        check_attachment(path)
    with pytest.raises(AttachmentError, match=message):
        service.send(draft.id, [path], text=TEXT)
    assert sum(store.outbox.counts().values()) == 0
    assert store.drafts.get(draft.id).state is DraftState.EDITING


def test_actions_without_draft_and_status_rules(store, service):
    op_id = service.queue(1, ActionInput(ActionKind.INTERNAL_NOTE, text="Catatan untuk tim."))
    assert store.outbox.get(op_id).kind is ActionKind.INTERNAL_NOTE
    op_id = service.queue(1, ActionInput(ActionKind.BUKAN_WEWENANG, reason="Jalan nasional, "
                                         "bukan kewenangan kabupaten.",
                                         suggested_agency="kepri-pupr"))
    assert store.outbox.get(op_id).payload["suggested_agency"] == "kepri-pupr"
    with pytest.raises(InvalidDataError):
        service.load(99)
    closed = service.open_or_create(2)
    with pytest.raises(Exception, match="tidak diizinkan"):
        service.send(closed.id, text=TEXT)
