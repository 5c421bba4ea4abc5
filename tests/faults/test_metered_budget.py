"""Metered mode's daily budget for files, over the real fault proxy at 256 kbit/s (issue 16).

With a budget smaller than the photo, the text follow-up goes and the photo waits, reported as
waiting for a faster link in the outbox and the status bar; nothing of it goes over the link
until the officer asks ("Kirim sekarang"), which sends it whatever the budget, exactly once.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lapor_desktop.core.models import ActionKind
from lapor_desktop.server import models as m
from lapor_desktop.store import OutboxState
from lapor_desktop.sync.outbox import ActionInput, AttachmentData, queue_action
from lapor_desktop.workbench import thin_link
from tests.faults.proxy import FaultProxy
from tests.faults.test_thin_link import KBIT_256, _photo, _uploads
from tests.sync_helpers import FOLLOW_UP_TEXT, ClientProfile, live_world

pytestmark = pytest.mark.timeout(300)


def test_photo_over_the_budget_waits_and_goes_on_demand_once(tmp_path):
    with live_world(tmp_path) as (server, world):
        host, port = server.url.removeprefix("http://").split(":")
        with FaultProxy((host, int(port))) as proxy:
            profile = ClientProfile(tmp_path / "p", proxy.url, timeout=(5.0, 120.0))
            bench, store = profile.bench, profile.store
            try:
                world.dispose(2)
                assert bench.sync().error_kind is None
                bench.update_settings(bench.settings.model_copy(
                    update={"metered_mode": "on", "metered_budget_mb": 1}))
                first, second = sorted(store.complaints.ids())
                photo = _photo(1_300_000)  # more than the day's 1 MB
                photo_text = f"{FOLLOW_UP_TEXT} Foto bukti."
                photo_op = queue_action(store, first, ActionInput(
                    ActionKind.FOLLOW_UP, text=photo_text),
                    attachment_paths=[AttachmentData("bukti.png", photo)])
                sha = store.outbox.get(photo_op).payload["attachments"][0]["sha256"]
                text_op = queue_action(store, second, ActionInput(
                    ActionKind.FOLLOW_UP, text=f"{FOLLOW_UP_TEXT} Teks."))

                proxy.set(bandwidth=KBIT_256)
                for _pass in range(2):  # the budget does not come back with the next pass
                    report = bench.sync()
                    assert report.error_kind is None and report.failures == []
                    assert store.outbox.get(text_op).state is OutboxState.ACCEPTED
                    assert store.outbox.get(photo_op).state is OutboxState.QUEUED
                    assert report.queued_left == 1
                    assert _uploads(world, sha) == []  # not one byte of it went
                # Reported as waiting: the status bar and the outbox row say so.
                summary = thin_link.summary(bench)
                assert summary.metered and summary.held_actions == 1
                assert summary.held_bytes == len(photo)
                (row,) = [r for r in bench.ledger.rows() if r.op_id == photo_op]
                assert row.held and row.can_retry

                # "Kirim sekarang": on the same thin link, past the budget.
                bench.retry_now(photo_op)
                report = bench.sync()
                assert report.error_kind is None and report.failures == []
                assert store.outbox.get(photo_op).state is OutboxState.ACCEPTED
                assert thin_link.summary(bench).held_actions == 0
                # A later pass sends nothing again.
                assert bench.sync().pushed == 0
                with world.db.read() as s:
                    events = s.execute(select(func.count(m.Event.id)).where(
                        m.Event.complaint_id == first, m.Event.text == photo_text)).scalar_one()
                    actions = s.execute(select(func.count(m.Action.id)).where(
                        m.Action.idempotency_key == photo_op)).scalar_one()
                assert events == 1 and actions == 1
                assert [c for _u, _o, c in _uploads(world, sha)] == [True]
            finally:
                profile.close()
