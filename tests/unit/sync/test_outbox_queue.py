"""queue_action: local checks before anything is queued, the attachment cache, HTML to text."""

from __future__ import annotations

import hashlib
import os

import pytest

from lapor_desktop.core.errors import ActionNotAllowedError, InvalidDataError
from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint
from lapor_desktop.server.seed import png_bytes
from lapor_desktop.store import DraftState, OutboxState, open_store
from lapor_desktop.sync.outbox import (
    ActionInput,
    AttachmentError,
    plain_text,
    queue_action,
    sniff_mime,
)
from tests.faults.hostile_server import snapshot

TEXT = "Tindak lanjut: perbaikan jalan dijadwalkan pekan ini oleh Dinas PUPR."


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "prof" / "lapor.db") as s:
        complaints = [snapshot_to_complaint(ComplaintSnapshot.model_validate(snapshot(1, 1))),
                      snapshot_to_complaint(ComplaintSnapshot.model_validate(
                          snapshot(2, 2, status="selesai")))]
        with s.transaction() as session:
            s.complaints.upsert_snapshots(session, complaints)
        yield s


def test_plain_text_strips_pasted_html_only():
    assert plain_text("<p>Halo&nbsp;<b>dunia</b></p><p>baris 2</p>") == "Halo dunia\n\nbaris 2"
    assert plain_text("nilai a < b dan c > d") == "nilai a < b dan c > d"
    assert plain_text("<div>x<br>y</div><script>alert(1)</script>") == "x\ny"


def test_sniff_mime_by_content():
    assert sniff_mime(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff_mime(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert sniff_mime(b"%PDF-1.7") == "application/pdf"
    assert sniff_mime(b"MZ\x90\x00") is None


def test_queue_follow_up_with_attachment_caches_by_hash(store, tmp_path):
    data = png_bytes(8, 8, (1, 2, 3))
    photo = tmp_path / "bukti.png"
    photo.write_bytes(data)
    op_id = queue_action(store, 1, ActionInput(ActionKind.FOLLOW_UP, text="<p>" + TEXT + "</p>"),
                         attachment_paths=[photo, photo])
    op = store.outbox.get(op_id)
    sha = hashlib.sha256(data).hexdigest()
    assert op.state is OutboxState.QUEUED and op.payload["text"] == TEXT
    assert [a["sha256"] for a in op.payload["attachments"]] == [sha]
    assert (tmp_path / "prof" / "cache" / sha[:2] / sha).read_bytes() == data


@pytest.mark.parametrize("content, message", [
    (None, "tidak ditemukan"), (b"", "kosong"), (b"MZ not an image", "bukan gambar")])
def test_bad_attachments_are_refused_before_queueing(store, tmp_path, content, message):
    path = tmp_path / "lampiran.png"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AttachmentError, match=message):
        queue_action(store, 1, ActionInput(ActionKind.FOLLOW_UP, text=TEXT),
                     attachment_paths=[path])
    assert sum(store.outbox.counts().values()) == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_attachment(store, tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4 x")
    path.chmod(0)
    with pytest.raises(AttachmentError, match="tidak dapat dibaca"):
        queue_action(store, 1, ActionInput(ActionKind.FOLLOW_UP, text=TEXT),
                     attachment_paths=[path])


def test_status_and_text_are_checked(store):
    with pytest.raises(ActionNotAllowedError):
        queue_action(store, 2, ActionInput(ActionKind.FOLLOW_UP, text=TEXT))
    with pytest.raises(InvalidDataError, match="minimal 20"):
        queue_action(store, 1, ActionInput(ActionKind.FOLLOW_UP, text="terlalu pendek"))
    with pytest.raises(InvalidDataError):
        queue_action(store, 99, ActionInput(ActionKind.FOLLOW_UP, text=TEXT))
    assert sum(store.outbox.counts().values()) == 0


def test_draft_is_locked_with_its_op(store):
    with store.transaction() as s:
        draft_id = store.drafts.create(s, 1, ActionKind.FOLLOW_UP, {"text": TEXT})
    op_id = queue_action(store, 1, ActionKind.FOLLOW_UP, draft_id=draft_id)
    assert store.drafts.get(draft_id).state is DraftState.QUEUED
    assert store.outbox.get(op_id).draft_id == draft_id
    with pytest.raises(InvalidDataError, match="sudah ada di antrean"):
        queue_action(store, 1, ActionKind.FOLLOW_UP, draft_id=draft_id)
