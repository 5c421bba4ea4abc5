"""Programmatic Alembic: which revisions this code knows, and upgrading an open connection.

No alembic.ini is needed at runtime; the script location is this package's ``migrations`` folder.
Alembic is imported inside the functions: a start-up with nothing to migrate never loads it
(:mod:`lapor_desktop.store.revisions` answers "is a migration due?").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An Alembic Config pointing at the store's migrations, optionally bound to a connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> frozenset[str]:
    """Every revision id this version of the app can read or upgrade from."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def head_revision() -> str:
    """The revision a database has once this app has opened it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def read_revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in a raw sqlite3 connection's database, or None if unstamped."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def upgrade(connection: sa.Connection, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` on ``connection`` (inside its transaction)."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
