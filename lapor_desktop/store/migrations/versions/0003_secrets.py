"""Secrets table: a place for the server token inside the encrypted database.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Office PCs without an OS keyring had to log in to the server at every start because the token
could only live in memory. With the store encrypted (SQLCipher), the token may live there.
"""
import sqlalchemy as sa
from alembic import op

from lapor_desktop.store.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "secrets",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("secrets")
