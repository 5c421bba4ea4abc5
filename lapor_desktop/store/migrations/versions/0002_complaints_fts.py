"""Full-text search over complaints (FTS5, external content, kept current by triggers).

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-08

The index reads its text from ``complaints`` (content='complaints'), so it stores only the index,
not a second copy of every body. The triggers follow the FTS5 manual's external-content recipe:
a row is removed from the index with the special 'delete' command carrying the OLD values.
'rebuild' indexes the rows a database already holds when it is upgraded from 0001.
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = "tracking_id, title, body, location, category"
OLD = ", ".join(f"old.{c.strip()}" for c in COLUMNS.split(","))
NEW = ", ".join(f"new.{c.strip()}" for c in COLUMNS.split(","))


def upgrade() -> None:
    # remove_diacritics 2: "Pelayanan" matches "Pélayanan"; Indonesian text rarely has any, but
    # names and places imported from other systems sometimes do.
    op.execute(
        f"CREATE VIRTUAL TABLE complaints_fts USING fts5({COLUMNS}, content='complaints', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
    op.execute(
        "CREATE TRIGGER complaints_fts_ai AFTER INSERT ON complaints BEGIN "
        f"INSERT INTO complaints_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW}); END")
    op.execute(
        "CREATE TRIGGER complaints_fts_ad AFTER DELETE ON complaints BEGIN "
        f"INSERT INTO complaints_fts(complaints_fts, rowid, {COLUMNS}) "
        f"VALUES ('delete', old.id, {OLD}); END")
    # Only when indexed text changes: status or due-date updates must not rewrite the index.
    op.execute(
        f"CREATE TRIGGER complaints_fts_au AFTER UPDATE OF {COLUMNS} ON complaints BEGIN "
        f"INSERT INTO complaints_fts(complaints_fts, rowid, {COLUMNS}) "
        f"VALUES ('delete', old.id, {OLD}); "
        f"INSERT INTO complaints_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW}); END")
    op.execute("INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("complaints_fts_au", "complaints_fts_ad", "complaints_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS complaints_fts")
