"""Build a large realistic store quickly (for the 100k acceptance test and the benchmark).

Rows go in through one Core ``INSERT`` executemany per table (no ORM objects one by one); the FTS
triggers index them as they land, exactly as in normal use. The generated complaints are returned
so tests can verify query results with an independent plain-Python computation.
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
    now = T0
    table = ComplaintRow.__table__
    with store.engine.begin() as conn:
        for start in range(0, n, BATCH):
            conn.execute(sa.insert(table), [_complaint_values(c, now)
                                            for c in complaints[start:start + BATCH]])
        conn.exec_driver_sql("ANALYZE")  # real databases get this from PRAGMA optimize
    return store, complaints
