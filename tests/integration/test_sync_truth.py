"""Sync tells the truth (issue 13), against the real server on SQLite and PostgreSQL:

- one pass delivers every due action, in order per complaint; exit 0 only with nothing queued;
- work left waiting for its retry time is exit 7 with ``next_retry_at``;
- a poison action (the server fails it the same way every time) goes to "needs attention" after
  a bounded number of tries and holds its complaint's later actions until the officer skips or
  discards it; other complaints are never held;
- ``retry_after`` is reported whenever the server asked for one.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from lapor_desktop.core.models import ActionKind
from lapor_desktop.store import OutboxState
from lapor_desktop.sync import poison
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.sync.report import Outcome
from tests.integration.test_cli import run_cli
from tests.sync_helpers import FOLLOW_UP_TEXT, USER, ClientProfile, ServerWorld

pytestmark = pytest.mark.timeout(300)
MARK = "RACUN"  # text the poisoned server can never store


def poison_server(world: ServerWorld) -> None:
    """Make the server's database refuse any event whose text holds MARK, the way PostgreSQL
    refuses a NUL: a deterministic failure inside the real request handling (answered 500)."""
    with world.db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(text(
                f"CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.text LIKE '%{MARK}%' "
                "BEGIN SELECT RAISE(ABORT, 'tidak dapat disimpan'); END"))
        else:
            conn.execute(text(
                "CREATE FUNCTION lapor_poison() RETURNS trigger AS $$ BEGIN "
                f"IF NEW.text LIKE '%{MARK}%' THEN RAISE EXCEPTION 'tidak dapat disimpan'; "
                "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"))
            conn.execute(text("CREATE TRIGGER poison BEFORE INSERT ON events FOR EACH ROW "
                              "EXECUTE FUNCTION lapor_poison()"))


def _reply(profile: ClientProfile, cid: int, text: str = FOLLOW_UP_TEXT) -> str:
    return queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=text))


def test_one_pass_delivers_every_reply_in_order(bworld, bprofile):
    _, world = bworld
    a, b = world.dispose(2)
    bprofile.engine.run_once()
    texts = [f"{FOLLOW_UP_TEXT} Balasan {i}." for i in range(3)]
    for t in texts:
        _reply(bprofile, a, t)
    _reply(bprofile, b)
    report = bprofile.engine.run_once()
    assert report.outcome is Outcome.DELIVERED, report
    assert report.pushed == 4 and report.queued_left == 0 and report.next_retry_at is None
    assert world.follow_up_texts_of(a) == texts
    assert bprofile.store.outbox.counts()[OutboxState.ACCEPTED] == 4


def test_poison_reply_goes_to_attention_and_skip_frees_its_complaint(bworld, bprofile):
    _, world = bworld
    a, b = world.dispose(2)
    bprofile.engine.run_once()
    poison_server(world)
    bad = _reply(bprofile, a, f"{FOLLOW_UP_TEXT} {MARK}")
    later = [_reply(bprofile, a, f"{FOLLOW_UP_TEXT} Sesudahnya {i}.") for i in range(2)]
    other = _reply(bprofile, b)

    report = bprofile.engine.run_once()
    # The other complaint is not held; the poisoned one waits for its retry time: exit 7.
    assert bprofile.store.outbox.get(other).state is OutboxState.ACCEPTED
    assert report.outcome is Outcome.WAITING_RETRY, report
    assert report.queued_left == 3 and report.next_retry_at is not None
    for attempt in range(2, poison.SERVER_ERROR_REPEATS + 1):
        report = bprofile.engine.run_once()
        assert report.pushed == 0, report
        if attempt < poison.SERVER_ERROR_REPEATS:
            assert report.outcome is Outcome.WAITING_RETRY, (attempt, report)
    op = bprofile.store.outbox.get(bad)
    assert op.state is OutboxState.NEEDS_ATTENTION and op.attempts == poison.SERVER_ERROR_REPEATS
    # The server's own reason, and what the officer can do about it.
    assert "5 kali" in op.last_error and "Terjadi kesalahan pada server" in op.last_error
    assert op.error_kind == "server"
    assert report.outcome is Outcome.NEEDS_ATTENTION
    # The later replies still wait behind it: order per complaint is kept.
    assert all(bprofile.store.outbox.get(o).state is OutboxState.QUEUED for o in later)
    assert bprofile.engine.run_once().pushed == 0
    assert world.follow_up_texts_of(a) == []

    with bprofile.store.transaction() as s:
        bprofile.store.outbox.skip(s, bad)
    report = bprofile.engine.run_once()
    assert report.pushed == 2 and report.outcome is Outcome.NEEDS_ATTENTION, report
    assert world.follow_up_texts_of(a) == [f"{FOLLOW_UP_TEXT} Sesudahnya {i}." for i in range(2)]
    assert bprofile.store.outbox.get(bad).state is OutboxState.NEEDS_ATTENTION  # text kept
    with bprofile.store.transaction() as s:
        bprofile.store.outbox.discard(s, bad)
    assert bprofile.engine.run_once().outcome is Outcome.DELIVERED


def test_sync_cli_exit_7_and_next_retry_at_while_a_reply_waits(bworld, tmp_path):
    server, world = bworld
    [cid] = world.dispose(1)
    prof = str(tmp_path / "prof")
    assert run_cli("--profile", prof, "login", "--server", server.url, "--user", USER
                   ).returncode == 0
    assert run_cli("--profile", prof, "sync").returncode == 0
    poison_server(world)
    reply = tmp_path / "tl.txt"
    reply.write_text(f"{FOLLOW_UP_TEXT} {MARK}", encoding="utf-8")
    assert run_cli("--profile", prof, "reply", f"T{cid:07d}", "--file", str(reply)
                   ).returncode == 0
    before = dt.datetime.now(dt.UTC)
    r = run_cli("--profile", prof, "sync", "--json")
    assert r.returncode == 7, r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["outcome"] == "waiting_retry" and data["exit_code"] == 7
    assert data["queued_left"] == 1 and data["pushed"] == 0
    assert dt.datetime.fromisoformat(data["next_retry_at"]) >= before.replace(microsecond=0)
    assert data["next_retry_in"] >= 0 and data["failures"][0]["will_retry"] is True
    r = run_cli("--profile", prof, "sync")
    assert r.returncode == 7 and "Masih antre: 1" in r.stdout, r.stdout


def test_rate_limited_login_reports_retry_after(bworld, tmp_path):
    server, world = bworld
    world.dispose(1)
    prof = str(tmp_path / "prof")
    assert run_cli("--profile", prof, "login", "--server", server.url, "--user", USER
                   ).returncode == 0
    # Failed logins slow the account down (1 s, doubling, up to a minute; see
    # tests/server/test_auth_hardening.py): here, as after many of them, the account waits a
    # minute, so the test does not depend on how fast the next process starts.
    world.slow_down_logins(USER, failures=20)
    r = run_cli("--profile", prof, "login", "--server", server.url, "--user", USER,
                password="salah-sekali")
    assert r.returncode == 3, r.stderr
    # The profile keeps its token (encrypted); the server ends the session, so the sync has to
    # log in again, and the login is what is rate limited.
    world.revoke_tokens()
    r = run_cli("--profile", prof, "sync", "--json", password="salah-sekali")
    assert r.returncode == 3, r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["error_kind"] == "rate_limited"
    assert 1 <= data["retry_after"] <= 60
    assert dt.datetime.fromisoformat(data["retry_at"]) > dt.datetime.now(dt.UTC)


def test_reply_with_nul_queued_by_an_older_version_needs_attention_not_a_retry(bworld, bprofile):
    """Before the text rule an outbox could hold a NUL (PostgreSQL answered 500 for ever). Now
    such a stored action is refused locally, once, with the reason; nothing reaches the server."""
    _, world = bworld
    [cid] = world.dispose(1)
    bprofile.engine.run_once()
    complaint = bprofile.store.complaints.get(cid)
    with bprofile.store.transaction() as s:  # as an older version queued it, unchecked
        old = bprofile.store.outbox.enqueue(s, None, cid, ActionKind.FOLLOW_UP,
                                            {"text": FOLLOW_UP_TEXT + "\x00",
                                             "propose_close": False}, complaint.revision)
    report = bprofile.engine.run_once()
    assert report.outcome is Outcome.NEEDS_ATTENTION, report
    op = bprofile.store.outbox.get(old)
    assert op.state is OutboxState.NEEDS_ATTENTION and "karakter NUL" in op.last_error
    assert world.follow_up_texts_of(cid) == [] and world.actions() == 0
