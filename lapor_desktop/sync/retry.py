"""Retry policy: exponential backoff with full jitter, honouring the server's ``Retry-After``.

The next attempt time is persisted per outbox item, so a restart (or a crash) does not reset the
backoff and a flapping link is not hammered.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import random


@dataclasses.dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Backoff parameters. ``delay(attempts)`` is the wait before attempt ``attempts + 1``."""

    base_seconds: float = 5.0
    factor: float = 2.0
    max_seconds: float = 30 * 60.0
    # Full jitter spreads the retries of many offices that come online at the same moment.
    jitter: float = 1.0

    def delay(self, attempts: int, *, retry_after: float | None = None,
              rng: random.Random | None = None) -> float:
        """Seconds to wait after ``attempts`` failed attempts (at least ``retry_after``)."""
        attempts = max(1, attempts)
        ceiling = min(self.max_seconds, self.base_seconds * self.factor ** (attempts - 1))
        rand = (rng or random).random()
        wait = ceiling * (1.0 - self.jitter * rand)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_seconds))
        return max(wait, 0.0)

    def next_attempt_at(self, now: dt.datetime, attempts: int, *,
                        retry_after: float | None = None,
                        rng: random.Random | None = None) -> dt.datetime:
        """The instant of the next attempt."""
        return now + dt.timedelta(seconds=self.delay(attempts, retry_after=retry_after, rng=rng))


def parse_retry_after(value: str | None, *, now: dt.datetime) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP-date); ``None`` if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())
