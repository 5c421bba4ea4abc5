"""Crash safety: SIGKILL ``python -m lapor_desktop sync`` at random moments, then check that no
queued follow-up was lost, none reached the server twice, the database is intact, and the next
sync delivers everything (DESIGN section 5); after a kill, exactly one ``sync`` reaches exit 0.

Reproduce a run with ``LAPOR_CRASH_SEED=<seed printed below>``; ``LAPOR_STRESS=1`` runs 300 trials.
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from lapor_desktop.core.models import ActionKind
from lapor_desktop.store import encrypted
from lapor_desktop.store.profile import database_path
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.workbench.settings import Settings, save_settings
from tests.sync_helpers import FOLLOW_UP_TEXT, PASSWORD, USER, ClientProfile, live_world

STRESS = os.environ.get("LAPOR_STRESS") == "1"
TRIALS = 300 if STRESS else 30
pytestmark = pytest.mark.timeout(3600 if STRESS else 300)


def _spawn(profile_dir) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LAPOR_PASSWORD": PASSWORD,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    return subprocess.Popen([sys.executable, "-m", "lapor_desktop", "sync", "--profile",
                             str(profile_dir)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _db_check(path, key) -> dict[str, str]:
    """integrity_check must be ok; returns op id -> state as the killed process left them."""
    conn = encrypted.connect(path, key, timeout=30)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return dict(conn.execute("SELECT id, state FROM outbox").fetchall())
    finally:
        conn.close()


def _wait_progress(dbfile, key, ops: list[str], target: int,
                   proc: subprocess.Popen[bytes]) -> bool:
    """Poll until ``target`` of ``ops`` are sending or accepted (True), or the process ended."""
    marks = ",".join("?" * len(ops))
    while proc.poll() is None:
        conn = encrypted.connect(dbfile, key, timeout=30)
        try:
            moved = conn.execute(f"SELECT count(*) FROM outbox WHERE id IN ({marks}) AND state "
                                 "IN ('sending', 'accepted')", ops).fetchone()[0]
        except encrypted.dbapi().OperationalError:  # locked by the writer for a moment
            moved = 0
        finally:
            conn.close()
        if moved >= target:
            return True
        time.sleep(0.002)  # a poll interval, not a wait for anything
    return False


def test_sigkill_during_sync_loses_nothing_and_sends_nothing_twice(tmp_path):
    seed = int(os.environ.get("LAPOR_CRASH_SEED", random.SystemRandom().randrange(2**32)))
    print(f"crash harness seed: LAPOR_CRASH_SEED={seed} ({TRIALS} trials)")
    rng = random.Random(seed)
    with live_world(tmp_path) as (server, world):
        world.dispose(40)
        # Encrypted like every profile the command line opens (the password is the tests' own).
        profile = ClientProfile(tmp_path / "prof", server.url,
                                profile_password=os.environ["LAPOR_PROFILE_PASSWORD"])
        save_settings(profile.root, Settings(server_url=server.url, username=USER))
        assert profile.engine.run_once().pulled == 40
        dbfile = database_path(profile.root)
        queued: dict[str, str] = {}  # op id -> its unique text

        def queue_some(trial: int) -> None:
            local = sorted(profile.store.complaints.ids())  # pulled so far
            for i in range(3):
                text = f"{FOLLOW_UP_TEXT} Nomor {trial}-{i}."
                cid = rng.choice(local)
                queued[queue_action(profile.store, cid,
                                    ActionInput(ActionKind.FOLLOW_UP, text=text))] = text

        # Calibrate the kill window on one undisturbed run (no assertion on its duration).
        queue_some(-1)
        start = time.monotonic()
        assert _spawn(profile.root).wait(timeout=120) in (0, 2)
        window = max(0.5, (time.monotonic() - start) * 1.3)
        kills = mid_send = 0
        for trial in range(TRIALS):
            queue_some(trial)
            world.dispose(rng.randint(0, 12))  # fresh pages to pull
            proc = _spawn(profile.root)
            delay = rng.uniform(0.0, window)
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(timeout=60)
            states = _db_check(dbfile, profile.key)
            mid_send += "sending" in states.values()
            assert set(queued) <= set(states), f"queued op lost (seed {seed}, trial {trial})"
            sent = collections.Counter(world.follow_up_texts())
            assert max(sent.values(), default=0) <= 1, f"duplicate follow-up (seed {seed})"
        print(f"{kills} kills, {mid_send} left an op 'sending' (resent next pass)")
        assert kills >= TRIALS // 3, f"too few kills landed ({kills}); window {window:.2f}s"
        # The next syncs deliver everything, each exactly once.
        for _ in range(200):
            report = profile.engine.run_once()
            pending = [o for o in queued if profile.store.outbox.get(o).state.value != "accepted"]
            if not pending:
                break
            assert report.error_kind is None, report
        sent = collections.Counter(world.follow_up_texts())
        assert sorted(sent) == sorted(queued.values())
        assert set(sent.values()) == {1}
        assert all(profile.store.outbox.get(o).receipt_number for o in queued)
        profile.close()


def test_sigkill_then_one_sync_delivers_three_replies_to_one_complaint(tmp_path):
    """Three replies to one complaint, ``sync`` killed at random moments (maybe mid-send): the
    next single ``sync`` delivers all three, in order, each once, and exits 0."""
    seed = int(os.environ.get("LAPOR_CRASH_SEED", random.SystemRandom().randrange(2**32)))
    print(f"crash harness seed: LAPOR_CRASH_SEED={seed}")
    rng = random.Random(seed)
    with live_world(tmp_path) as (server, world):
        [cid] = world.dispose(1)
        profile = ClientProfile(tmp_path / "prof", server.url,
                                profile_password=os.environ["LAPOR_PROFILE_PASSWORD"])
        save_settings(profile.root, Settings(server_url=server.url, username=USER))
        assert profile.engine.run_once().pulled == 1
        dbfile = database_path(profile.root)
        rounds, kills = (10 if STRESS else 4), 0
        for trial in range(rounds):
            texts = [f"{FOLLOW_UP_TEXT} Putaran {trial} balasan {i}." for i in range(3)]
            ops = [queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=t))
                   for t in texts]
            # Kill mid-pass: once 1, 2 or 3 of the replies are on the wire or accepted (the
            # database says so), wherever the process is at that moment.
            target = rng.randint(1, 3)
            proc = _spawn(profile.root)
            if _wait_progress(dbfile, profile.key, ops, target, proc):
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(timeout=60)
            _db_check(dbfile, profile.key)
            # Exactly one more sync: exit 0, everything delivered, once, in order.
            done = _spawn(profile.root)
            assert done.wait(timeout=120) == 0, f"seed {seed}, trial {trial}"
            assert {profile.store.outbox.get(o).state.value for o in ops} == {"accepted"}
            sent = world.follow_up_texts_of(cid)
            assert [t for t in sent if f"Putaran {trial} " in t] == texts, (seed, trial)
            assert max(collections.Counter(sent).values()) == 1
        print(f"{kills} of {rounds} syncs killed mid-pass")
        assert kills >= 1, f"no kill landed (seed {seed})"
        profile.close()
