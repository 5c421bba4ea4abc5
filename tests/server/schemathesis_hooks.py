"""Schemathesis hooks for the contract run (loaded through ``SCHEMATHESIS_HOOKS``).

- Upload chunks are raw bytes: the tus-like media type uses the built-in binary serializer.
- In positive cases, every other login uses a real demo account, so the stateful phase can follow
  the OpenAPI links from a real token (login -> changes -> action; upload -> action). Negative
  cases are left alone: they must stay invalid.
"""

from __future__ import annotations

import os
import zlib

import schemathesis

schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")

LOGIN_USER = os.environ.get("LAPOR_ST_USER", "demo.biropem")
LOGIN_PASSWORD = os.environ.get("LAPOR_ST_PASSWORD", "")


@schemathesis.hook
def before_call(context, case, kwargs):
    """Swap in the demo credentials for half of the positive login cases (deterministically);
    send header values a link filled from a JSON number (``Upload-Offset``) as text, as HTTP
    needs (schemathesis passes the number through unchanged)."""
    if case.headers:
        case.headers = {k: v if isinstance(v, str) else str(v) for k, v in case.headers.items()}
    if not LOGIN_PASSWORD or not case.path.endswith("/auth/login") or case.meta is None:
        return
    if not case.meta.generation.mode.is_positive or not isinstance(case.body, dict):
        return
    if zlib.crc32(repr(case.body).encode()) % 2 == 0:
        case.body = {"username": LOGIN_USER, "password": LOGIN_PASSWORD}
