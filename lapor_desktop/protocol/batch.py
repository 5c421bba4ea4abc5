"""Wire models of the batch action endpoint (``POST /actions/batch``).

A batch carries several officer actions in one request; each keeps its own ``action_id`` (the
same UUID that is its ``Idempotency-Key`` when sent alone) and gets its own result, in order.
The server applies each in its own transaction: a refused action never undoes or hides an
accepted one, and a replayed batch returns the stored receipts.
"""

from __future__ import annotations

import uuid

from pydantic import Field

from lapor_desktop.protocol.limits import MAX_INT
from lapor_desktop.protocol.models import (
    ActionReceipt,
    ActionRequest,
    ErrorBody,
    WireInt,
    _Request,
    _Response,
)

#: Actions per batch at most: the request stays far below the JSON body limit and the answer
#: (a full snapshot per receipt) within :data:`MAX_BATCH_RESPONSE_BYTES`.
MAX_BATCH_ACTIONS = 50
#: The cap a client puts on a batch answer (decoded).
MAX_BATCH_RESPONSE_BYTES = 16 * 1024 * 1024


class BatchAction(_Request):
    """One action of a batch: its idempotency key, the complaint, and the action itself."""

    action_id: uuid.UUID
    complaint_id: WireInt = Field(ge=1, le=MAX_INT)
    action: ActionRequest


class BatchActionsRequest(_Request):
    """Actions to apply, each on its own."""

    actions: list[BatchAction] = Field(min_length=1, max_length=MAX_BATCH_ACTIONS)


class BatchActionResult(_Response):
    """What became of one action: ``status`` is the HTTP status it would have had alone (201
    accepted, or a replay's stored status), with its ``receipt``, or its ``error``."""

    action_id: uuid.UUID
    status: int
    receipt: ActionReceipt | None = None
    error: ErrorBody | None = None


class BatchActionsResponse(_Response):
    """One result per action, in the order sent."""

    results: list[BatchActionResult]
