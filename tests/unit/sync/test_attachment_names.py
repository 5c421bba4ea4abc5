"""Finding 8 of issue 19: a server's attachment names are cleaned on receipt, as for saving."""

from __future__ import annotations

from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint
from tests.faults.hostile_server import snapshot


def test_names_from_the_server_lose_bidi_overrides_and_device_names():
    raw = snapshot(1, 1, attachments=[
        {"sha256": "a" * 64, "filename": "bukti\u202egnp.exe", "mime_type": "image/png",
         "size": 10},
        {"sha256": "b" * 64, "filename": "CON.png", "mime_type": "image/png", "size": 10}])
    complaint = snapshot_to_complaint(ComplaintSnapshot.model_validate(raw))
    assert [a.filename for a in complaint.attachments] == ["buktignp.exe", "_CON.png"]
