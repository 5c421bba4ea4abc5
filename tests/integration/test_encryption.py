"""Encryption at rest against the real reference server: nothing readable on disk, wrong
passwords refused, plaintext profiles migrated, anonymous reporters never stored."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import ActionKind, Classification
from lapor_desktop.security.keys import TEST_PARAMS, WrongPasswordError, create_vault, load_vault
from lapor_desktop.server import workflow
from lapor_desktop.server.seed import png_bytes
from lapor_desktop.store import QueueQuery, open_store
from lapor_desktop.store.encrypted import is_plaintext
from lapor_desktop.store.profile import cache_dir, database_path, ensure_profile_dir, logs_dir
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.engine import SyncEngine
from lapor_desktop.sync.http import HttpTransport
from lapor_desktop.sync.outbox import ActionInput, cached_path, queue_action, read_cached
from lapor_desktop.sync.report import Outcome
from lapor_desktop.sync.session import SyncSession
from lapor_desktop.workbench.logs import setup_logging
from lapor_desktop.workbench.settings import Settings, save_settings
from tests.faults.hostile_server import HostileServer, good_page
from tests.sync_helpers import AGENCY, NO_WAIT, PASSWORD, USER, memory_credentials

pytestmark = pytest.mark.timeout(180)
PROFILE_PASSWORD = "kata-sandi-profil-7"
SCHEMA_0001 = Path(__file__).parents[1] / "data" / "schemas" / "store-0001.sqlite"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _dispose(world, title: str, body: str, **extra) -> int:
    with world.db.write() as s:
        data = workflow.NewComplaint(
            tracking_id=f"E{uuid.uuid4().hex[:7].upper()}", title=title, body=body,
            category="Infrastruktur", subcategory="Jalan",
            classification=Classification.PENGADUAN, **extra)
        return workflow.dispose_new(s, AGENCY, data, dt.datetime.now(dt.UTC),
                                    WorkingCalendar()).id


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _leaks(root: Path, needles: dict[str, bytes]) -> list[str]:
    found = []
    for path in _files(root):
        data = path.read_bytes()
        found += [f"{what} in {path.relative_to(root)}" for what, needle in needles.items()
                  if needle in data]
    return found


def test_synced_encrypted_profile_holds_no_plaintext_and_no_token(world, tmp_path, caplog):
    server, w = world
    root = ensure_profile_dir(tmp_path / "profile")
    save_settings(root, Settings(server_url=server.url, username=USER))
    key = create_vault(root, PROFILE_PASSWORD, TEST_PARAMS)
    marker = f"PENANDAUNIK{uuid.uuid4().hex[:12]}"
    cid = _dispose(w, f"Lampu jalan {marker} padam", f"Isi laporan {marker} di Batam.",
                   reporter_name="Budi Santoso", reporter_phone="081234567890")
    setup_logging(logs_dir(root), level=logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    store = open_store(database_path(root), key)
    session = SyncSession(server.url, USER, memory_credentials(), env={"LAPOR_PASSWORD": PASSWORD})
    engine = SyncEngine(store, session.client, reauthenticate=session.reauthenticate,
                        retry_policy=NO_WAIT, cache_dir=cache_dir(root))
    try:
        assert engine.run_once().outcome is Outcome.DELIVERED
        # Full-text search works on the encrypted database.
        rows = store.queue.page(QueueQuery(text=marker)).rows
        assert [r.id for r in rows] == [cid]
        photo = tmp_path / "foto.png"
        photo.write_bytes(png_bytes(40, 30, (10, 200, 30), stripe=3))
        op_id = queue_action(store, cid, ActionInput(
            ActionKind.FOLLOW_UP, text=f"Tindak lanjut {marker}: lampu diganti minggu ini, "
                                       "kontak 0771-123456."), attachment_paths=[photo],
            cache_dir=cache_dir(root))
        sha = store.outbox.get(op_id).payload["attachments"][0]["sha256"]
        sealed = cached_path(cache_dir(root), sha)
        assert not sealed.read_bytes().startswith(PNG_MAGIC)
        report = engine.run_once()  # uploads decrypt from the cache
        assert (report.pushed, report.uploaded) == (1, 1), report
        assert w.follow_ups(cid) == 1
        # Downloading writes sealed segments and a sealed file, never plaintext.
        sealed.unlink()
        client = session.client()
        client.download(sha, sealed, cipher=store.cache_cipher)
        client.close()
        assert read_cached(cache_dir(root), sha, store.cache_cipher) == photo.read_bytes()
        token = session.credentials.load(server.url, USER)
        assert token
        needles = {"marker": marker.encode(), "marker-utf16": marker.encode("utf-16-le"),
                   "token": token.encode(), "png": PNG_MAGIC, "reporter": b"Budi Santoso"}
        assert (database_path(root).with_name("lapor.db-wal")).exists()
        assert _leaks(root, needles) == []  # while open: db, WAL, cache, logs, settings, vault
    finally:
        store.close()
        setup_logging(None)
        logging.getLogger().setLevel(logging.WARNING)
    assert _leaks(root, needles) == []
    assert token not in caplog.text
    assert {"lapor.db", "vault.json", "settings.json"} <= {p.name for p in root.iterdir()}
    assert any(p.name.endswith(".log") for p in _files(logs_dir(root)))
    assert json.loads((root / "vault.json").read_text())["kdf"] == "argon2id"


def test_wrong_password_cannot_open_the_store_and_touches_nothing(tmp_path):
    root = ensure_profile_dir(tmp_path / "p")
    key = create_vault(root, PROFILE_PASSWORD, TEST_PARAMS)
    with open_store(database_path(root), key):
        pass
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in _files(root)}
    with pytest.raises(WrongPasswordError, match="Kata sandi salah"):
        load_vault(root).unlock("bukan-kata-sandinya")
    wrong = load_vault(root).derive("bukan-kata-sandinya")
    with pytest.raises(WrongPasswordError):
        open_store(database_path(root), wrong)
    with pytest.raises(WrongPasswordError, match="terenkripsi"):
        open_store(database_path(root))  # no key at all (e.g. a headless run)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in _files(root)}
    assert after == before  # no .corrupt copy, no change
    with open_store(database_path(root), load_vault(root).unlock(PROFILE_PASSWORD)) as store:
        assert store.complaints.get(1) is None


def test_plaintext_profile_is_migrated_in_place_without_loss(tmp_path):
    root = ensure_profile_dir(tmp_path / "old")
    db = database_path(root)
    shutil.copy(SCHEMA_0001, db)
    tables = ("complaints", "events", "attachments", "drafts", "draft_versions", "outbox")
    conn = sqlite3.connect(db)
    expected = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    titles = [r[0] for r in conn.execute("SELECT title FROM complaints")]
    conn.close()
    assert expected["complaints"] > 0
    key = create_vault(root, PROFILE_PASSWORD, TEST_PARAMS)
    with open_store(db, key) as store:
        with store.engine.connect() as c:
            got = {t: c.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables}
        assert got == expected
        assert store.queue.count(QueueQuery(text="Soekarno")) >= 1
    assert not is_plaintext(db)
    leftovers = [p for p in _files(root) if is_plaintext(p)]
    assert leftovers == []  # no plaintext backup or WAL left behind
    assert _leaks(root, {t: t.encode() for t in titles}) == []
    with open_store(db, key) as store:  # and it opens again
        assert store.queue.count(QueueQuery()) == expected["complaints"]


def test_anonymous_identity_from_a_misbehaving_server_is_never_stored(tmp_path):
    root = ensure_profile_dir(tmp_path / "anon")
    key = create_vault(root, PROFILE_PASSWORD, TEST_PARAMS)

    def page(cursor: int):
        body = good_page(cursor)
        body["items"][0].update(anonim=True, reporter={"name": "Pelapor Rahasia",
                                                       "phone": "0812999"})
        return 200, json.dumps(body).encode()

    with HostileServer() as fake, open_store(database_path(root), key) as store:
        fake.changes = page
        client = SyncClient(HttpTransport(fake.url, timeout=(2.0, 2.0)), token="tkn")
        engine = SyncEngine(store, lambda: client, cache_dir=cache_dir(root))
        assert engine.run_once().pulled == 1
        complaint = store.complaints.get(1)
        assert complaint.anonim and complaint.reporter is None
        with store.engine.connect() as c:
            row = c.exec_driver_sql("SELECT reporter_name, reporter_phone FROM complaints "
                                    "WHERE id = 1").one()
        assert tuple(row) == (None, None)
