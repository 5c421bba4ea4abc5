"""The schema revisions this build knows, without importing Alembic.

Opening a profile compares the stored revision with :data:`HEAD_REVISION`; Alembic (a third of a
second to import) is loaded only when a migration is due. ``tests/unit/store/test_migrations.py``
checks these constants against the migration scripts, so a new migration that forgets them fails
the suite instead of being skipped at start-up.
"""

from __future__ import annotations

#: The revision a database has once this app has opened it.
HEAD_REVISION = "0008_i16_duplicate_words"
#: Every revision id this version of the app can read or upgrade from.
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005", "0006", "0007",
                              "0008_i16_duplicate_words"})
