"""Handover tables: per-complaint handover notes and the handovers a profile made or received.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Officers rotate often; the successor must see what the predecessor noted on each complaint and
which package came over (a package is imported at most once).
"""
import sqlalchemy as sa
from alembic import op

from lapor_desktop.store.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handover_notes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("tracking_id", sa.String(64), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("handover_id", sa.String(36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_handover_notes_complaint_id", "handover_notes", ["complaint_id"])
    op.create_table(
        "handovers",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("from_officer", sa.Text(), nullable=False),
        sa.Column("to_officer", sa.Text(), nullable=False),
        sa.Column("agency_id", sa.String(64), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("handovers")
    op.drop_index("ix_handover_notes_complaint_id", "handover_notes")
    op.drop_table("handover_notes")
