"""Resumable uploads, ranged downloads, cancellation and re-login, against the real server."""

from __future__ import annotations

import hashlib
import os

from sqlalchemy import delete, func, select

from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol import MAX_BATCH_ACTIONS, UploadCreate
from lapor_desktop.server import models as m
from lapor_desktop.store import OutboxState
from lapor_desktop.store.sync_support import set_payload
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.sync.report import Outcome, Stage
from tests.sync_helpers import FOLLOW_UP_TEXT


def _big_png(tmp_path, size=700_000):
    path = tmp_path / "besar.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(size))
    return path


def test_upload_resumes_from_the_servers_offset(world, profile, tmp_path):
    server, w = world
    [cid] = w.dispose(1)
    profile.engine.run_once()
    path = _big_png(tmp_path)
    op_id = queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT),
                         attachment_paths=[path])
    # A pass that died after the first chunk: the upload id is recorded, the server has 256 KB.
    op = profile.store.outbox.get(op_id)
    record = dict(op.payload["attachments"][0])
    client = profile.session.client()
    status = client.create_upload(UploadCreate(sha256=record["sha256"], size=record["size"],
                                               filename="besar.png", mime_type="image/png"))
    data = path.read_bytes()
    status = client.upload_chunk(status.upload_id, 0, data[:256 * 1024], record["sha256"],
                                 record["size"])
    record["upload_id"] = str(status.upload_id)
    with profile.store.transaction() as s:
        set_payload(s, op_id, {**op.payload, "attachments": [record]})
    report = profile.engine.run_once()
    assert report.outcome is Outcome.DELIVERED, report
    assert profile.store.outbox.get(op_id).state is OutboxState.ACCEPTED
    with w.db.read() as s:
        uploads = s.execute(select(func.count(m.UploadSession.id)).where(
            m.UploadSession.sha256 == record["sha256"])).scalar_one()
        blob = s.get(m.Blob, record["sha256"])
        assert uploads == 1 and blob is not None and blob.size == len(data)


def test_download_resumes_with_range(world, profile, tmp_path):
    server, w = world
    [cid] = w.dispose(1)
    path = _big_png(tmp_path, 300_000)
    profile.engine.run_once()
    queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT),
                 attachment_paths=[path])
    profile.engine.run_once()
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    dest = tmp_path / "dl" / sha
    dest.parent.mkdir()
    (dest.parent / (sha + ".part")).write_bytes(path.read_bytes()[:100_000])
    client = profile.session.client()
    assert client.download(sha, dest).read_bytes() == path.read_bytes()


def test_cancel_between_batches_leaves_the_rest_queued(world, profile):
    # Text actions go in batches (one request each), the next batch on the wire while the
    # receipts of the one before are recorded; a cancel takes effect between batches: the
    # batch in flight lands and is accepted, nothing after it leaves.
    server, w = world
    ids = w.dispose(2 * MAX_BATCH_ACTIONS + 2)
    profile.engine.run_once()
    ops = [queue_action(profile.store, c, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT))
           for c in ids]
    ticks = []

    def cancelled() -> bool:
        return any(t.stage is Stage.PUSH and t.done >= 1 for t in ticks)

    report = profile.engine.run_once(progress=ticks.append, cancelled=cancelled)
    assert report.cancelled and report.outcome is Outcome.CANCELLED
    states = [profile.store.outbox.get(o).state for o in ops]
    assert states.count(OutboxState.ACCEPTED) == 2 * MAX_BATCH_ACTIONS
    assert states.count(OutboxState.QUEUED) == 2
    assert w.follow_ups() == 2 * MAX_BATCH_ACTIONS


def test_expired_token_logs_in_again_from_password(world, profile):
    server, w = world
    w.dispose(1)
    assert profile.engine.run_once().outcome is Outcome.DELIVERED
    with w.db.write() as s:
        s.execute(delete(m.Token))
    report = profile.engine.run_once()
    assert report.outcome is Outcome.DELIVERED, report


def test_expired_token_with_batches_in_flight_logs_in_once_and_sends_all(world, profile):
    # The next batch leaves before the one ahead of it is answered: both meet the 401, one
    # fresh login serves them, and every action is applied once.
    server, w = world
    ids = w.dispose(2 * MAX_BATCH_ACTIONS + 2)
    profile.engine.run_once()
    ops = [queue_action(profile.store, c, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT))
           for c in ids]
    expired = []

    def expire_once(progress) -> None:  # as the push starts, before its first batch leaves
        if progress.stage is Stage.PUSH and not expired:
            expired.append(True)
            with w.db.write() as s:
                s.execute(delete(m.Token))

    report = profile.engine.run_once(progress=expire_once)
    assert expired and report.outcome is Outcome.DELIVERED, report
    assert report.pushed == len(ops)
    assert {profile.store.outbox.get(o).state for o in ops} == {OutboxState.ACCEPTED}
    assert w.follow_ups() == len(ops)
