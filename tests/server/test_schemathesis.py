"""Property-based fuzzing of every operation in the app's OpenAPI document (schemathesis 4).

Bounded (a fixed number of examples per operation and mode) so it runs in about a minute.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

EXAMPLES = 15

# Upload chunks are raw bytes; reuse the built-in binary serializer for the tus-like media type.
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")


def _operations(server):
    schema = schemathesis.openapi.from_url(f"{server.api}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["positive", "negative"])
def test_no_server_errors(demo_server, mode):
    operations = _operations(demo_server)
    assert len(operations) >= 10
    for operation in operations:
        # A token of its own per operation: logout and token revocation are fuzzed too, and
        # must not revoke the token other tests share.
        auth = {"Authorization": f"Bearer {_own_token(demo_server)}"}
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case):
            # (check runs right below, inside this iteration: auth is this operation's token)
            response = case.call(base_url=demo_server.url, headers=auth,  # noqa: B023
                                 timeout=30)
            case.validate_response(response, checks=[not_a_server_error])
            if response.status_code >= 400:
                body = response.json()
                assert body["error"] and body["message"], body

        try:
            check()
        except Unsatisfiable:
            # An operation without inputs (health) has no negative cases to generate.
            assert mode == GenerationMode.NEGATIVE
    _own_token(demo_server)  # leaves the shared server unthrottled


def _own_token(server) -> str:
    """A fresh, uncached login; the fuzzed logins' failures are forgotten first (the session's
    shared server must not stay throttled for the tests after this one)."""
    import requests
    from sqlalchemy import delete

    from lapor_desktop.server import models as m
    from lapor_desktop.server.seed import DEMO_PASSWORD

    with server.db.write() as session:
        session.execute(delete(m.LoginThrottle))
    r = requests.post(f"{server.api}/auth/login",
                      json={"username": "demo.biropem", "password": DEMO_PASSWORD}, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["token"]
