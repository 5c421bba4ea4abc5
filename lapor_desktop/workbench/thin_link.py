"""Thin links for the window's status bar and the preparation (issue 16): the measured speed,
whether metered mode applies, and what is waiting (actions, and bytes of files to upload)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from lapor_desktop.store import OutboxState
from lapor_desktop.sync.link_meter import metered
from lapor_desktop.sync.ordering import pending_upload_bytes

if TYPE_CHECKING:
    from lapor_desktop.workbench.workbench import Workbench

# "Siapkan untuk luring" on a metered link with no budget set fetches at most this much.
METERED_DEFAULT_BUDGET = 20 * 1024 * 1024


@dataclasses.dataclass(frozen=True, slots=True)
class LinkSummary:
    """What the status bar shows about the link."""

    bytes_per_second: float | None
    metered: bool
    waiting_actions: int
    waiting_upload_bytes: int


def summary(bench: Workbench) -> LinkSummary:
    """The link as last measured, and what is waiting to be sent."""
    pending = bench.store.outbox.ledger(states=frozenset({OutboxState.QUEUED,
                                                          OutboxState.SENDING}), limit=10_000)
    return LinkSummary(bench.link_meter.bytes_per_second,
                       metered(bench.settings.metered_mode, bench.link_meter),
                       len(pending), sum(pending_upload_bytes(op) for op in pending))


def prepare_budget(bench: Workbench, explicit_mb: float | None = None) -> int | None:
    """Bytes "Siapkan untuk luring" may fetch: the officer's choice, else the setting, else a
    default on a metered link, else no limit."""
    mb = explicit_mb if explicit_mb is not None else bench.settings.offline_budget_mb
    if mb:
        return int(mb * 1024 * 1024)
    if metered(bench.settings.metered_mode, bench.link_meter):
        return METERED_DEFAULT_BUDGET
    return None
