"""The daily allowance of attachment traffic on a metered link (issue 16, thin links).

On a metered link text always goes first (:mod:`lapor_desktop.sync.ordering`); files go only
within a budget of megabytes **per day**, or when the officer asks for one ("Kirim sekarang").
Per day rather than per pass because the app syncs every few minutes: a per-pass budget would
let a day of passes spend it many times over, while satellite and 3G quotas are counted by the
day (or month). The day turns at midnight WIB (UTC+7), where most of Kepulauan Riau is.

An action's files are counted whole when it is admitted (its pending bytes are reserved), so an
upload that pauses for text or resumes in a later pass is never counted twice and never stopped
half way by the budget. An action that does not fit waits: it stays in the outbox marked held
("menunggu jaringan cepat") until the next day, a link that is no longer metered, or the
officer's "Kirim sekarang", which admits it whatever the budget. Downloads by "Siapkan untuk
luring" on a metered link come out of the same allowance. The bookkeeping is one small blob in
the profile's store, so it survives a restart and never leaves the PC.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from lapor_desktop.store import OutboxState, Store
from lapor_desktop.store.outbox import OutboxOp
from lapor_desktop.sync.ordering import pending_upload_bytes

#: The setting's default: a few downscaled evidence photos a day.
DEFAULT_DAILY_MB = 10
BUDGET_KEY = "metered_budget"
_DAY_ZONE = dt.timezone(dt.timedelta(hours=7))  # WIB
MB = 1024 * 1024


@dataclasses.dataclass(frozen=True, slots=True)
class Usage:
    """Today's allowance and what waits for it."""

    day: str
    limit_bytes: int | None  # None: no limit
    spent_bytes: int
    held: dict[str, int]  # op id -> bytes of files waiting for the budget

    @property
    def remaining_bytes(self) -> int | None:
        """What may still go today (None: no limit)."""
        return None if self.limit_bytes is None else max(0, self.limit_bytes - self.spent_bytes)


def day_of(now: dt.datetime) -> str:
    """The budget day of ``now`` (ISO date in WIB)."""
    return now.astimezone(_DAY_ZONE).date().isoformat()


def held_ops(store: Store, now: dt.datetime) -> dict[str, int]:
    """Actions whose files wait for the budget today (op id -> bytes), as the last pass left
    them; for the outbox list and the status bar."""
    entry = store.reference_data.get(BUDGET_KEY)
    data = entry.data if entry is not None and isinstance(entry.data, dict) else {}
    if data.get("day") != day_of(now):
        return {}
    return {k: int(v) for k, v in data.get("held", {}).items()}


class DataBudget:
    """Admits attachment uploads on a metered link within the day's allowance.

    ``limit_mb`` returns the setting (None: no limit, 0: files only on demand); ``metered``
    whether thin-link behaviour applies now. Thread-safe: the sync worker admits, the GUI's
    database worker reads and forces.
    """

    def __init__(self, store: Store, limit_mb: Callable[[], float | None],
                 metered: Callable[[], bool], clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._limit_mb = limit_mb
        self._metered = metered
        self._clock = clock
        self._lock = threading.Lock()

    # --- bookkeeping ---------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        entry = self._store.reference_data.get(BUDGET_KEY)
        data = dict(entry.data) if entry is not None and isinstance(entry.data, dict) else {}
        today = day_of(self._clock())
        if data.get("day") != today:
            # A new day: the allowance is whole again; forced actions stay forced and held
            # ones are asked again at the next pass.
            data = {"day": today, "spent": 0, "admitted": [],
                    "forced": list(data.get("forced", [])), "held": {}}
        return data

    def _save(self, data: dict[str, Any]) -> None:
        with self._store.transaction() as session:
            self._store.reference_data.put(session, BUDGET_KEY, "1", data)

    def _limit_bytes(self) -> int | None:
        mb = self._limit_mb()
        return None if mb is None else int(mb * MB)

    def usage(self) -> Usage:
        """Today's allowance, spending and held actions (held only while they still wait)."""
        with self._lock:
            data = self._load()
        limit = self._limit_bytes() if self._metered() else None
        return Usage(data["day"], limit, int(data.get("spent", 0)),
                     {k: int(v) for k, v in data.get("held", {}).items()})

    # --- decisions -------------------------------------------------------------------------

    def admit(self, op: OutboxOp) -> bool:
        """Whether ``op``'s files may be uploaded now (the sync engine's gate). Admitting
        reserves its pending bytes; refusing marks it held."""
        pending = pending_upload_bytes(op)
        if not pending:
            return True
        with self._lock:
            data = self._load()
            held = dict(data.get("held", {}))
            limit = self._limit_bytes()
            if op.id in data["admitted"] or op.id in data["forced"]:
                return True
            if not self._metered() or limit is None:
                if held.pop(op.id, None) is not None:
                    self._save({**data, "held": held})
                return True
            if data["spent"] + pending <= limit:
                held.pop(op.id, None)
                self._save({**data, "spent": data["spent"] + pending,
                            "admitted": [*data["admitted"], op.id], "held": held})
                return True
            if held.get(op.id) != pending:
                held[op.id] = pending
                self._save({**data, "held": held})
            return False

    def force(self, op_id: str) -> None:
        """The officer's "Kirim sekarang": send this action's files whatever the budget (they
        still count toward today's spending)."""
        op = self._store.outbox.get(op_id)
        if op is None or not pending_upload_bytes(op):
            return  # nothing to upload: the budget has no say
        with self._lock:
            data = self._load()
            held = dict(data.get("held", {}))
            held.pop(op_id, None)
            spent = data["spent"] + (0 if op_id in data["admitted"]
                                     else pending_upload_bytes(op))
            # Forced actions stay forced across days until they leave the outbox.
            live = {o.id for o in self._store.outbox.ledger(
                states=frozenset({OutboxState.QUEUED, OutboxState.SENDING}), limit=10_000)}
            forced = sorted({*(f for f in data["forced"] if f in live), op_id})
            self._save({**data, "spent": spent, "held": held, "forced": forced})

    def record_download(self, nbytes: int) -> None:
        """Files fetched on a metered link (by "Siapkan untuk luring") spend the allowance."""
        if nbytes <= 0 or not self._metered():
            return
        with self._lock:
            data = self._load()
            self._save({**data, "spent": data["spent"] + nbytes})
