"""Secrets inside the encrypted store (the server token where the OS has no keyring).

Writing a secret into a plaintext database would put it on disk in the clear, so the repository
only works on an encrypted store; on a plaintext one, :meth:`SecretRepository.available` is False
and writes raise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from lapor_desktop.core.errors import StoreError
from lapor_desktop.core.i18n import _
from lapor_desktop.store._base import Clock, Repository
from lapor_desktop.store.orm import SecretRow

if TYPE_CHECKING:  # engine imports this module; the vault only needs the type
    from lapor_desktop.store.engine import Store


class SecretRepository(Repository):
    """Named secrets, only in an encrypted database."""

    def __init__(self, session_factory: sessionmaker[Session], clock: Clock | None = None, *,
                 encrypted: bool) -> None:
        super().__init__(session_factory, clock)
        self._encrypted = encrypted

    @property
    def available(self) -> bool:
        """True when the database is encrypted, so a secret may be kept in it."""
        return self._encrypted

    def get(self, name: str, *, session: Session | None = None) -> str | None:
        """The secret ``name``, or None."""
        with self._reading(session) as s:
            row = s.get(SecretRow, name)
            return row.value if row else None

    def put(self, session: Session, name: str, value: str) -> None:
        """Create or replace ``name``; refused on a plaintext database."""
        if not self._encrypted:
            raise StoreError(_("Rahasia tidak disimpan: basis data ini tidak terenkripsi."))
        values = {"value": value, "updated_at": self._clock()}
        stmt = sqlite_insert(SecretRow).values(name=name, **values)
        session.execute(stmt.on_conflict_do_update(index_elements=["name"], set_=values))

    def delete(self, session: Session, name: str) -> None:
        """Forget ``name`` (no error if absent)."""
        session.execute(sa.delete(SecretRow).where(SecretRow.name == name))


class StoreTokenVault:
    """The server token kept in the encrypted store, for PCs without an OS keyring.

    Implements :class:`lapor_desktop.sync.credentials.TokenVault`. On a plaintext store it keeps
    nothing (``save`` returns False), so a token never reaches the disk in the clear.
    """

    PREFIX = "token:"

    def __init__(self, store: Store) -> None:
        self._store = store

    def load(self, account: str) -> str | None:
        """The token saved for ``account``."""
        return self._store.secrets.get(self.PREFIX + account)

    def save(self, account: str, token: str) -> bool:
        """Keep ``token`` if the store is encrypted; True if kept."""
        if not self._store.secrets.available:
            return False
        with self._store.transaction() as session:
            self._store.secrets.put(session, self.PREFIX + account, token)
        return True

    def delete(self, account: str) -> None:
        """Forget ``account``'s token."""
        with self._store.transaction() as session:
            self._store.secrets.delete(session, self.PREFIX + account)
