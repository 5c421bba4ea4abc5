"""Build a large realistic store quickly (for the 100k acceptance test and the benchmark).

Rows go in through Core ``INSERT`` executemany in batches (no ORM objects one by one), with values
pre-rendered to the exact text the UTC column type stores (the type's per-value processing was most
of the cost). The FTS insert trigger is set aside during the load and the index is built once with
FTS5's 'rebuild' (an order of magnitude faster than 100,000 incremental inserts); the trigger's own
SQL, read back from sqlite_master, is then restored, so the schema ends up exactly as migrated.
The generated complaints are returned so tests can verify query results independently.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import sqlalchemy as sa

from lapor_desktop.core.models import Classification, Complaint, Status
from lapor_desktop.store import Store, open_store
from lapor_desktop.store.complaints import _complaint_values
from lapor_desktop.store.orm import ComplaintRow

T0 = dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC)
CATEGORIES = ["Infrastruktur", "Kesehatan", "Pendidikan", "Kependudukan", "Lingkungan Hidup",
              "Perhubungan", "Sosial", "Ketenagakerjaan", "Pertanahan", "Pariwisata"]
PLACES = ["Ranai, Natuna", "Tarempa, Anambas", "Daik, Lingga", "Tanjungpinang", "Batam",
          "Tanjung Balai Karimun", "Bintan"]
WORDS = ["jalan", "rusak", "berlubang", "lampu", "padam", "sampah", "menumpuk", "banjir",
         "sekolah", "guru", "puskesmas", "obat", "antrean", "ktp", "pungutan", "liar", "air",
         "bersih", "listrik", "pelabuhan", "kapal", "jadwal", "bantuan", "sosial", "pasar",
         "harga", "izin", "usaha", "tanah", "sertifikat", "jembatan", "ambruk", "drainase",
         "tersumbat", "parkir", "angkutan", "layanan", "lambat", "petugas", "ramah"]
BATCH = 10_000


def generate(n: int, seed: int = 20260317) -> list[Complaint]:
    """``n`` complaints with varied status, category, class and due dates (some none)."""
    rng = random.Random(seed)
    statuses = list(Status)
    classes = list(Classification)
    out = []
    for i in range(1, n + 1):
        disposed = T0 + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 120))
        title = " ".join(rng.choices(WORDS, k=3)).capitalize()
        body = " ".join(rng.choices(WORDS, k=12))
        first = disposed + dt.timedelta(days=rng.randrange(5, 9)) if rng.random() < 0.9 else None
        out.append(Complaint(
            id=i, tracking_id=f"LPR-2026-{i:07d}", title=title, body=body,
            category=rng.choice(CATEGORIES), subcategory="Umum",
            classification=rng.choice(classes), status=rng.choice(statuses), revision=1,
            agency_id="DISKOMINFO-KEPRI", submitted_at=disposed - dt.timedelta(
                minutes=rng.randrange(60, 60 * 24 * 5)),
            disposed_at=disposed, location=rng.choice(PLACES), anonim=rng.random() < 0.2,
            first_response_due=first,
            completion_due=disposed + dt.timedelta(days=rng.choice((7, 20, 84))),
            updated_at=disposed))
    return out


def build_store(path: Path, n: int, seed: int = 20260317) -> tuple[Store, list[Complaint]]:
    """Create ``path`` holding ``n`` generated complaints; returns the open store and the data."""
    complaints = generate(n, seed)
    store = open_store(path)
    names = list(_complaint_values(complaints[0], T0))
    # Untyped columns: the values below are already in storage form.
    table = sa.table(ComplaintRow.__tablename__, *(sa.column(name) for name in names))
    with store.engine.begin() as conn:
        trigger_sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'complaints_fts_ai'").scalar_one()
        conn.exec_driver_sql("DROP TRIGGER complaints_fts_ai")
        for start in range(0, n, BATCH):
            conn.execute(sa.insert(table), [_storage_row(c) for c in
                                            complaints[start:start + BATCH]])
        conn.exec_driver_sql("INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')")
        conn.exec_driver_sql(trigger_sql)
        conn.exec_driver_sql("ANALYZE")  # real databases get this from PRAGMA optimize
    return store, complaints


def _storage_row(c: Complaint) -> dict[str, object]:
    row = _complaint_values(c, T0)
    for key, value in row.items():
        if isinstance(value, dt.datetime):
            row[key] = value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(
                sep=" ", timespec="microseconds")
    return row
