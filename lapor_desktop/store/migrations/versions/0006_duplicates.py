"""Duplicate detection keys and the officer's links between complaints.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

``duplicate_keys`` holds what the detector compares for each complaint (salted reporter keys,
never the identity; normalised place; category; submission time), indexed so one complaint's
candidates are found without a scan. ``complaint_links`` keeps the pairs the officer linked.
"""
import sqlalchemy as sa
from alembic import op

from lapor_desktop.store.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_keys",
        sa.Column("complaint_id", sa.Integer(),
                  sa.ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True,
                  autoincrement=False),
        sa.Column("phone_key", sa.String(64), nullable=True),
        sa.Column("email_key", sa.String(64), nullable=True),
        sa.Column("place_key", sa.Text(), nullable=False),
        sa.Column("category", sa.String(200), nullable=False),
        sa.Column("submitted_at", UTCDateTime(), nullable=False),
        sa.Column("synced_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_duplicate_keys_phone_key", "duplicate_keys", ["phone_key"])
    op.create_index("ix_duplicate_keys_email_key", "duplicate_keys", ["email_key"])
    op.create_index("ix_duplicate_keys_place", "duplicate_keys",
                    ["place_key", "category", "submitted_at"])
    op.create_table(
        "complaint_links",
        sa.Column("low_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("high_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_complaint_links_high_id", "complaint_links", ["high_id"])


def downgrade() -> None:
    op.drop_table("complaint_links")
    op.drop_table("duplicate_keys")
