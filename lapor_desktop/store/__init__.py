"""The local store: SQLite (WAL) through SQLAlchemy, the only package that imports SQLAlchemy.

Open it with :func:`open_store`; every repository hangs off the returned :class:`Store`. ORM
objects never leave this package: repositories take and return core dataclasses or the frozen
dataclasses exported here.
"""

from lapor_desktop.store._base import DraftState, OutboxState
from lapor_desktop.store.complaints import ComplaintRepository, LocalInfo
from lapor_desktop.store.drafts import Draft, DraftRepository, DraftVersion
from lapor_desktop.store.engine import Store, open_store
from lapor_desktop.store.outbox import ErrorKind, OutboxOp, OutboxRepository
from lapor_desktop.store.queue import (
    Page,
    PageKey,
    QueueQuery,
    QueueRepository,
    QueueRow,
    QueueSort,
    fts_query,
)
from lapor_desktop.store.settings import (
    OfficerProfile,
    ProfileRepository,
    ReferenceDataRepository,
    ReferenceEntry,
    SyncState,
    SyncStateRepository,
)

__all__ = [
    "ComplaintRepository", "Draft", "DraftRepository", "DraftState", "DraftVersion", "ErrorKind",
    "LocalInfo", "OfficerProfile", "OutboxOp", "OutboxRepository", "OutboxState", "Page",
    "PageKey", "ProfileRepository", "QueueQuery", "QueueRepository", "QueueRow", "QueueSort",
    "ReferenceDataRepository", "ReferenceEntry", "Store", "SyncState", "SyncStateRepository",
    "fts_query", "open_store",
]
