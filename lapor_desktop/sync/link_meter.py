"""How fast the link to the server is, measured on real transfers (no test downloads: on a
metered satellite link every byte is paid for).

Transfers of attachments (downloads and upload chunks) report ``(bytes, seconds)``; the meter keeps
an exponentially weighted average. Small transfers say more about latency than bandwidth and
are ignored. Thread-safe: the network worker records, the status bar reads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import StrEnum

# Below this the link counts as thin: a 1 MB photo takes more than about 16 s at 512 kbit/s.
SLOW_BYTES_PER_SECOND = 512_000 // 8
MIN_SAMPLE_BYTES = 16 * 1024
_WEIGHT = 0.3  # the newest sample's share of the average


class MeteredMode(StrEnum):
    """The officer's setting: thin-link behaviour always, never, or when the link is slow."""

    AUTO = "auto"
    ON = "on"
    OFF = "off"


class LinkMeter:
    """The measured speed of the link (bytes per second), or None before any transfer."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._rate: float | None = None
        self._at: float | None = None
        self._clock = clock

    def record(self, nbytes: int, seconds: float) -> None:
        """A transfer of ``nbytes`` took ``seconds``."""
        if nbytes < MIN_SAMPLE_BYTES or seconds <= 0:
            return
        sample = nbytes / seconds
        with self._lock:
            self._rate = sample if self._rate is None else (
                _WEIGHT * sample + (1 - _WEIGHT) * self._rate)
            self._at = self._clock()

    @property
    def bytes_per_second(self) -> float | None:
        """The current estimate."""
        with self._lock:
            return self._rate

    def is_slow(self) -> bool:
        """Measured, and under :data:`SLOW_BYTES_PER_SECOND`."""
        rate = self.bytes_per_second
        return rate is not None and rate < SLOW_BYTES_PER_SECOND


def metered(mode: MeteredMode | str, meter: LinkMeter) -> bool:
    """Whether thin-link behaviour applies now."""
    mode = MeteredMode(mode)
    if mode is MeteredMode.AUTO:
        return meter.is_slow()
    return mode is MeteredMode.ON


def speed_text(bytes_per_second: float | None) -> str:
    """``"220 kbit/s"``, ``"4,1 Mbit/s"`` or ``"-"`` (unmeasured)."""
    if bytes_per_second is None:
        return "-"
    bits = bytes_per_second * 8
    if bits < 1_000_000:
        return f"{bits / 1000:.0f} kbit/s"
    return f"{bits / 1_000_000:.1f} Mbit/s".replace(".", ",")
