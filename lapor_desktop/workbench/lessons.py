"""Training lessons ("Pelajaran"): short goals checked against the embedded server's real state.

Qt-free. Each :class:`Lesson` prepares its world when it starts (picks the complaint it is
about, lets the simulator make the event it needs, takes the server down) and then answers
``check``: done only when the training server's database shows the right result (the right
event on the right complaint after the lesson started, a follow-up that passes the checklist).
A few facts only the client knows (which complaint the trainee opened, the file a report went
to, what waits in the outbox) come through :class:`LessonWorld`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.checks import check_follow_up
from lapor_desktop.core.i18n import N_, _
from lapor_desktop.core.models import EventKind
from lapor_desktop.protocol.limits import FOLLOW_UP_MIN_CHARS
from lapor_desktop.server import lesson_queries as q
from lapor_desktop.server import simulate
from lapor_desktop.server.db import Database

Data = dict[str, Any]


@dataclasses.dataclass
class LessonWorld:
    """What a lesson may look at and change: the server's database, the training server, and
    the client facts the UI reports."""

    db: Database
    agency_id: str
    take_down: Callable[[], None]
    bring_back: Callable[[], None]
    #: Complaint ids with an action waiting in the outbox (queued, sending or needs attention).
    waiting_ops: Callable[[], set[int]]
    facts: dict[str, Any] = dataclasses.field(default_factory=dict)
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)


@dataclasses.dataclass(frozen=True)
class Lesson:
    """One lesson: a title, a goal ({tracking} is the complaint it is about), hints, and how it
    prepares and checks."""

    key: str
    title: str
    goal: str
    hints: tuple[str, ...]
    prepare: Callable[[LessonWorld, Data], Data]
    check: Callable[[LessonWorld, Data], bool]
    #: Called on every check before ``check`` (a lesson's "meanwhile" events).
    advance: Callable[[LessonWorld, Data], None] | None = None


# --- server reads --------------------------------------------------------------------------

def _last_event_id(world: LessonWorld) -> int:
    return q.last_event_id(world.db)


def _events(world: LessonWorld, complaint_id: int, after: int,
            kind: EventKind) -> list[q.EventFacts]:
    return q.officer_events(world.db, complaint_id, after, kind, world.agency_id)


def _waiting_complaint(world: LessonWorld, avoid: set[int] = frozenset()) -> tuple[int, str]:
    """The agency's Terdisposisi complaint due first (not one an earlier lesson used)."""
    for cid, tracking in q.waiting_by_due(world.db, world.agency_id):
        if cid not in avoid:
            return cid, tracking
    raise LookupError(_("Tidak ada laporan yang menunggu tindak lanjut."))


def _complete_follow_up(world: LessonWorld, complaint_id: int, after: int) -> bool:
    """A follow-up on ``complaint_id`` after event ``after``, with evidence attached, that
    passes the checklist."""
    tracking = q.tracking_id(world.db, complaint_id)
    for ev in _events(world, complaint_id, after, EventKind.FOLLOW_UP):
        report = check_follow_up(ev.text, tracking_id=tracking, min_chars=FOLLOW_UP_MIN_CHARS,
                                 attachments_count=ev.attachments)
        if report.is_complete and ev.attachments:
            return True
    return False


def _used(data: Data) -> set[int]:
    return set(data.get("used", ()))


# --- the seven lessons ---------------------------------------------------------------------

def _prep_deadline(world: LessonWorld, data: Data) -> Data:
    found = q.next_due_open(world.db, world.agency_id, world.now())
    cid, tracking = found if found is not None else _waiting_complaint(world)
    world.facts.pop("opened", None)
    return {"target": cid, "answer": tracking}


def _check_deadline(world: LessonWorld, data: Data) -> bool:
    return world.facts.get("opened") == data["target"]


def _prep_follow_up(world: LessonWorld, data: Data) -> Data:
    cid, tracking = _waiting_complaint(world, _used(data))
    return {"target": cid, "tracking": tracking, "after": _last_event_id(world)}


def _check_follow_up(world: LessonWorld, data: Data) -> bool:
    return _complete_follow_up(world, data["target"], data["after"])


def _prep_offline(world: LessonWorld, data: Data) -> Data:
    prepared = _prep_follow_up(world, data)
    world.take_down()
    prepared["down"] = True
    return prepared


def _advance_offline(world: LessonWorld, data: Data) -> None:
    # Once the follow-up waits in the outbox, the connection "comes back".
    if data.get("down") and data["target"] in world.waiting_ops():
        world.bring_back()
        data["down"] = False
        data["queued_offline"] = True


def _check_offline(world: LessonWorld, data: Data) -> bool:
    return bool(data.get("queued_offline")) and bool(
        _events(world, data["target"], data["after"], EventKind.FOLLOW_UP))


def _advance_conflict(world: LessonWorld, data: Data) -> None:
    # Meanwhile, on the server: the admin closes the complaint the trainee is answering.
    if data.get("down") and data["target"] in world.waiting_ops():
        simulate.close_by_admin(world.db, data["target"], world.now())
        world.bring_back()
        data["down"] = False
        data["closed"] = True


def _check_conflict(world: LessonWorld, data: Data) -> bool:
    # Handled: the refused action is resolved in the outbox (revised away or discarded), and
    # nothing was forced onto the closed complaint.
    return bool(data.get("closed")) and data["target"] not in world.waiting_ops() and not (
        _events(world, data["target"], data["after"], EventKind.FOLLOW_UP))


def _prep_remit(world: LessonWorld, data: Data) -> Data:
    cid, tracking, right = simulate.dispose_outside_remit(world.db, world.agency_id, world.now(),
                                                          WorkingCalendar())
    return {"target": cid, "tracking": tracking, "right": right,
            "after": _last_event_id(world) - 3}  # the disposal's own events come before


def _check_remit(world: LessonWorld, data: Data) -> bool:
    return any(ev.text.strip() and ev.suggested_agency in data["right"] for ev in _events(
        world, data["target"], data["after"], EventKind.REDISPOSITION_REQUESTED))


def _prep_reply(world: LessonWorld, data: Data) -> Data:
    after = _last_event_id(world)
    found = simulate.reply_on_followed(world.db, world.agency_id, world.now())
    if found is None:
        raise LookupError(_("Tidak ada laporan bertindak lanjut yang dapat ditanggapi pelapor."))
    return {"target": found[0], "tracking": found[1], "after": after}


def _check_reply(world: LessonWorld, data: Data) -> bool:
    acks = _events(world, data["target"], data["after"], EventKind.REPLY_ACKNOWLEDGED)
    return bool(acks) and _complete_follow_up(world, data["target"], acks[0].id)


def _prep_report(world: LessonWorld, data: Data) -> Data:
    world.facts.pop("exported", None)
    return {}


def _check_report(world: LessonWorld, data: Data) -> bool:
    path = world.facts.get("exported")
    return path is not None and path.exists() and path.stat().st_size > 0


LESSONS: tuple[Lesson, ...] = (
    Lesson("deadline", N_("Laporan paling mendesak"),
           N_("Temukan laporan yang tenggatnya paling dekat (belum lewat) dan buka."),
           (N_("Pilih tampilan \"Jatuh tempo minggu ini\" (Ctrl+3)."),
            N_("Urutkan menurut kolom tenggat, lalu klik baris teratas.")),
           _prep_deadline, _check_deadline),
    Lesson("follow_up", N_("Tindak lanjut lengkap"),
           N_("Tulis tindak lanjut untuk laporan #{tracking} dari templat, lengkap dengan bukti, "
              "sampai daftar periksa hijau, lalu kirim."),
           (N_("Cari #{tracking} (Ctrl+F), buka tab \"Tindak lanjut\"."),
            N_("Pilih templat, klik \"Terapkan\", lengkapi bagian yang masih kosong."),
            N_("Lampirkan foto bukti, lalu klik \"Kirim\".")),
           _prep_follow_up, _check_follow_up),
    Lesson("offline", N_("Bekerja tanpa koneksi"),
           N_("Server latihan sekarang mati. Kirim tindak lanjut lengkap untuk #{tracking}; "
              "tindakan menunggu di Kotak Keluar dan terkirim setelah koneksi kembali."),
           (N_("Tindak lanjut tetap bisa ditulis dan dikirim tanpa koneksi."),
            N_("Buka Kotak Keluar (Ctrl+K) untuk melihat yang menunggu."),
            N_("Setelah server hidup lagi, klik \"Sinkronkan sekarang\" (F9).")),
           _prep_offline, _check_offline, _advance_offline),
    Lesson("conflict", N_("Menangani konflik"),
           N_("Kirim tindak lanjut untuk #{tracking} saat server mati. Sementara itu admin "
              "menutup laporan itu: tangani tindakan yang ditolak di Kotak Keluar."),
           (N_("Setelah sinkronisasi, tindakan berstatus \"Perlu perhatian\"."),
            N_("Buka Kotak Keluar (Ctrl+K) dan pilih tindakan itu; \"Ubah & kirim ulang\" "
               "menunjukkan laporan sekarang di samping draf Anda."),
            N_("Laporan sudah selesai: pilih \"Buang…\" (teksnya tetap tersimpan sebagai "
               "draf).")),
           _prep_offline, _check_conflict, _advance_conflict),
    Lesson("remit", N_("Bukan wewenang"),
           N_("Laporan baru #{tracking} bukan urusan instansi Anda. Ajukan \"Bukan wewenang\" "
              "dengan alasan dan instansi yang benar."),
           (N_("Sinkronkan (F9), lalu buka #{tracking}."),
            N_("Klik \"Bukan wewenang…\", tulis alasannya, pilih instansi yang menangani tema "
               "laporan itu.")),
           _prep_remit, _check_remit),
    Lesson("reply", N_("Tanggapan pelapor"),
           N_("Pelapor #{tracking} menanggapi tindak lanjut Anda. Terima tanggapannya, lalu "
              "kirim tindak lanjut lengkap yang baru."),
           (N_("Sinkronkan (F9); laporan berstatus \"Ditanggapi Pelapor\"."),
            N_("Klik \"Tandai balasan pelapor sudah dibaca\", lalu tulis tindak lanjut baru "
               "dengan bukti.")),
           _prep_reply, _check_reply),
    Lesson("report", N_("Laporan bulanan"),
           N_("Ekspor laporan bulanan dari tab Dasbor."),
           (N_("Buka tab \"Dasbor\" (Alt+D)."),
            N_("Klik \"Ekspor…\", pilih berkas tujuan, lalu \"Ekspor\".")),
           _prep_report, _check_report),
)

BY_KEY = {lesson.key: lesson for lesson in LESSONS}


def training_world(session: Any, agency_id: str,
                   waiting_ops: Callable[[], set[int]]) -> LessonWorld:
    """The lessons' view of a running :class:`~lapor_desktop.workbench.training.TrainingSession`."""
    return LessonWorld(db=Database(session.db_url), agency_id=agency_id,
                       take_down=session.take_down, bring_back=session.bring_back,
                       waiting_ops=waiting_ops)
