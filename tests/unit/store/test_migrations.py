"""Upgrades: from an empty file and from the committed revision-0001 database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from lapor_desktop.core.models import Status
from lapor_desktop.store import DraftState, OutboxState, QueueQuery, migrate, open_store
from lapor_desktop.store import engine as engine_module

SCHEMA_0001 = Path(__file__).parents[2] / "data" / "schemas" / "store-0001.sqlite"


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "lapor.db"
    shutil.copy(SCHEMA_0001, path)
    return path


def _revision(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        db.close()


def test_committed_file_is_at_0001() -> None:
    assert _revision(SCHEMA_0001) == "0001"
    assert migrate.known_revisions() >= {"0001", "0002"}


def test_empty_file_upgrades_to_head(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    path.touch()
    with open_store(path) as store:
        assert store.queue.count(QueueQuery()) == 0
    assert _revision(path) == migrate.head_revision()


def test_upgrade_from_0001_keeps_data_and_indexes_it(old_db: Path) -> None:
    with open_store(old_db) as store:
        c = store.complaints.get(1001)
        assert c is not None and c.reporter is not None and c.reporter.name == "Siti Aminah"
        assert c.disposed_at == dt.datetime(2026, 3, 17, 3, tzinfo=dt.UTC)
        assert len(c.events) == 1 and c.attachments[0].filename == "foto-jalan.jpg"
        anon = store.complaints.get(1002)
        assert anon is not None and anon.anonim and anon.reporter is None
        assert store.complaints.cache_path("ab" * 32) == "cache/ab/abab.jpg"
        assert store.complaints.counts_by_status()[Status.SELESAI] == 1
        # Search works on rows that existed before the FTS index did.
        assert [r.id for r in store.queue.page(QueueQuery(text="berlubang pasar")).rows] \
            == [1001]
        assert sorted(r.id for r in store.queue.page(QueueQuery(text="LPR-2026-000100")).rows) \
            == [1001, 1002, 1003]
        assert [r.id for r in store.queue.page(QueueQuery(text="anamba")).rows] == [1002]
        draft = store.drafts.get(1)
        assert draft is not None and draft.state is DraftState.EDITING
        assert store.drafts.latest_text(1).startswith("Kami akan memperbaiki")
        op = store.outbox.get("5f0c3a52-8d1e-4c3b-9a57-2f4f1b0e9d11")
        assert op is not None and op.state is OutboxState.QUEUED
        assert store.sync_state.get().cursor == "seq:4711"
        profile = store.profile.get()
        assert profile is not None and profile.username == "penghubung.natuna"
        # The queue's default sort puts the closed complaint last.
        assert [r.id for r in store.queue.page(QueueQuery()).rows] == [1002, 1001, 1003]
    assert _revision(old_db) == migrate.head_revision()
    backup = old_db.with_name("lapor.db.bak-0001")
    assert _revision(backup) == "0001"
    db = sqlite3.connect(backup)
    assert db.execute("SELECT count(*) FROM complaints").fetchone() == (3,)
    db.close()
    # Opening again at head makes no new backup.
    open_store(old_db).close()
    assert len(list(old_db.parent.glob("lapor.db.bak-*"))) == 1


def test_failed_upgrade_loses_nothing(old_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_upgrade = migrate.upgrade

    def upgrade_then_fail(conn, revision="head"):  # type: ignore[no-untyped-def]
        real_upgrade(conn, revision)
        raise RuntimeError("simulated failure after the migration ran")

    monkeypatch.setattr(engine_module.migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        open_store(old_db)
    # SQLite DDL is transactional: the file is still a complete 0001 database.
    assert _revision(old_db) == "0001"
    db = sqlite3.connect(old_db)
    assert db.execute("SELECT count(*) FROM complaints").fetchone() == (3,)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name='complaints_fts'"
                      ).fetchone() == (0,)
    db.close()
    assert _revision(old_db.with_name("lapor.db.bak-0001")) == "0001"
