"""Make ``store-<REV>.sqlite``: a database at an old store schema revision with realistic rows.

Each released schema keeps one such file, committed, so tests open a file written by an *older*
version of the app, exactly as an officer's PC would hold it, and prove the upgrade keeps the data
(and indexes it for search). How they were made (run from the repository root):

    .venv/bin/python tests/data/schemas/make_store.py 0001   # store-0001.sqlite
    .venv/bin/python tests/data/schemas/make_store.py 0002   # store-0002.sqlite (FTS added)

Rows are written with plain SQL, not the ORM, so a file only depends on its revision's schema
(the columns used here exist since 0001). Never regenerate a committed file for a later revision:
make a new ``store-<rev>.sqlite`` instead.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from lapor_desktop.store import migrate  # noqa: E402


def target(revision: str) -> Path:
    """The committed file for ``revision``."""
    return Path(__file__).with_name(f"store-{revision}.sqlite")

COMPLAINTS = [
    # id, tracking, title, body, category, classification, status, location, anonim, reporter,
    # submitted, disposed, first_due, completion_due, next_due, local_state
    (1001, "LPR-2026-0001001", "Jalan berlubang di Jalan Soekarno-Hatta",
     "Jalan berlubang besar di depan Pasar Ranai, sudah dua bulan tidak diperbaiki dan "
     "membahayakan pengendara motor.", "Infrastruktur", "pengaduan", "terdisposisi",
     "Ranai, Natuna", 0, ("Siti Aminah", "081234567890", "siti@example.id"),
     "2026-03-10 02:15:00.000000", "2026-03-17 03:00:00.000000", "2026-03-31 16:59:59.999999",
     "2026-04-14 16:59:59.999999", "2026-03-31 16:59:59.999999", "draft"),
    (1002, "LPR-2026-0001002", "Pelayanan KTP-el lambat",
     "Pembuatan KTP elektronik di Disdukcapil Anambas sudah tiga minggu belum selesai.",
     "Administrasi Kependudukan", "aspirasi", "ditindaklanjuti", "Tarempa, Kepulauan Anambas",
     1, None, "2026-03-02 01:00:00.000000", "2026-03-04 04:30:00.000000",
     "2026-03-11 16:59:59.999999", "2026-03-11 16:59:59.999999",
     "2026-03-11 16:59:59.999999", "queued"),
    (1003, "LPR-2026-0001003", "Permintaan informasi jadwal vaksinasi",
     "Mohon informasi jadwal vaksinasi anak di Puskesmas Daik.", "Kesehatan",
     "permintaan_informasi", "selesai", "Daik, Lingga", 0, ("Budi Santoso", None, None),
     "2026-02-20 07:45:00.000000", "2026-02-23 02:00:00.000000", "2026-03-02 16:59:59.999999",
     "2026-03-02 16:59:59.999999", None, "none"),
]


def main(revision: str) -> None:
    path = target(revision)
    path.unlink(missing_ok=True)
    engine = sa.create_engine(f"sqlite+pysqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, revision)
    engine.dispose()
    db = sqlite3.connect(path)
    with db:
        for (cid, tracking, title, body, category, classification, status, location, anonim,
             reporter, submitted, disposed, first_due, completion_due, next_due,
             local_state) in COMPLAINTS:
            name, phone, email = reporter or (None, None, None)
            db.execute(
                "INSERT INTO complaints (id, tracking_id, title, body, category, subcategory, "
                "classification, status, revision, agency_id, submitted_at, disposed_at, location,"
                " channel, anonim, rahasia, reporter_name, reporter_phone, reporter_email, "
                "first_response_due, completion_due, auto_close_due, updated_at, next_due_at, "
                "local_state, synced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                "?,?,?)",
                (cid, tracking, title, body, category, "Umum", classification, status, 3,
                 "DISKOMINFO-KEPRI", submitted, disposed, location, "website", anonim, 0, name,
                 phone, email, first_due, completion_due, None, disposed, next_due, local_state,
                 "2026-03-18 01:00:00.000000"))
            db.execute("INSERT INTO events (id, complaint_id, position, kind, at, actor, text) "
                       "VALUES (?,?,?,?,?,?,?)",
                       (cid * 10, cid, 0, "disposed", disposed, "Admin Diskominfo Kepri",
                        "Didisposisikan ke OPD terkait"))
        db.execute("INSERT INTO attachments (complaint_id, event_id, sha256, filename, mime_type,"
                   " size, cache_path) VALUES (1001, NULL, ?, 'foto-jalan.jpg', 'image/jpeg', "
                   "48213, 'cache/ab/abab.jpg')", ("ab" * 32,))
        payload = json.dumps({"text": "Kami akan memperbaiki jalan tersebut pada minggu ini."})
        db.execute("INSERT INTO drafts (id, complaint_id, tracking_id, complaint_title, kind, "
                   "payload, state, base_revision, attention_reason, created_at, updated_at) "
                   "VALUES (1, 1001, 'LPR-2026-0001001', 'Jalan berlubang di Jalan "
                   "Soekarno-Hatta', 'follow_up', ?, 'editing', 3, NULL, "
                   "'2026-03-18 02:00:00.000000', '2026-03-18 02:05:00.000000')", (payload,))
        db.execute("INSERT INTO draft_versions (draft_id, version_no, payload, saved_at) VALUES "
                   "(1, 1, ?, '2026-03-18 02:05:00.000000')", (payload,))
        db.execute("INSERT INTO outbox (id, complaint_id, draft_id, kind, payload, base_revision,"
                   " state, attempts, next_attempt_at, created_at, updated_at) VALUES "
                   "('5f0c3a52-8d1e-4c3b-9a57-2f4f1b0e9d11', 1002, NULL, 'internal_note', ?, 3, "
                   "'queued', 0, '2026-03-18 03:00:00.000000', '2026-03-18 03:00:00.000000', "
                   "'2026-03-18 03:00:00.000000')", (json.dumps({"text": "Cek ke Disdukcapil"}),))
        db.execute("INSERT INTO sync_state (id, cursor, server_clock_offset_seconds, "
                   "last_sync_at, last_sync_ok) VALUES (1, 'seq:4711', 1.5, "
                   "'2026-03-18 01:00:00.000000', 1)")
        db.execute("INSERT INTO officer_profile VALUES (1, 'https://lapor.kepri.example', "
                   "'penghubung.natuna', 'Rina Wulandari', 'DISKOMINFO-KEPRI', "
                   "'Dinas Komunikasi dan Informatika Kepulauan Riau', 'Asia/Jakarta', "
                   "'admin_penghubung')")
    db.execute("VACUUM")
    db.close()
    print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1])
