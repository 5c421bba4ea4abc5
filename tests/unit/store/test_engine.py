"""Opening databases: pragmas, schema parity with the ORM, bad files, locks, threads."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from lapor_desktop.core.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    StoreError,
)
from lapor_desktop.store import QueueQuery, migrate, open_store
from lapor_desktop.store.orm import Base
from tests.unit.store.conftest import make_complaint

SCHEMA_0001 = Path(__file__).parents[2] / "data" / "schemas" / "store-0001.sqlite"


def _make_db(path: Path, n: int = 20) -> None:
    with open_store(path) as store, store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(i) for i in range(1, n + 1)])


def test_new_database_is_at_head_with_pragmas(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db") as store, store.engine.connect() as conn:
        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 1  # NORMAL
        assert pragma("busy_timeout") == 5000
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() \
            == migrate.head_revision()
    assert not list(tmp_path.glob("*.bak-*"))  # nothing to back up for a new file


def test_migrations_match_orm_models(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db") as store, store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The FTS5 virtual table and its shadow tables are migration-only on purpose.
    diffs = [d for d in diffs if not (d[0] == "remove_table" and
                                       d[1].name.startswith("complaints_fts"))]
    assert diffs == []


def test_garbage_file_is_corrupt_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    garbage = b"this is not a database \x00\xff" * 500
    path.write_bytes(garbage)
    with pytest.raises(DatabaseCorruptError) as err:
        open_store(path)
    assert str(path) in str(err.value) and err.value.path == str(path)
    assert "rusak" in str(err.value)
    assert path.read_bytes() == garbage
    copies = list(tmp_path.glob("lapor.db.corrupt-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == garbage
    assert str(copies[0]) in str(err.value)


def test_truncated_file_is_corrupt_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    _make_db(path, 200)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseCorruptError):
        open_store(path)
    assert path.read_bytes() == data[: len(data) // 2]
    assert list(tmp_path.glob("lapor.db.corrupt-*"))


def test_damaged_page_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    _make_db(path, 200)
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page: 5 * page] = b"\xa5" * (2 * page)  # two b-tree pages of noise
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError):
        open_store(path)
    assert path.read_bytes() == bytes(data)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="bukan basis data"):
        open_store(path)


def test_newer_revision_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    _make_db(path)
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = '0099'")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as err:
        open_store(path)
    assert str(path) in str(err.value) and "lebih baru" in str(err.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("lapor.db.bak-*"))


HOLD_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
db.execute("ROLLBACK")
"""


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_database_locked_by_another_process(tmp_path: Path, journal: str) -> None:
    path = tmp_path / "lapor.db"
    if journal == "wal":
        _make_db(path)
    else:  # an older file still in rollback-journal mode: the lock blocks even reading
        shutil.copy(SCHEMA_0001, path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLockedError) as err:
            open_store(path, busy_timeout_ms=50)
        assert str(path) in str(err.value) and "dipakai" in str(err.value)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    with open_store(path) as store:  # usable again once the other process lets go
        assert store.queue.count(QueueQuery()) >= 3


def test_rollback_on_error_and_reader_in_another_thread(tmp_path: Path) -> None:
    with open_store(tmp_path / "lapor.db") as store:
        with pytest.raises(RuntimeError), store.transaction() as s:
            store.complaints.upsert_snapshots(s, [make_complaint(1)])
            raise RuntimeError("boom")
        assert store.complaints.get(1) is None
        with store.transaction() as s:
            store.complaints.upsert_snapshots(s, [make_complaint(1)])
            seen: list[int] = []
            # WAL: a reader in its own thread and session is not blocked by the open write
            # transaction and sees the last committed state.
            reader = threading.Thread(target=lambda: seen.append(store.queue.count(QueueQuery())))
            reader.start()
            reader.join(timeout=30)
            assert seen == [0]
        assert store.queue.count(QueueQuery()) == 1
