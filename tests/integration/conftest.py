"""Fixtures: the real reference server on a loopback port and a client profile in tmp_path."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from lapor_desktop.server.testing import LiveServer
from tests.support.serverkit import BACKENDS, fresh_db_url
from tests.sync_helpers import ClientProfile, ServerWorld, live_world


@pytest.fixture
def world(tmp_path):
    with live_world(tmp_path) as pair:
        yield pair


@pytest.fixture
def profile(tmp_path, world):
    server, _ = world
    p = ClientProfile(tmp_path / "profile", server.url)
    yield p
    p.close()


@contextlib.contextmanager
def _world(backend: str, tmp_path) -> Iterator[tuple[LiveServer, ServerWorld]]:
    url = fresh_db_url(backend, tmp_path)
    world = ServerWorld.create(url)
    server = LiveServer(url).start()
    try:
        yield server, world
    finally:
        server.stop()
        world.db.dispose()


@pytest.fixture(params=BACKENDS)
def bworld(request, tmp_path):
    """The real server on SQLite, and on PostgreSQL when ``LAPOR_TEST_PG_URL`` is set."""
    with _world(request.param, tmp_path) as pair:
        yield pair


@pytest.fixture
def bprofile(tmp_path, bworld):
    """A client profile wired to :func:`bworld`'s server."""
    server, _ = bworld
    p = ClientProfile(tmp_path / "profile", server.url)
    yield p
    p.close()
