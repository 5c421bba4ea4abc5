"""Repeat and duplicate complaints for the training province, with known ground truth.

Citizens report one broken road several times, neighbours report the same dry tap, and a reporter
comes back a month later when nothing happened. Each cluster below is one real-world problem; its
members are written in different words, by the same or different reporters (some anonymous, one
*rahasia*), days or weeks apart. A few "decoys" share a reporter or a place with a cluster but are
a different problem: a detector must leave them out. :func:`repeat_clusters` gives the ground truth
(tracking ids per cluster) to the evaluation in ``tests/unit/workbench/test_duplicates_eval.py``
and ``tests/bench/duplicates.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy.orm import Session

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import ActionKind, Channel, Classification
from lapor_desktop.protocol import ActionRequest
from lapor_desktop.server import workflow

# Tracking ids 99950xx: above the province's own ids and the guest agencies' 9990xxx.
REPEAT_TRACKING_OFFSET = 95_000


@dataclasses.dataclass(frozen=True)
class Report:
    """One report of a cluster: who (a key into :data:`REPORTERS`, or None for anonim), when
    (days before now), what, and whether the officer already answered it."""

    who: str | None
    days_ago: float
    title: str
    body: str
    answered: bool = False
    rahasia: bool = False


@dataclasses.dataclass(frozen=True)
class Cluster:
    """Reports about one problem at one place (``decoy``: not a duplicate of anything)."""

    agency: str
    category: str
    subcategory: str
    classification: Classification
    location: str
    reports: tuple[Report, ...]
    decoy: bool = False


REPORTERS = {
    "agus": ("Agus Salimun", "081277001122", "agus.salimun@contoh.id"),
    "wati": ("Wati Nasution", "081366112233", "wati.n@contoh.id"),
    "rudi": ("Rudi Hamzah", "+62 813-7011-4455", "rudi.hamzah@contoh.id"),
    "lina": ("Lina Sembiring", "082170556677", "lina.sembiring@contoh.id"),
    "imam": ("Imam Tambunan", "085264889900", "imam.t@contoh.id"),
    "sri": ("Sri Wahyuni", "081299334455", "sri.wahyuni@contoh.id"),
    "joko": ("Joko Harahap", "081378665544", "joko.harahap@contoh.id"),
    "mira": ("Mira Lubis", "082288443322", "mira.lubis@contoh.id"),
}

_PU = ("Pekerjaan Umum dan Penataan Ruang", "Jalan Berlubang")
_AIR = ("Energi dan Sumber Daya Alam", "Gangguan Layanan Penyaluran Air")
_SAMPAH = ("Lingkungan Hidup dan Kehutanan", "Pengelolaan Sampah")
_KTP = ("Kependudukan", "KTP")
_PKL = ("Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat", "Pedagang Kaki Lima")
_UPAH = ("Ketenagakerjaan", "Upah Minimum")
_PJU = ("Perhubungan", "Lampu Penerangan Jalan Umum")

CLUSTERS: tuple[Cluster, ...] = (
    Cluster("kota-batam", *_PU, Classification.PENGADUAN,
            "Jl. Letjen Suprapto depan SDN 012, Batu Aji, Batam", (
                Report("agus", 40, "Lubang besar di Jl. Letjen Suprapto depan SDN 012",
                       "Ada lubang besar di Jl. Letjen Suprapto tepat di depan SDN 012 Batu Aji. "
                       "Dua anak sekolah jatuh dari motor minggu ini. Mohon lubang segera "
                       "ditambal.", answered=True),
                Report("wati", 33, "Jalan depan SDN 012 Batu Aji berlubang dalam",
                       "Jalan di depan SDN 012 Batu Aji berlubang dalam dan tergenang air saat "
                       "hujan. Motor sering jatuh di lubang ini, anak sekolah terancam."),
                Report("agus", 5, "Lubang di depan SDN 012 belum juga ditambal",
                       "Saya sudah melapor sebulan lalu tentang lubang besar di Jl. Letjen "
                       "Suprapto depan SDN 012 Batu Aji, sampai sekarang belum ditambal dan "
                       "lubang makin lebar."),
            )),
    Cluster("kota-batam", *_AIR, Classification.PENGADUAN,
            "Perumahan Bukit Indah Blok C, Sekupang, Batam", (
                Report("rudi", 9, "Air mati tiga hari di Perumahan Bukit Indah Blok C",
                       "Air bersih tidak mengalir ke Perumahan Bukit Indah Blok C Sekupang sudah "
                       "tiga hari. Warga membeli air tangki."),
                Report(None, 8, "Blok C Bukit Indah tidak dapat air",
                       "Sudah beberapa hari air tidak mengalir di Blok C Perumahan Bukit Indah "
                       "Sekupang. Kami terpaksa membeli air tangki setiap hari."),
                Report("lina", 7, "Keran kering di Bukit Indah Sekupang",
                       "Keran di rumah kami Perumahan Bukit Indah Blok C Sekupang kering sejak "
                       "minggu lalu, air bersih tidak mengalir sama sekali."),
                Report("imam", 4, "Air bersih Bukit Indah Blok C masih mati",
                       "Air bersih di Perumahan Bukit Indah Blok C Sekupang masih mati, tagihan "
                       "tetap datang. Warga membeli air tangki."),
            )),
    Cluster("kota-batam", *_SAMPAH, Classification.ASPIRASI,
            "Pasar Jodoh, Bengkong, Batam", (
                Report(None, 12, "Sampah pasar Jodoh menggunung",
                       "Sampah di belakang Pasar Jodoh menggunung dan berbau busuk, truk sampah "
                       "tidak datang seminggu.", answered=True),
                Report("sri", 10, "Tumpukan sampah belakang Pasar Jodoh",
                       "Tumpukan sampah di belakang Pasar Jodoh Bengkong sudah seminggu tidak "
                       "diangkut truk sampah, baunya busuk sampai ke rumah warga."),
                Report(None, 6, "Bau sampah Pasar Jodoh Bengkong",
                       "Bau busuk dari tumpukan sampah Pasar Jodoh Bengkong, truk sampah tidak "
                       "datang mengangkut."),
            )),
    Cluster("kota-batam", *_KTP, Classification.PENGADUAN,
            "Kantor Kecamatan Batam Kota, Batam", (
                Report("mira", 52, "KTP-el saya belum dicetak",
                       "Saya merekam KTP-el di Kecamatan Batam Kota empat bulan lalu, sampai "
                       "sekarang KTP-el belum dicetak dengan alasan blangko habis.",
                       answered=True, rahasia=True),
                Report("mira", 9, "Masih menunggu cetak KTP-el",
                       "Sudah lebih dari lima bulan saya menunggu KTP-el dicetak di Kecamatan "
                       "Batam Kota, petugas masih bilang blangko habis.", rahasia=True),
            )),
    Cluster("kota-batam", *_PKL, Classification.PENGADUAN,
            "Trotoar Jl. Raden Patah, Tiban, Batam", (
                Report("joko", 15, "Lapak pedagang tutup trotoar Jl. Raden Patah",
                       "Trotoar Jl. Raden Patah Tiban tertutup lapak pedagang, pejalan kaki "
                       "terpaksa berjalan di badan jalan."),
                Report(None, 11, "Trotoar Raden Patah Tiban dipakai berjualan",
                       "Pedagang berjualan di trotoar Jl. Raden Patah Tiban sehingga pejalan "
                       "kaki harus turun ke badan jalan yang ramai."),
            )),
    Cluster("kota-batam", *_UPAH, Classification.PENGADUAN_PENGAWASAN,
            "Galangan kapal Tanjung Uncang, Batu Aji, Batam", (
                Report("imam", 44, "Upah di bawah UMK di galangan Tanjung Uncang",
                       "Galangan kapal tempat saya bekerja di Tanjung Uncang membayar upah di "
                       "bawah UMK Batam dan tidak mendaftarkan BPJS Ketenagakerjaan."),
                Report("imam", 3, "Galangan Tanjung Uncang tetap bayar di bawah UMK",
                       "Laporan saya sebelumnya belum ditanggapi. Galangan kapal Tanjung Uncang "
                       "masih membayar upah di bawah UMK dan tanpa BPJS Ketenagakerjaan."),
            )),
    Cluster("kepri-dishub", *_PJU, Classification.ASPIRASI,
            "Jl. Ganet, Tanjungpinang", (
                Report("lina", 20, "Lampu PJU Jl. Ganet padam",
                       "Lampu penerangan jalan di Jl. Ganet Tanjungpinang padam sepanjang satu "
                       "kilometer, sangat gelap pada malam hari."),
                Report(None, 14, "Jl. Ganet gelap gulita malam hari",
                       "Sepanjang Jl. Ganet Tanjungpinang gelap gulita malam hari karena lampu "
                       "penerangan jalan padam, rawan kecelakaan."),
                Report("lina", 2, "Lampu jalan Ganet masih padam",
                       "Lampu penerangan jalan Jl. Ganet Tanjungpinang masih padam, laporan saya "
                       "sebelumnya belum ada tindakan."),
            )),
    # Decoys: a cluster's reporter or place, another problem.
    Cluster("kota-batam", *_KTP, Classification.PERMINTAAN_INFORMASI,
            "Kantor Kecamatan Sekupang, Batam", (
                Report("agus", 18, "Syarat pindah domisili",
                       "Apa saja syarat mengurus surat pindah domisili dari Batam ke Tanjungpinang "
                       "dan berapa lama prosesnya?"),
            ), decoy=True),
    Cluster("kota-batam", *_PKL, Classification.PENGADUAN,
            "Pasar Jodoh, Bengkong, Batam", (
                Report("sri", 13, "Parkir liar di Pasar Jodoh",
                       "Juru parkir liar di Pasar Jodoh memungut tarif dua kali lipat dan "
                       "mengancam pengunjung yang menolak membayar."),
            ), decoy=True),
    Cluster("kota-batam", *_AIR, Classification.PERMINTAAN_INFORMASI,
            "Perumahan Bukit Indah Blok C, Sekupang, Batam", (
                Report("wati", 90, "Cara pasang sambungan air baru",
                       "Bagaimana prosedur dan biaya pemasangan sambungan air bersih baru untuk "
                       "rumah yang baru dibangun?"),
            ), decoy=True),
)


def repeat_clusters() -> dict[str, list[list[str]]]:
    """Ground truth by agency: the tracking ids of each real cluster (decoys not included)."""
    out: dict[str, list[list[str]]] = {}
    n = 0
    for cluster in CLUSTERS:
        ids = []
        for _report in cluster.reports:
            ids.append(str(REPEAT_BASE + n))
            n += 1
        if not cluster.decoy:
            out.setdefault(cluster.agency, []).append(ids)
    return out


REPEAT_BASE = 9_900_000 + REPEAT_TRACKING_OFFSET
REPEAT_COUNT = sum(len(c.reports) for c in CLUSTERS)


def seed_repeats(session: Session, now: dt.datetime, cal: WorkingCalendar,
                 officers: dict[str, str]) -> int:
    """Dispose every cluster's reports (oldest first within a cluster); returns how many."""
    n = 0
    for cluster in CLUSTERS:
        for report in cluster.reports:
            submitted = now - dt.timedelta(days=report.days_ago)
            disposed = submitted + dt.timedelta(hours=3)
            who = REPORTERS[report.who] if report.who else None
            data = workflow.NewComplaint(
                tracking_id=str(REPEAT_BASE + n), title=report.title, body=report.body,
                category=cluster.category, subcategory=cluster.subcategory,
                classification=cluster.classification, channel=Channel.WEBSITE,
                location=cluster.location, anonim=who is None, rahasia=report.rahasia,
                reporter_name=who[0] if who else None, reporter_phone=who[1] if who else None,
                reporter_email=who[2] if who else None, submitted_at=submitted)
            c = workflow.dispose_new(session, cluster.agency, data, disposed, cal)
            if report.answered:
                text = (f"Terima kasih atas laporan #{c.tracking_id} tanggal "
                        f"{submitted:%d-%m-%Y}. Petugas telah meninjau lokasi dan penanganan "
                        "dijadwalkan dalam lima hari kerja.")
                workflow.apply_action(
                    session, c, ActionRequest(kind=ActionKind.FOLLOW_UP,
                                              base_revision=c.revision, text=text),
                    actor=officers.get(cluster.agency, "Petugas"), agency_id=cluster.agency,
                    now=disposed + dt.timedelta(days=1), calendar=cal)
            n += 1
    return n
