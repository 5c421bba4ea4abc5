"""A thin link (256 kbit/s through the real fault proxy): text never waits behind a photo.

The officer queued a follow-up with a 5 MB photo; while it uploads at 256 kbit/s (about 2.5
minutes), ten text follow-ups are written. All ten reach the server while the photo is still on
its way; the photo's upload pauses, keeps its offset on the server, and resumes afterwards.
"""

from __future__ import annotations

import io
import random
import threading

import pytest
from PIL import Image
from sqlalchemy import select

from lapor_desktop.core.models import ActionKind
from lapor_desktop.server import models as m
from lapor_desktop.store import OutboxState
from lapor_desktop.sync.outbox import ActionInput, AttachmentData, queue_action
from lapor_desktop.sync.report import Outcome
from tests.faults.proxy import FaultProxy
from tests.sync_helpers import FOLLOW_UP_TEXT, ClientProfile, live_world, wait_for

pytestmark = pytest.mark.timeout(300)
KBIT_256 = 256_000 // 8  # bytes per second


def _photo(size: int = 5 * 1024 * 1024) -> bytes:
    """A PNG of noise (incompressible) of about ``size`` bytes."""
    side = int((size / 3) ** 0.5) + 2
    rng = random.Random(16)
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=0)
    return out.getvalue()


def _uploads(world, sha: str) -> list[tuple[str, int, bool]]:
    with world.db.read() as s:
        return [(u.id, u.offset, u.complete) for u in s.scalars(
            select(m.UploadSession).where(m.UploadSession.sha256 == sha))]


def test_text_follow_ups_overtake_a_photo_at_256_kbit(tmp_path):
    with live_world(tmp_path) as (server, world):
        host, port = server.url.removeprefix("http://").split(":")
        with FaultProxy((host, int(port))) as proxy:
            profile = ClientProfile(tmp_path / "p", proxy.url, timeout=(5.0, 60.0))
            try:
                world.dispose(11)
                assert profile.engine.run_once().outcome is Outcome.DELIVERED
                ids = sorted(profile.store.complaints.ids())
                photo = _photo()
                assert len(photo) >= 5 * 1024 * 1024
                photo_op = queue_action(
                    profile.store, ids[0], ActionInput(ActionKind.FOLLOW_UP,
                                                       text=f"{FOLLOW_UP_TEXT} Foto bukti."),
                    attachment_paths=[AttachmentData("bukti.png", photo)])
                sha = profile.store.outbox.get(photo_op).payload["attachments"][0]["sha256"]

                proxy.set(bandwidth=KBIT_256)
                stop = threading.Event()
                reports = []
                worker = threading.Thread(
                    target=lambda: reports.append(profile.engine.run_once(cancelled=stop.is_set)))
                worker.start()
                try:
                    # The photo is on its way (some bytes on the server, far from all).
                    wait_for(lambda: any(off > 0 for _i, off, _c in _uploads(world, sha)),
                             timeout=60, what="the photo upload to start")
                    texts = {}
                    for n, cid in enumerate(ids[1:11]):
                        text = f"{FOLLOW_UP_TEXT} Teks {n}."
                        texts[queue_action(profile.store, cid, ActionInput(
                            ActionKind.FOLLOW_UP, text=text))] = text
                    wait_for(lambda: all(profile.store.outbox.get(o).state
                                         is OutboxState.ACCEPTED for o in texts),
                             timeout=120, what="ten text follow-ups delivered")
                    # All ten are on the server; the photo is not finished.
                    sent = world.follow_up_texts()
                    assert all(t in sent for t in texts.values())
                    (upload_id, offset, complete), = _uploads(world, sha)
                    assert not complete and 0 < offset < len(photo)
                    assert profile.store.outbox.get(photo_op).state is not OutboxState.ACCEPTED
                    print(f"10 text follow-ups delivered; photo at {offset} of {len(photo)} "
                          "bytes")
                finally:
                    stop.set()
                    worker.join(timeout=120)
                assert not worker.is_alive()

                # The link gets better: the photo resumes from its offset, never from zero.
                proxy.set()
                assert profile.engine.run_once().outcome is Outcome.DELIVERED
                assert profile.store.outbox.get(photo_op).state is OutboxState.ACCEPTED
                assert [(u, c) for u, _o, c in _uploads(world, sha)] == [(upload_id, True)]
                assert profile.store.outbox.get(photo_op).payload["attachments"][0][
                    "upload_id"] == upload_id
            finally:
                profile.close()


def test_metered_mode_pulls_complaint_updates_before_uploading_files(tmp_path):
    with live_world(tmp_path) as (server, world):
        profile = ClientProfile(tmp_path / "p", server.url)
        bench = profile.bench
        try:
            world.dispose(2)
            assert bench.sync().error_kind is None
            bench.update_settings(bench.settings.model_copy(update={"metered_mode": "on"}))
            first, second = sorted(profile.store.complaints.ids())
            photo_op = queue_action(profile.store, first, ActionInput(
                ActionKind.FOLLOW_UP, text=f"{FOLLOW_UP_TEXT} Foto."),
                attachment_paths=[AttachmentData("bukti.png", _photo(300_000))])
            text_op = queue_action(profile.store, second, ActionInput(
                ActionKind.FOLLOW_UP, text=f"{FOLLOW_UP_TEXT} Teks."))
            (new_complaint,) = world.dispose(1)  # an update waiting on the server
            seen = []

            def watch(progress):
                seen.append((progress.stage.value,
                             profile.store.outbox.get(text_op).state is OutboxState.ACCEPTED,
                             profile.store.complaints.get(new_complaint) is not None,
                             profile.store.outbox.get(photo_op).state is OutboxState.ACCEPTED))

            report = bench.sync(progress=watch)
            assert report.error_kind is None and report.pushed == 2
            # The text went first, then the update arrived, and only then the photo went.
            pulled_at = next(i for i, s in enumerate(seen) if s[2])
            photo_at = next(i for i, s in enumerate(seen) if s[3])
            assert seen[pulled_at][1] and not seen[pulled_at][3]
            assert photo_at > pulled_at
        finally:
            profile.close()
