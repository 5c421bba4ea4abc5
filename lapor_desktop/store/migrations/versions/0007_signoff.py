"""Sign-off requests of the stored complaints (issue 15).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

The officer sees which follow-ups wait for the Pejabat Penghubung, which came back with comments
and which were approved; the official's review queue is built from the same rows.
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signoffs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("complaint_id", sa.Integer(),
                  sa.ForeignKey("complaints.id", ondelete="CASCADE"), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
    )
    op.create_index("ix_signoffs_complaint_id", "signoffs", ["complaint_id"])


def downgrade() -> None:
    op.drop_index("ix_signoffs_complaint_id", "signoffs")
    op.drop_table("signoffs")
