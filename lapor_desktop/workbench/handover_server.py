"""Serah terima through the server: the outgoing officer deposits the sealed package, the
successor's app picks it up, imports it (one transaction) and tells the server it arrived.

A fetched package is kept in the profile's ``handover/`` folder until it is imported, so a wrong
password or a break in the connection loses nothing.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lapor_desktop.security.handover_seal import read_header
from lapor_desktop.sync import handover_client
from lapor_desktop.sync.session import SyncSession
from lapor_desktop.workbench.handover import HandoverService, ImportResult

INCOMING_DIR = "handover"


@dataclasses.dataclass(frozen=True, slots=True)
class Received:
    """One package picked up from the server: where it is kept, and the import (None: it was
    imported before; the server was told again)."""

    path: Path
    result: ImportResult | None


def deposit(session: SyncSession, package: Path, to_username: str,
            complaint_ids: list[int]) -> str:
    """Send a written package to ``to_username`` through the server; returns the package id."""
    sealed = Path(package).read_bytes()
    header = read_header(sealed)
    client = session.client()
    try:
        handover_client.deposit(client, header.package_id, to_username, complaint_ids, sealed)
    finally:
        client.close()
    return header.package_id


def receive(session: SyncSession, service: HandoverService, profile: Path,
            password: str) -> list[Received]:
    """Fetch and import every package waiting for this officer (oldest first)."""
    folder = profile / INCOMING_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    client = session.client()
    out = []
    try:
        for info in handover_client.incoming(client):
            path = folder / f"{info.id}.serahterima"
            if not path.exists():
                path.write_bytes(handover_client.fetch(client, info.id))
            result = None
            if service.store.handover.get(str(info.id)) is None:
                result = service.import_package(path, password)
            handover_client.mark_received(client, info.id)
            path.unlink(missing_ok=True)
            out.append(Received(path, result))
    finally:
        client.close()
    return out


def deactivate(session: SyncSession, username: str, reason: str) -> object:
    """Close a departed officer's account (the caller must be the agency's pejabat)."""
    client = session.client()
    try:
        return handover_client.deactivate(client, username, reason)
    finally:
        client.close()
