"""Realistic Indonesian demo complaints for GUI tests and screenshots (all data invented)."""

from __future__ import annotations

import datetime as dt

from lapor_desktop.core.models import (
    Attachment,
    Channel,
    Classification,
    Complaint,
    Event,
    EventKind,
    Reporter,
    Status,
)

WIB = dt.timezone(dt.timedelta(hours=7))


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    """An aware instant in March 2026, WIB."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=WIB)


PHOTO = Attachment(sha256="a" * 64, filename="foto_jalan_berlubang.jpg", mime_type="image/jpeg",
                   size=12_595)
SURAT = Attachment(sha256="b" * 64, filename="surat_tugas_perbaikan.pdf",
                   mime_type="application/pdf", size=2_411_724)


def complaint(**overrides: object) -> Complaint:
    """A follow-up-in-progress complaint about a road in Tanjungpinang; override any field."""
    fields: dict[str, object] = dict(
        id=1, tracking_id="9901234", title="Jalan berlubang di depan SD Negeri 004 Senggarang",
        body=("Selamat pagi. Jalan di depan SD Negeri 004 Senggarang berlubang cukup dalam sejak "
              "awal Februari. Saat hujan lubang tertutup air sehingga pengendara motor sering "
              "terjatuh, termasuk orang tua yang mengantar anak sekolah.\n\nMohon segera "
              "diperbaiki sebelum ada korban. Terima kasih."),
        category="Infrastruktur", subcategory="Jalan dan Jembatan",
        classification=Classification.PENGADUAN, status=Status.DITINDAKLANJUTI, revision=4,
        agency_id="kepri-pupr", submitted_at=at(16, 8, 12), disposed_at=at(17, 10, 5),
        location="Senggarang, Tanjungpinang", channel=Channel.ANDROID,
        reporter=Reporter(name="Budi Hartono", phone="0812-7000-1234", email="budi.h@example.id"),
        first_response_due=at(31, 23, 59), completion_due=dt.datetime(2026, 4, 17, 23, 59,
                                                                      tzinfo=WIB),
        auto_close_due=dt.datetime(2026, 4, 8, 23, 59, tzinfo=WIB),
        events=(
            Event(1, EventKind.SUBMITTED, at(16, 8, 12), "Pelapor",
                  "Laporan dikirim melalui aplikasi Android."),
            Event(2, EventKind.VERIFIED, at(16, 14, 30), "Admin Nasional LAPOR!"),
            Event(3, EventKind.DISPOSED, at(17, 10, 5), "Diskominfo Provinsi Kepulauan Riau",
                  "Diteruskan ke Dinas PUPR Provinsi Kepulauan Riau."),
            Event(4, EventKind.INTERNAL_NOTE, at(25, 9, 40), "Rina Marlina",
                  "Sudah dikoordinasikan dengan UPT Jalan wilayah Tanjungpinang."),
            Event(5, EventKind.FOLLOW_UP, at(26, 15, 20), "Rina Marlina",
                  "Terima kasih atas laporan #9901234. Tim UPT Jalan Dinas PUPR telah meninjau "
                  "lokasi pada 25 Maret 2026 dan menjadwalkan penambalan pada 2 April 2026. "
                  "Narahubung: 0771-123456.", (PHOTO, SURAT)),
        ),
        attachments=(PHOTO,),
    )
    fields.update(overrides)
    return Complaint(**fields)  # type: ignore[arg-type]
