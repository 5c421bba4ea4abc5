""""Siapkan untuk luring" when things go wrong (issue 16, bad input): the link drops mid-file,
the disk fills up. The readiness check then says exactly what is missing, the cache holds only
whole files, and a later run continues where the first stopped (Range), never from zero."""

from __future__ import annotations

import subprocess
import threading

import pytest

from lapor_desktop.sync import prefetch
from lapor_desktop.sync.outbox import cached_path, read_cached
from lapor_desktop.workbench import readiness
from lapor_desktop.workbench.readiness import Outcome
from tests.faults.proxy import FaultProxy
from tests.support.offline_world import add_blob, blob, dispose_with
from tests.sync_helpers import ClientProfile, live_world, wait_for

pytestmark = pytest.mark.timeout(180)
PROFILE_PASSWORD = "Pr0fil-uji-16!"


def _half_written(cache):
    return sorted(p.name for p in cache.rglob("*") if p.is_file()
                  and (p.name.endswith(".part") or p.name.startswith(".in-")))


def test_dropped_link_keeps_the_partial_file_and_the_next_run_resumes(tmp_path):
    with live_world(tmp_path) as (server, world):
        data = blob(600_000, 7)
        sha = add_blob(world, data)
        dispose_with(world, [sha])
        host, port = server.url.removeprefix("http://").split(":")
        with FaultProxy((host, int(port))) as proxy:
            profile = ClientProfile(tmp_path / "p", proxy.url, timeout=(5.0, 30.0),
                                    profile_password=PROFILE_PASSWORD)
            bench = profile.bench
            try:
                assert bench.sync().error_kind is None
                part = cached_path(bench.cache_dir, sha).with_name(sha + ".part")
                proxy.set(bandwidth=100_000)
                results = []
                worker = threading.Thread(target=lambda: results.append(readiness.prepare(bench)))
                worker.start()
                try:
                    wait_for(lambda: part.exists() and part.stat().st_size > 64_000,
                             timeout=60, what="the download to be under way")
                    proxy.set(refuse=True)
                    proxy.drop_all()  # the link drops mid-file
                finally:
                    worker.join(timeout=60)
                (first,) = results
                (result,) = first.fetch.files
                assert result.outcome is Outcome.LINK_DOWN
                assert part.exists() and not cached_path(bench.cache_dir, sha).exists()
                r = first.readiness
                assert not r.ready and [m.size for m in r.missing] == [600_000]
                assert "Koneksi terputus" in r.missing[0].reason
                kept = part.stat().st_size

                proxy.set()  # the link is back
                second = readiness.prepare(bench)
                (result,) = second.fetch.files
                assert result.outcome is Outcome.FETCHED
                assert 0 < result.resumed_from <= kept  # paused, not restarted
                assert second.fetch.bytes_fetched == 600_000 - result.resumed_from
                assert second.readiness.ready
                assert read_cached(bench.cache_dir, sha, bench.store.cache_cipher) == data
                assert _half_written(bench.cache_dir) == []
            finally:
                profile.close()


@pytest.fixture
def small_disk(tmp_path):
    """The profile's attachment cache on a 2 MB tmpfs (a nearly full disk)."""
    cache = tmp_path / "p" / "cache"
    cache.mkdir(parents=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(cache)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield cache
    finally:
        subprocess.run(["umount", "-l", str(cache)], check=False)


@pytest.mark.parametrize("when", ["before", "while_writing"])
def test_full_disk_says_what_is_missing_and_leaves_nothing_half_written(
        tmp_path, small_disk, monkeypatch, when):
    if when == "while_writing":
        # No room check: the disk fills while the second file is being written.
        monkeypatch.setattr(prefetch, "DISK_MARGIN_BYTES", -10 * 1024 * 1024)
    with live_world(tmp_path) as (server, world):
        files = [blob(700_000, 20 + n) for n in range(3)]
        shas = [add_blob(world, data) for data in files]
        for sha in shas:
            dispose_with(world, [sha])
        profile = ClientProfile(tmp_path / "p", server.url, profile_password=PROFILE_PASSWORD)
        bench = profile.bench
        try:
            prepared = readiness.prepare(bench)
            outcomes = [f.outcome for f in prepared.fetch.files]
            assert outcomes[0] is Outcome.FETCHED
            assert outcomes[1:] == [Outcome.DISK_FULL] * (len(outcomes) - 1)
            r = prepared.readiness
            assert not r.ready and r.attachments_cached == 1 and len(r.missing) == 2
            assert r.missing_bytes == 1_400_000
            said = ("Ruang disk tidak cukup (kurang 1 MB)" if when == "before"
                    else "Disk penuh saat menyimpan lampiran")
            assert [m.reason.startswith(said) for m in r.missing] == [True, True]
            assert _half_written(bench.cache_dir) == []
            cached = [s for s in shas if cached_path(bench.cache_dir, s).exists()]
            assert len(cached) == 1
            assert read_cached(bench.cache_dir, cached[0], bench.store.cache_cipher) in files
        finally:
            profile.close()
