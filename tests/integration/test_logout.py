"""Finding 6 of issue 19: logout (and logout-and-wipe) revokes the token on the server.

Before, logout only forgot the token locally: a copy taken from the laptop stayed valid for 12
hours. The client now calls ``POST /auth/logout``; offline, it still forgets the token here.
"""

from __future__ import annotations

import requests

from lapor_desktop.sync.session import SyncSession
from tests.sync_helpers import PASSWORD, USER, memory_credentials


def test_session_logout_revokes_the_token_on_the_server(world):
    server, _ = world
    session = SyncSession(server.url, USER, memory_credentials())
    client, answer, _saved = session.login(PASSWORD)
    client.close()
    stolen = answer.token  # e.g. copied from the laptop's keyring before it was wiped
    headers = {"Authorization": f"Bearer {stolen}"}
    assert requests.get(f"{server.url}/api/v1/me", headers=headers, timeout=10).status_code == 200
    assert session.logout() is True
    assert session.credentials.load(server.url, USER) is None
    assert requests.get(f"{server.url}/api/v1/me", headers=headers, timeout=10).status_code == 401
    assert session.logout() is True  # nothing left to revoke: still fine


def test_logout_offline_still_forgets_the_token_locally(world, tmp_path):
    server, _ = world
    session = SyncSession(server.url, USER, memory_credentials())
    client, _answer, _saved = session.login(PASSWORD)
    client.close()
    gone = SyncSession("http://127.0.0.1:9", USER, session.credentials)  # nothing listens
    session.credentials.save(gone.server_url, USER, "tok-123")
    assert gone.logout() is False
    assert session.credentials.load(gone.server_url, USER) is None
