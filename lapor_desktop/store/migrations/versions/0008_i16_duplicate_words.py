"""Each complaint's content words kept with its duplicate keys (issue 16).

Revision ID: 0008_i16_duplicate_words
Revises: 0007
Create Date: 2026-11-30

The detail view's duplicate lookup tokenised the title and body of every candidate (up to 120)
each time a complaint was opened; the words are now computed once, when the complaint is keyed,
and read back as one short column. Existing keys get NULL, which marks them stale, so the next
look re-keys them (no salt or identity is needed to fill the column in a migration).
"""
import sqlalchemy as sa
from alembic import op

revision = "0008_i16_duplicate_words"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("duplicate_keys") as batch:
        batch.add_column(sa.Column("words", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("duplicate_keys") as batch:
        batch.drop_column("words")
