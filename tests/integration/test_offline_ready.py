""""Siap luring" against the real reference server (issue 16).

After "Siapkan untuk luring" the server is stopped: every open complaint, its history and every
attachment opens from the local (encrypted) cache. A size budget, a file the server lost and a
second run that resumes are each reported exactly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from lapor_desktop.sync import errors
from lapor_desktop.sync.attachments import ensure_cached
from lapor_desktop.sync.outbox import read_cached
from lapor_desktop.workbench import readiness, readiness_text
from lapor_desktop.workbench.readiness import Outcome
from tests.support.offline_world import add_blob, blob, dispose_with, follow_up_with, remove_blob
from tests.sync_helpers import PASSWORD, USER, ClientProfile, live_world

pytestmark = pytest.mark.timeout(180)


def _open_everything(bench):
    """Every open complaint, with its history and attachments, as the window reads them."""
    opened = {}
    client = bench.session.client()
    try:
        for cid in sorted(bench.store.complaints.ids()):
            complaint = bench.store.complaints.get(cid)
            if complaint.status.value not in ("terdisposisi", "ditindaklanjuti",
                                              "ditanggapi_pelapor"):
                continue
            assert complaint.events, "history is part of the cached complaint"
            files = list(complaint.attachments) + [a for e in complaint.events
                                                   for a in e.attachments]
            for a in files:
                ensure_cached(client, bench.store, bench.cache_dir, a)  # no network if cached
                opened[a.sha256] = read_cached(bench.cache_dir, a.sha256, bench.store.cache_cipher)
    finally:
        client.close()
    return opened


def test_prepared_profile_opens_everything_with_the_server_stopped(tmp_path):
    with live_world(tmp_path) as (server, world):
        files = {n: blob(60_000 + n * 1000, n) for n in range(4)}
        shas = {n: add_blob(world, data) for n, data in files.items()}
        a = dispose_with(world, [shas[0], shas[1]])
        b = world.dispose(1)[0]
        follow_up_with(world, b, shas[2])          # evidence in the history
        done = dispose_with(world, [shas[3]])
        world.close(done)                          # closed: not needed offline
        world.dispose(2)                           # open, no files

        profile = ClientProfile(tmp_path / "p", server.url, profile_password="Pr0fil-uji-16!")
        bench = profile.bench
        try:
            before = readiness.check(bench)
            assert not before.ready and before.last_success_at is None

            prepared = readiness.prepare(bench)
            assert prepared.stopped is None
            r = prepared.readiness
            assert r.ready, readiness_text.rows(r)
            assert (r.open_complaints, r.attachments_total, r.attachments_cached) == (4, 3, 3)
            assert r.missing_bytes == 0 and r.outbox_ok and r.reference_ok
            assert r.next_due_at is not None and r.next_due_tracking_id
            fetched = {f.attachment.sha256 for f in prepared.fetch.with_outcome(Outcome.FETCHED)}
            assert fetched == {shas[0], shas[1], shas[2]}

            server.stop()
            opened = _open_everything(bench)
            assert opened == {shas[n]: files[n] for n in (0, 1, 2)}
            assert any(e.attachments for e in bench.store.complaints.get(b).events)
            assert bench.store.complaints.get(a).attachments
            # The control: what was not prepared really needs the (stopped) server.
            closed = bench.store.complaints.get(done).attachments[0]
            client = bench.session.client()
            try:
                with pytest.raises(errors.SyncError):
                    ensure_cached(client, bench.store, bench.cache_dir, closed)
            finally:
                client.close()
            # Nothing in the cache is in plain text or half-written.
            leftovers = [p for p in bench.cache_dir.rglob("*") if p.is_file()
                         and (p.name.endswith(".part") or p.name.startswith(".in-"))]
            assert leftovers == []
            for data in files.values():
                for p in bench.cache_dir.rglob("*"):
                    if p.is_file():
                        assert data[:64] not in p.read_bytes()
        finally:
            profile.close()


def test_budget_lost_file_and_resumed_run_are_reported(tmp_path):
    with live_world(tmp_path) as (server, world):
        files = {n: blob(300_000, 10 + n) for n in range(3)}
        shas = {n: add_blob(world, data) for n, data in files.items()}
        for n in range(3):
            dispose_with(world, [shas[n]])
        profile = ClientProfile(tmp_path / "p", server.url)
        bench = profile.bench
        try:
            first = readiness.prepare(bench, budget=400_000)
            assert len(first.fetch.with_outcome(Outcome.FETCHED)) == 1
            assert len(first.fetch.with_outcome(Outcome.OVER_BUDGET)) == 2
            r = first.readiness
            assert not r.ready and len(r.fetchable) == 2 and r.missing_bytes == 600_000
            assert "2 belum diunduh" in readiness_text.rows(r)[1].summary

            lost = [m for m in r.fetchable][0]
            lost_sha = next(s for s in shas.values() if bench.store.complaints
                            .get_by_tracking_id(lost.tracking_id).attachments[0].sha256 == s)
            remove_blob(world, lost_sha)

            second = readiness.prepare(bench)  # resumes: only what is still missing
            assert [f.outcome for f in second.fetch.files].count(Outcome.FETCHED) == 1
            assert len(second.fetch.files) == 2
            r = second.readiness
            assert not r.ready and r.missing_bytes == 0
            assert [(m.tracking_id, m.unavailable) for m in r.missing] == [
                (lost.tracking_id, True)]
            assert "tidak ada lagi di server" in r.missing[0].reason
            data = r.to_json()["attachments"]
            assert data["to_fetch"] == 0 and data["missing"][0]["unavailable"] is True
        finally:
            profile.close()


def test_ready_command_prints_and_exits_by_readiness(tmp_path):
    with live_world(tmp_path) as (server, world):
        sha = add_blob(world, blob(20_000, 99))
        dispose_with(world, [sha])
        home = tmp_path / "cli"
        env = {**os.environ, "LAPOR_PASSWORD": PASSWORD, "PYTHONPATH": os.getcwd()}

        def run(*args):
            return subprocess.run([sys.executable, "-m", "lapor_desktop", "--profile", str(home),
                                   *args], env=env, capture_output=True, text=True, timeout=120)

        login = run("login", "--server", server.url, "--user", USER)
        assert login.returncode == 0, login.stderr
        assert run("sync").returncode == 0  # the complaint is here, its photo is not
        check = run("ready", "--json")
        assert check.returncode == 2, check.stderr
        data = json.loads(check.stdout)
        assert data["ready"] is False and data["attachments"]["to_fetch"] == 1
        assert data["attachments"]["to_fetch_bytes"] == 20_000
        prepared = run("ready", "--prepare")
        assert prepared.returncode == 0, prepared.stdout + prepared.stderr
        assert "Siap luring" in prepared.stdout
        assert "Semua 1 lampiran tersimpan" in prepared.stdout
        server.stop()
        again = run("ready")
        assert again.returncode == 0 and "[v] Lampiran laporan terbuka" in again.stdout
