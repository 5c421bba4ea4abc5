"""Upgrades: from an empty file and from each committed older-revision database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from lapor_desktop.core.models import Status
from lapor_desktop.store import DraftState, OutboxState, QueueQuery, migrate, open_store
from lapor_desktop.store import engine as engine_module

SCHEMAS = Path(__file__).parents[2] / "data" / "schemas"
SCHEMA_0001 = SCHEMAS / "store-0001.sqlite"
# Every released schema keeps a committed file; a new revision adds one here.
RELEASED = ("0001", "0002")


@pytest.fixture(params=RELEASED)
def old_db(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "lapor.db"
    shutil.copy(SCHEMAS / f"store-{request.param}.sqlite", path)
    return path


def _revision(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        db.close()


def test_committed_files_are_at_their_revisions() -> None:
    for revision in RELEASED:
        assert _revision(SCHEMAS / f"store-{revision}.sqlite") == revision
    assert migrate.known_revisions() >= {*RELEASED, migrate.head_revision()}


def test_empty_file_upgrades_to_head(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    path.touch()
    with open_store(path) as store:
        assert store.queue.count(QueueQuery()) == 0
    assert _revision(path) == migrate.head_revision()


def test_upgrade_from_a_released_schema_keeps_data_and_indexes_it(old_db: Path) -> None:
    old_revision = _revision(old_db)
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
    backup = old_db.with_name(f"lapor.db.bak-{old_revision}")
    assert _revision(backup) == old_revision
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

    old_revision = _revision(old_db)
    monkeypatch.setattr(engine_module.migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        open_store(old_db)
    # SQLite DDL is transactional: the file is still a complete database of its old revision.
    assert _revision(old_db) == old_revision
    db = sqlite3.connect(old_db)
    assert db.execute("SELECT count(*) FROM complaints").fetchone() == (3,)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name='secrets'"
                      ).fetchone() == (0,)
    db.close()
    assert _revision(old_db.with_name(f"lapor.db.bak-{old_revision}")) == old_revision


def test_revision_constants_match_the_migration_scripts() -> None:
    # Start-up decides "migration due?" from these constants without importing Alembic; a new
    # migration must update them or it would never run on an existing profile.
    from lapor_desktop.store import revisions

    assert migrate.head_revision() == revisions.HEAD_REVISION
    assert migrate.known_revisions() == revisions.KNOWN_REVISIONS


def test_opening_a_current_profile_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "lapor.db"
    open_store(path).close()
    code = ("import sys; from lapor_desktop.store import open_store; "
            f"open_store({str(path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parents[3])
    assert out.stdout.strip() == "False"
