"""The outbox push's one ordering rule for thin links: text before attachments.

On a satellite or 3G link of a few hundred kbit/s a 5 MB photo takes minutes; a text follow-up
takes a second. So within a push round the operations that still have a file to upload go after
every operation that has none, and an upload in progress pauses between chunks (its offset kept
on the server, nothing re-sent) as soon as a text operation is waiting behind it. Operations
stay ordered per complaint (the outbox only ever offers each complaint's head), so this never
reorders two actions of the same complaint.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Collection, Iterable

from lapor_desktop.store import Store
from lapor_desktop.store.outbox import OutboxOp

# How often an upload in progress asks the outbox whether text is waiting behind it: a cheap
# query, but not one per 256 KB chunk on a fast link.
CHECK_EVERY_SECONDS = 0.5


def pending_upload_bytes(op: OutboxOp) -> int:
    """Bytes of ``op``'s attachments not yet complete on the server (0: a text-only action)."""
    return sum(int(a.get("size", 0)) for a in op.payload.get("attachments", [])
               if not a.get("complete"))


def text_first(ops: Iterable[OutboxOp]) -> list[OutboxOp]:
    """``ops`` with every operation that has nothing to upload first; otherwise in outbox order
    (the sort is stable)."""
    return sorted(ops, key=lambda op: pending_upload_bytes(op) > 0)


def text_waiting(store: Store, now: Callable[[], dt.datetime], tried: Collection[str],
                 *, every: float = CHECK_EVERY_SECONDS) -> Callable[[], bool]:
    """A poll for an upload loop: True once a due text-only operation not yet tried in this
    pass is waiting (checked at most every ``every`` seconds)."""
    state = {"at": 0.0, "answer": False}

    def check() -> bool:
        if state["answer"]:
            return True
        clock = time.monotonic()
        if clock - state["at"] < every:
            return False
        state["at"] = clock
        state["answer"] = any(op.id not in tried and pending_upload_bytes(op) == 0
                              for op in store.outbox.due_ops(now()))
        return bool(state["answer"])

    return check
