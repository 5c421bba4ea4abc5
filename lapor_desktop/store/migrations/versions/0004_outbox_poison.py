"""Outbox: remember repeated identical failures, and let the officer skip a stuck action.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

A reply the server can never store (a 5xx on the same request every time) was retried forever and
held every later reply to its complaint behind it. ``failure_signature`` (HTTP status and the
server's error code) and ``failure_repeats`` count identical failures in a row, so the engine can
move such an action to *needs attention*; ``skipped_at`` marks a *needs attention* action the
officer chose to step over, so it no longer holds the later actions of its complaint.
"""
import sqlalchemy as sa
from alembic import op

from lapor_desktop.store.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("failure_signature", sa.String(200), nullable=True))
        batch.add_column(sa.Column("failure_repeats", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("skipped_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("skipped_at")
        batch.drop_column("failure_repeats")
        batch.drop_column("failure_signature")
