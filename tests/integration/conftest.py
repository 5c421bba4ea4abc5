"""Fixtures: the real reference server on a loopback port and a client profile in tmp_path."""

from __future__ import annotations

import pytest

from tests.sync_helpers import ClientProfile, live_world


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
