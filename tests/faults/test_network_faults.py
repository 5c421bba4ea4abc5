"""Network faults through the real TCP proxy between the engine and the reference server.

Every fault either lets the pass finish (slow, throttled links) or breaks it somewhere random
(reset or truncated mid-body, a link that hangs); in every case the next clean pass converges and
each follow-up reaches the server exactly once, even when the server accepted it and only the
receipt was lost on the way back.
"""

from __future__ import annotations

import collections
import os
import random

import pytest

from lapor_desktop.core.models import ActionKind
from lapor_desktop.store import OutboxState
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.sync.report import Outcome
from tests.faults.proxy import FaultProxy
from tests.sync_helpers import FOLLOW_UP_TEXT, ClientProfile, live_world

pytestmark = pytest.mark.timeout(240)
ROUNDS = 40 if os.environ.get("LAPOR_STRESS") == "1" else 6


@pytest.fixture
def rig(tmp_path):
    with live_world(tmp_path) as (server, world):
        host, port = server.url.removeprefix("http://").split(":")
        with FaultProxy((host, int(port))) as proxy:
            profile = ClientProfile(tmp_path / "p", proxy.url, timeout=(1.0, 1.5))
            world.dispose(12)
            assert profile.engine.run_once().outcome is Outcome.DELIVERED
            yield profile, world, proxy
            profile.close()


def _queue(profile, rng, tag, count=2) -> dict[str, str]:
    ids = sorted(profile.store.complaints.ids())
    out = {}
    for i in range(count):
        text = f"{FOLLOW_UP_TEXT} Uji {tag}-{i}."
        out[queue_action(profile.store, rng.choice(ids),
                         ActionInput(ActionKind.FOLLOW_UP, text=text))] = text
    return out


def _converge(profile, ops: dict[str, str], passes: int = 50) -> None:
    for _ in range(passes):
        profile.engine.run_once()
        if all(profile.store.outbox.get(o).state is OutboxState.ACCEPTED for o in ops):
            return
    raise AssertionError("sync did not converge")


def _exactly_once(world, ops: dict[str, str]) -> None:
    sent = collections.Counter(world.follow_up_texts())
    assert sorted(sent) == sorted(ops.values())
    assert set(sent.values()) == {1}


@pytest.mark.parametrize("faults", [{"latency": 0.02}, {"bandwidth": 200_000}],
                         ids=["latency", "throttle"])
def test_slow_links_still_deliver(rig, faults):
    profile, world, proxy = rig
    rng = random.Random(1)
    proxy.set(**faults)
    world.dispose(5)
    ops = _queue(profile, rng, "slow", 3)
    _converge(profile, ops)
    _exactly_once(world, ops)


@pytest.mark.parametrize("kind", ["reset_after", "truncate_after"])
def test_broken_bodies_converge_exactly_once(rig, kind):
    profile, world, proxy = rig
    seed = random.SystemRandom().randrange(2**32)
    print(f"seed {seed}")
    rng = random.Random(seed)
    ops: dict[str, str] = {}
    for round_no in range(ROUNDS):
        ops.update(_queue(profile, rng, f"{kind}{round_no}"))
        world.dispose(rng.randint(0, 3))
        proxy.set(**{kind: rng.randint(100, 6000)})
        proxy.drop_all()
        report = profile.engine.run_once()  # may break anywhere; must not raise
        assert report.finished_at is not None
        proxy.set()
        proxy.drop_all()
        _converge(profile, ops)
    _exactly_once(world, ops)
    assert profile.store.sync_state.get().last_sync_ok is True


def test_blackhole_times_out_then_converges(rig):
    profile, world, proxy = rig
    ops = _queue(profile, random.Random(2), "hole")
    proxy.set(blackhole=True)
    proxy.drop_all()
    report = profile.engine.run_once()
    assert report.outcome is Outcome.OFFLINE, report
    assert report.error_kind.value == "timeout"
    proxy.set()
    proxy.drop_all()
    _converge(profile, ops)
    _exactly_once(world, ops)
