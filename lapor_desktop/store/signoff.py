"""Sign-off requests of the stored complaints (issue 15), as the server's snapshots carry them.

Each complaint snapshot holds the full list of its sign-off requests, so they are replaced
wholesale with the complaint (:meth:`ComplaintRepository.upsert_snapshots`) in the same
transaction, and die with it when it leaves the agency. The payload is the wire dict
(``protocol.SignoffSnapshot``); the workbench reads it (:mod:`lapor_desktop.workbench.signoff`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, Session, mapped_column

from lapor_desktop.core.models import Complaint
from lapor_desktop.store._base import Repository
from lapor_desktop.store.orm import Base


class SignoffRow(Base):
    """One sign-off request of a stored complaint (the wire dict in ``data``)."""

    __tablename__ = "signoffs"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    complaint_id: Mapped[int] = mapped_column(
        sa.ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(sa.String(32))
    data: Mapped[dict[str, Any]] = mapped_column(sa.JSON)


def replace_signoffs(session: Session, complaints: Iterable[Complaint]) -> None:
    """Store each complaint's sign-off requests in place of the ones it had."""
    complaints = list(complaints)
    ids = [c.id for c in complaints]
    if not ids:
        return
    session.execute(sa.delete(SignoffRow).where(SignoffRow.complaint_id.in_(ids)))
    rows = [{"id": int(s["id"]), "complaint_id": c.id, "state": str(s["state"]), "data": dict(s)}
            for c in complaints for s in c.signoffs]
    if rows:
        session.execute(sa.insert(SignoffRow), rows)


class SignoffRepository(Repository):
    """Reads of the stored sign-off requests."""

    def for_complaint(self, complaint_id: int, *,
                      session: Session | None = None) -> list[dict[str, Any]]:
        """The complaint's requests, oldest first (wire dicts)."""
        with self._reading(session) as s:
            return [dict(d) for d in s.scalars(
                sa.select(SignoffRow.data).where(SignoffRow.complaint_id == complaint_id)
                .order_by(SignoffRow.id))]

    def by_state(self, states: Iterable[str], *,
                 session: Session | None = None) -> list[tuple[int, dict[str, Any]]]:
        """(complaint id, request) of every request in ``states``, oldest first."""
        with self._reading(session) as s:
            return [(cid, dict(d)) for cid, d in s.execute(
                sa.select(SignoffRow.complaint_id, SignoffRow.data)
                .where(SignoffRow.state.in_(list(states))).order_by(SignoffRow.id))]

    def all(self, *, session: Session | None = None) -> list[tuple[int, dict[str, Any]]]:
        """(complaint id, request) of every stored request (reports)."""
        with self._reading(session) as s:
            return [(cid, dict(d)) for cid, d in s.execute(
                sa.select(SignoffRow.complaint_id, SignoffRow.data).order_by(SignoffRow.id))]
