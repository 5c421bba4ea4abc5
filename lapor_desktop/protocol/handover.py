"""Wire models of handovers (serah terima) between two officers of one agency.

The package itself is sealed by the outgoing officer's app with a password the two officers
agree; the server only carries it (base64) and records who handed what to whom, and when.
"""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field

from lapor_desktop.protocol.limits import MAX_INT

#: The largest sealed package the server carries (base64 must fit a JSON body of 1 MiB).
MAX_PACKAGE_BYTES = 700 * 1024
MAX_HANDOVER_COMPLAINTS = 5000


BASE64_PATTERN = r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"


class HandoverUpload(BaseModel):
    """The outgoing officer hands a sealed package to a colleague of the same agency."""

    model_config = ConfigDict(extra="forbid")

    id: uuid.UUID = Field(description="The package id; sending it again changes nothing")
    to_username: str = Field(min_length=1, max_length=64)
    complaint_ids: list[int] = Field(max_length=MAX_HANDOVER_COMPLAINTS)
    # Standard base64 of at most MAX_PACKAGE_BYTES bytes, stated in the schema so a client (or a
    # fuzzer) knows exactly what the server takes.
    package: str = Field(min_length=4, max_length=4 * (MAX_PACKAGE_BYTES // 3),
                         pattern=BASE64_PATTERN, description="The sealed package, base64")


class HandoverInfo(BaseModel):
    """One handover as the agency's audit trail shows it."""

    model_config = ConfigDict(extra="ignore")

    id: uuid.UUID
    agency_id: str
    from_username: str
    from_name: str
    to_username: str
    to_name: str
    created_at: dt.datetime
    received_at: dt.datetime | None = None
    complaint_ids: list[int] = Field(max_length=MAX_HANDOVER_COMPLAINTS)


class HandoverList(BaseModel):
    """Handovers, newest first."""

    model_config = ConfigDict(extra="ignore")

    items: list[HandoverInfo] = Field(max_length=1000)


class HandoverPackageBody(BaseModel):
    """The sealed package for its receiver."""

    model_config = ConfigDict(extra="ignore")

    id: uuid.UUID
    package: str = Field(max_length=(MAX_PACKAGE_BYTES * 4) // 3 + 4)


class DeactivateRequest(BaseModel):
    """An agency admin ends a (departed) officer's access."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=500)


class DeactivateResult(BaseModel):
    """The account is closed: no login, every token revoked."""

    model_config = ConfigDict(extra="ignore")

    username: str
    deactivated_at: dt.datetime
    tokens_revoked: int = Field(ge=0, le=MAX_INT)
