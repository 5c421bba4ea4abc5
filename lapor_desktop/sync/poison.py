"""When a retried action is a poison action: the server fails *this request* the same way again and
again, so retrying can never succeed and would hold every later action of the complaint forever.

A failure's signature is the HTTP status and the server's error code (``"500 internal_error"``).
The engine counts identical signatures in a row per outbox operation (stored, so a restart keeps
the count) and moves the operation to *needs attention* once the count reaches :func:`limit`:

- :data:`DETERMINISTIC_REPEATS` (2) when the server named a specific reason (an error code other
  than the generic ones): the same named refusal twice is the server's decision, not bad luck;
- :data:`SERVER_ERROR_REPEATS` (5) for a generic 5xx. Five, because every attempt comes after a
  growing back-off (5 s, 10 s, 20 s, 40 s ... with jitter) in passes whose health and login checks
  succeeded, so five identical failures in a row are minutes of a server that works for everything
  but this request; a restart or a database fail-over rarely fails one request five times in a row,
  and fewer would strand good replies on one bad deployment.

Failures that say "come back later" never count: 429, 503 and anything with ``Retry-After`` (the
server promised to recover), and network errors or timeouts (nothing was answered).
"""

from __future__ import annotations

from lapor_desktop.sync.errors import ErrorKind, SyncError

SERVER_ERROR_REPEATS = 5
DETERMINISTIC_REPEATS = 2
# Error codes that say nothing about the request itself.
_GENERIC_CODES = frozenset({"", "error", "internal_error", "bad_gateway", "gateway_timeout",
                            "service_unavailable", "unavailable"})


def _code(error: SyncError) -> str:
    code = error.body.get("error") if isinstance(error.body, dict) else None
    return code[:80] if isinstance(code, str) else ""


def signature(error: SyncError) -> str | None:
    """The failure's signature, or None when it must not count towards giving up."""
    if error.kind is ErrorKind.PROTOCOL:
        # The server answered this request with something unreadable.
        return f"{error.status or 0} protocol"
    if error.kind is not ErrorKind.SERVER or error.status is None:
        return None
    if error.status == 503 or error.retry_after is not None:
        return None
    return f"{error.status} {_code(error) or '-'}"


def limit(error: SyncError) -> int:
    """How many identical failures in a row make the operation a poison one."""
    return SERVER_ERROR_REPEATS if _code(error) in _GENERIC_CODES else DETERMINISTIC_REPEATS


def reason(error: SyncError, repeats: int) -> str:
    """What the officer reads in the ledger: the server's own words and what to do."""
    said = str(error)[:400]
    return (f"Server menolak tindakan ini {repeats} kali berturut-turut dengan alasan yang sama: "
            f"{said}. Tindakan tidak dicoba lagi otomatis; ubah lalu kirim ulang, lewati, "
            "atau buang.")
