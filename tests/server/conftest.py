"""Fixtures for the reference server tests: real servers on loopback ports, real databases.

Every server fixture runs on SQLite, and also on PostgreSQL when ``LAPOR_TEST_PG_URL`` is set
(``tests/support/start_postgres.sh`` prints one). Each server gets its own fresh database.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lapor_desktop.server import seed
from lapor_desktop.server.db import Database
from lapor_desktop.server.testing import LiveServer
from tests.support.serverkit import BACKENDS, FakeClock, Server, fresh_db_url


def _start(backend: str, tmp_dir, *, demo: bool) -> Iterator[Server]:
    url = fresh_db_url(backend, tmp_dir)
    clock = FakeClock()
    if demo:
        seed.seed_demo(url, complaints=120)
    else:
        db = Database(url)
        db.create_schema()
        with db.write() as s:
            seed.ensure_agencies(s)
        db.dispose()
    with LiveServer(url, clock=clock) as live:
        yield Server(live, clock)


@pytest.fixture(scope="session", params=BACKENDS)
def demo_server(request, tmp_path_factory) -> Iterator[Server]:
    """One seeded server per backend for the whole session; tests add their own complaints."""
    yield from _start(request.param, tmp_path_factory.mktemp("demo"), demo=True)


@pytest.fixture(params=BACKENDS)
def clean_server(request, tmp_path) -> Iterator[Server]:
    """A fresh server (agencies and demo officers only) for tests that move the clock."""
    yield from _start(request.param, tmp_path, demo=False)


