"""SIGKILL the follow-up editor while the officer types: every autosaved text is recoverable.

A real child process (:mod:`tests.faults.draft_child`) runs the editor offscreen on a real
profile and reports each autosave that reached the database; the test kills it right after a
report, while it goes on typing, then reads what "Pulihkan draf?" would offer.
"""

from __future__ import annotations

import datetime as dt
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint
from lapor_desktop.store import DraftState, open_store
from lapor_desktop.store.profile import cache_dir, database_path, ensure_profile_dir
from lapor_desktop.workbench.drafts import DraftService
from tests.faults.draft_child import CHUNKS, expected_text
from tests.faults.hostile_server import snapshot

ROOT = Path(__file__).resolve().parents[2]


def _seed(profile: Path) -> None:
    with open_store(database_path(ensure_profile_dir(profile))) as store:
        complaint = snapshot_to_complaint(ComplaintSnapshot.model_validate(snapshot(1, 1)))
        with store.transaction() as session:
            store.complaints.upsert_snapshots(session, [complaint])


class _Child:
    """The child process with its stdout read line by line on a thread (deadlines, no sleeps)."""

    def __init__(self, profile: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.draft_child", str(profile), "1"], cwd=ROOT,
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def wait_line(self, wanted: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"child never printed {wanted!r}")
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                err = self.proc.stderr.read() if self.proc.stderr else ""
                raise AssertionError(f"child ended before {wanted!r}: {err[-2000:]}")
            if line == wanted:
                return

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        assert self.proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("kill_after", [1, 3, len(CHUNKS)])
def test_sigkill_while_typing_keeps_every_autosaved_text(tmp_path, kill_after):
    profile = tmp_path / "profil"
    _seed(profile)
    child = _Child(profile)
    try:
        child.wait_line("READY")
        child.wait_line(f"SAVED {kill_after}")
    finally:
        child.kill()  # mid-typing: the next chunk is being typed or waits for its autosave

    with open_store(database_path(profile)) as store:
        service = DraftService(store, cache_dir(profile), lambda: dt.datetime.now(dt.UTC))
        (found,) = service.recoverable()
        assert found.complaint_id == 1 and found.tracking_id == "H0000001"
        # At least what was reported saved; maybe the next chunk too, never a torn mixture.
        assert found.text in {expected_text(kill_after), expected_text(kill_after + 1)}
        assert found.first_line == CHUNKS[0]
        draft = store.drafts.get(found.draft_id)
        assert draft.state is DraftState.EDITING
        assert sum(store.outbox.counts().values()) == 0  # nothing was sent by the crash

    # A second run resumes the same draft rather than starting an empty one.
    child = _Child(profile)
    try:
        child.wait_line("READY")
    finally:
        child.kill()
    with open_store(database_path(profile)) as store:
        assert len(store.drafts.for_complaint(1)) == 1
