"""``sync --json`` reports the server's Retry-After whenever it sent one: a 503 on the health
check and a 429 on the changes feed (the reference server only rate-limits logins; that case runs
against it in tests/integration/test_sync_truth.py). The misbehaving server is a real HTTP server
on a loopback port."""

from __future__ import annotations

import datetime as dt
import json

from lapor_desktop.store import open_store
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.engine import SyncEngine
from lapor_desktop.sync.http import HttpTransport
from lapor_desktop.sync.report import Outcome, report_json
from tests.faults.hostile_server import HostileServer


def _engine(fake: HostileServer, store, tmp_path) -> SyncEngine:
    client = SyncClient(HttpTransport(fake.url, timeout=(2.0, 2.0)), token="tkn")
    return SyncEngine(store, lambda: client, cache_dir=tmp_path / "cache")


def test_retry_after_from_health_and_changes_reaches_the_json(tmp_path):
    busy = b'{"error":"unavailable","message":"Server sedang pemeliharaan"}'
    limited = b'{"error":"rate_limited","message":"Terlalu banyak permintaan"}'
    with HostileServer() as fake, open_store(tmp_path / "p" / "lapor.db") as store:
        engine = _engine(fake, store, tmp_path)
        fake.health = lambda: (503, busy, {"Retry-After": "120"})
        report = engine.run_once()
        assert report.outcome is Outcome.OFFLINE and report.retry_after == 120
        now = dt.datetime.now(dt.UTC)
        data = report_json(report, now)
        assert data["retry_after"] == 120 and data["exit_code"] == 3
        assert dt.datetime.fromisoformat(data["retry_at"]) >= now.replace(microsecond=0)
        json.dumps(data)  # printable as is

        fake.health = None
        # An HTTP date works too (RFC 9110 allows both forms).
        when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=300)
        fake.changes = lambda c: (429, limited, {
            "Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")})
        report = engine.run_once()
        assert report.error_kind.value == "rate_limited", report
        assert 200 < report.retry_after <= 300
        assert report_json(report, dt.datetime.now(dt.UTC))["retry_after"] > 200

        fake.changes = lambda c: (429, limited)  # no Retry-After: none reported
        report = engine.run_once()
        assert report.outcome is Outcome.OFFLINE and report.retry_after is None
        assert report_json(report, dt.datetime.now(dt.UTC))["retry_after"] is None
