"""The link meter and metered mode: what the status bar and "Siapkan untuk luring" rely on."""

from __future__ import annotations

import pytest

from lapor_desktop.sync.link_meter import (
    MIN_SAMPLE_BYTES,
    LinkMeter,
    MeteredMode,
    metered,
    speed_text,
)


def test_unmeasured_link_is_not_slow_and_shows_a_dash():
    meter = LinkMeter()
    assert meter.bytes_per_second is None and not meter.is_slow()
    assert speed_text(meter.bytes_per_second) == "-"
    assert not metered(MeteredMode.AUTO, meter)


def test_a_256_kbit_link_is_slow_and_turns_automatic_metered_mode_on():
    meter = LinkMeter()
    meter.record(256 * 1024, 8.0)  # 256 KB in 8 s = 262 kbit/s
    assert meter.is_slow()
    assert metered("auto", meter) and metered("on", meter) and not metered("off", meter)
    assert speed_text(meter.bytes_per_second) == "262 kbit/s"


def test_tiny_transfers_say_nothing_about_bandwidth():
    meter = LinkMeter()
    meter.record(MIN_SAMPLE_BYTES - 1, 10.0)
    meter.record(100_000, 0.0)
    assert meter.bytes_per_second is None


def test_the_average_follows_a_link_that_gets_better():
    meter = LinkMeter()
    meter.record(100_000, 10.0)
    for _ in range(20):
        meter.record(10_000_000, 1.0)
    assert not meter.is_slow()
    assert speed_text(meter.bytes_per_second).endswith("Mbit/s")


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError):
        metered("sometimes", LinkMeter())
