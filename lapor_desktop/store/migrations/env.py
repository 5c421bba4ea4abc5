"""Alembic environment for the local store, driven programmatically by ``store.migrate``.

There is no alembic.ini at runtime: ``store.migrate`` builds the Config and passes an open
connection in ``config.attributes["connection"]``. Offline (SQL script) mode is not supported:
the store only ever migrates the live database file it is opening.
"""

from alembic import context

from lapor_desktop.store.orm import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs the alembic CLI
    raise RuntimeError("Migrations are applied by lapor_desktop.store.open_store(), "
                       "which passes an open connection.")

# render_as_batch: SQLite cannot ALTER most things in place; batch mode recreates tables.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
