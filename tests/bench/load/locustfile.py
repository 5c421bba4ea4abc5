"""Locust scenario: liaison officers doing incremental syncs; every tenth also pushes a follow-up.

Run by ``python -m tests.bench.load`` (which seeds the data and starts the server behind nginx);
the officers come from the JSON file named by ``LAPOR_LOAD_USERS`` (token, agency, the cursor
they stand at, complaints they may act on). ``LAPOR_LOAD_PACING`` is the seconds between the
starts of one officer's sync passes (0: no pause at all, to find the server's capacity).

One sync pass is what the client does once it is caught up: ``GET /changes`` from its cursor,
page after page until ``has_more`` is false (one request when nothing piled up). A pushing
officer first posts one follow-up with a fresh ``Idempotency-Key`` and then syncs, which brings
the change back (and to the other officer of the same agency).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import uuid
from pathlib import Path

from locust import FastHttpUser, constant, constant_pacing, task

API = "/api/v1"
OFFICERS = json.loads(Path(os.environ["LAPOR_LOAD_USERS"]).read_text(encoding="utf-8"))
PACING = float(os.environ.get("LAPOR_LOAD_PACING", "5"))
PUSH_EVERY = int(os.environ.get("LAPOR_LOAD_PUSH_EVERY", "10"))  # 10: 10% of officers push
PAGE = 200
FOLLOW_UP = ("Tim teknis sudah meninjau lokasi pada hari ini dan perbaikan dijadwalkan minggu "
             "depan oleh Bidang Pelayanan; hubungi 0778-123456 bila belum selesai.")
_next_officer = itertools.count()


class Officer(FastHttpUser):
    """One officer's desktop client, caught up and syncing on a schedule."""

    wait_time = constant_pacing(PACING) if PACING > 0 else constant(0)

    def on_start(self) -> None:
        """Take the next officer from the file (each simulated user is a different officer)."""
        index = next(_next_officer)
        me = OFFICERS[index % len(OFFICERS)]
        self.headers = {"Authorization": f"Bearer {me['token']}", "Accept-Encoding": "gzip"}
        self.cursor = int(me["cursor"])
        self.complaints = list(me["complaint_ids"])
        self.pushes = index % PUSH_EVERY == 0 and bool(self.complaints)
        self.rng = random.Random(index)

    @task
    def sync_pass(self) -> None:
        """Push (one officer in ten), then pull until caught up."""
        if self.pushes:
            self._push()
        while True:
            with self.client.get(f"{API}/changes?cursor={self.cursor}&limit={PAGE}",
                                 headers=self.headers, name="GET /changes (incremental)",
                                 catch_response=True) as r:
                if r.status_code != 200:
                    r.failure(f"HTTP {r.status_code}")
                    return
                page = r.json()
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return

    def _push(self) -> None:
        cid = self.rng.choice(self.complaints)
        body = {"kind": "follow_up", "base_revision": 0, "text": FOLLOW_UP}
        with self.client.post(f"{API}/complaints/{cid}/actions", json=body,
                              headers={**self.headers, "Idempotency-Key": str(uuid.uuid4())},
                              name="POST /complaints/{id}/actions (follow-up)",
                              catch_response=True) as r:
            if r.status_code != 201:
                r.failure(f"HTTP {r.status_code}: {r.text[:120]}")
