"""Which deadline matters now for a complaint, given its server status.

The server sets the due dates; this module only chooses among them so the queue can sort by the
deadline the officer must meet next.
"""

from __future__ import annotations

import datetime as dt

from lapor_desktop.core.models import Complaint, Status


def next_due(complaint: Complaint) -> dt.datetime | None:
    """The deadline the OPD faces next, or ``None`` once the complaint is out of its hands.

    - *Terdisposisi*: the first follow-up (5 working days), falling back to completion.
    - *Ditindaklanjuti* and *Ditanggapi Pelapor*: completion by classification.
    - *Selesai*, *Dikembalikan*, *Arsip*: nothing is owed.
    """
    match complaint.status:
        case Status.TERDISPOSISI:
            return complaint.first_response_due or complaint.completion_due
        case Status.DITINDAKLANJUTI | Status.DITANGGAPI_PELAPOR:
            return complaint.completion_due
        case _:
            return None
