"""The outbox push's thin-link rule on real outbox rows: text-only actions first, per-complaint
order kept, and an upload asked to pause only when text is waiting behind it."""

from __future__ import annotations

import datetime as dt

import pytest

from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint
from lapor_desktop.store import open_store
from lapor_desktop.sync.ordering import pending_upload_bytes, text_first, text_waiting
from lapor_desktop.sync.outbox import ActionInput, AttachmentData, queue_action
from tests.faults.hostile_server import snapshot
from tests.sync_helpers import FOLLOW_UP_TEXT

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture
def store_with_complaints(tmp_path):
    with open_store(tmp_path / "prof" / "lapor.db") as s:
        complaints = [snapshot_to_complaint(ComplaintSnapshot.model_validate(snapshot(n, n)))
                      for n in (1, 2)]
        with s.transaction() as session:
            s.complaints.upsert_snapshots(session, complaints)
        yield s, [1, 2]


def _now():
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)


def _text(store, cid, n=0):
    return queue_action(store, cid, ActionInput(ActionKind.FOLLOW_UP,
                                                 text=f"{FOLLOW_UP_TEXT} Nomor {n}."))


def _photo(store, cid):
    return queue_action(store, cid, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT),
                        attachment_paths=[AttachmentData("foto.png", PNG)])


def test_text_goes_before_files_and_each_complaint_keeps_its_order(store_with_complaints):
    store, ids = store_with_complaints
    photo = _photo(store, ids[0])
    after_photo = _text(store, ids[0], 1)  # same complaint: must wait for the photo
    text = _text(store, ids[1], 2)
    ops = text_first(store.outbox.due_ops(_now()))
    assert [op.id for op in ops] == [text, photo]
    assert after_photo not in [op.id for op in ops]
    assert pending_upload_bytes(ops[1]) == len(PNG) and pending_upload_bytes(ops[0]) == 0


def test_an_upload_pauses_only_for_text_not_yet_tried(store_with_complaints):
    store, ids = store_with_complaints
    photo = _photo(store, ids[0])
    tried = {photo}
    waiting = text_waiting(store, _now, tried, every=0)
    assert not waiting()  # only the photo itself is due
    text = _text(store, ids[1])
    assert waiting()
    tried.add(text)
    assert text_waiting(store, _now, tried, every=0)() is False
