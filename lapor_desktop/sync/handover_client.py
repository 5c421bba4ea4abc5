"""Handover calls of the sync protocol (serah terima through the server when both are online).

Functions over a :class:`~lapor_desktop.sync.client.SyncClient`, so the adapter stays the one
place that talks to the server; every answer is validated with the shared protocol models.
"""

from __future__ import annotations

import base64
import binascii
import uuid

from lapor_desktop.core.i18n import _
from lapor_desktop.protocol.handover import (
    MAX_PACKAGE_BYTES,
    DeactivateRequest,
    DeactivateResult,
    HandoverInfo,
    HandoverList,
    HandoverPackageBody,
    HandoverUpload,
)
from lapor_desktop.sync import errors
from lapor_desktop.sync.client import SyncClient


def deposit(client: SyncClient, package_id: str, to_username: str, complaint_ids: list[int],
            sealed: bytes) -> HandoverInfo:
    """Leave a sealed package for ``to_username`` (same agency); safe to repeat."""
    if len(sealed) > MAX_PACKAGE_BYTES:
        raise errors.ProtocolError(
            _("Paket lebih dari {value} KB dan tidak dapat dikirim lewat server. "
               "Serahkan berkasnya langsung (flashdisk).").format(value=MAX_PACKAGE_BYTES // 1024))
    body = HandoverUpload(id=uuid.UUID(package_id), to_username=to_username,
                          complaint_ids=complaint_ids,
                          package=base64.b64encode(sealed).decode("ascii"))
    return client._json("POST", "/handovers", HandoverInfo, "handover",
                        json_body=body.model_dump(mode="json"))


def incoming(client: SyncClient) -> list[HandoverInfo]:
    """Handovers waiting for this officer."""
    return client._json("GET", "/handovers/incoming", HandoverList, "handovers").items


def fetch(client: SyncClient, handover_id: uuid.UUID | str) -> bytes:
    """The sealed package of an incoming handover."""
    body = client._json("GET", f"/handovers/{uuid.UUID(str(handover_id))}/package",
                        HandoverPackageBody, "handover package")
    try:
        return base64.b64decode(body.package, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise errors.ProtocolError(_("Paket serah terima dari server tidak sah.")) from exc


def mark_received(client: SyncClient, handover_id: uuid.UUID | str) -> HandoverInfo:
    """Tell the server the package was imported (kept in the agency's audit trail)."""
    return client._json("POST", f"/handovers/{uuid.UUID(str(handover_id))}/received",
                        HandoverInfo, "handover")


def audit_trail(client: SyncClient) -> list[HandoverInfo]:
    """The agency's handovers, newest first."""
    return client._json("GET", "/handovers", HandoverList, "handovers").items


def deactivate(client: SyncClient, username: str, reason: str) -> DeactivateResult:
    """An agency admin (pejabat) closes a departed colleague's account; tokens are revoked."""
    body = DeactivateRequest(reason=reason)
    return client._json("POST", f"/officers/{username}/deactivate", DeactivateResult,
                        "deactivation", json_body=body.model_dump(mode="json"))
