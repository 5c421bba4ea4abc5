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
    #: Metered mode: actions whose files wait for the daily budget, and their bytes.
    held_actions: int = 0
    held_bytes: int = 0
    #: Metered mode's daily allowance left (None: no limit, or not metered).
    budget_left_bytes: int | None = None


def summary(bench: Workbench) -> LinkSummary:
    """The link as last measured, and what is waiting to be sent."""
    pending = bench.store.outbox.ledger(states=frozenset({OutboxState.QUEUED,
                                                          OutboxState.SENDING}), limit=10_000)
    usage = bench.data_budget.usage()
    held = {op.id: pending_upload_bytes(op) for op in pending
            if op.id in usage.held and op.state is OutboxState.QUEUED}
    return LinkSummary(bench.link_meter.bytes_per_second,
                       metered(bench.settings.metered_mode, bench.link_meter),
                       len(pending), sum(pending_upload_bytes(op) for op in pending),
                       len(held), sum(held.values()), usage.remaining_bytes)


def prepare_budget(bench: Workbench, explicit_mb: float | None = None) -> int | None:
    """Bytes "Siapkan untuk luring" may fetch: the officer's choice, else the setting, else a
    default on a metered link, else no limit."""
    mb = explicit_mb if explicit_mb is not None else bench.settings.offline_budget_mb
    thin = metered(bench.settings.metered_mode, bench.link_meter)
    budget = int(mb * 1024 * 1024) if mb else (METERED_DEFAULT_BUDGET if thin else None)
    # On a metered link the files also come out of the day's allowance (data_budget.py),
    # unless the officer named a size for this preparation.
    left = bench.data_budget.usage().remaining_bytes if thin and explicit_mb is None else None
    if left is not None:
        budget = left if budget is None else min(budget, left)
    return budget
