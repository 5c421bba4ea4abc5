"""Child process of the rotation test: saves a follow-up draft the way the editor's autosave
does (the command line has no "draft" command; the window does it on every keystroke).

Usage: python -m tests.integration.handover_child PROFILE TRACKING_ID TEXT
"""

from __future__ import annotations

import sys

from lapor_desktop.workbench.doors import open_headless


def main(profile: str, tracking_id: str, text: str) -> int:
    with open_headless(profile) as bench:
        complaint = bench.store.complaints.get_by_tracking_id(tracking_id)
        assert complaint is not None, tracking_id
        bench.save_draft(complaint.id, {"text": text})
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
