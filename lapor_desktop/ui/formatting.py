"""Formatting of dates, sizes and domain labels for every widget, translated through Qt.

The strings keep the ``ComplaintDetail`` translation context they were first written under, so
the catalogue stays the same wherever they are shown.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale

from lapor_desktop.core.models import Channel, Classification, EventKind, TimeZone
from lapor_desktop.core.status import CLASSIFICATION_LABELS
from lapor_desktop.ui.i18n import tr

_CTX = "ComplaintDetail"


def month_name(month: int) -> str:
    """The translated name of ``month`` (1-12); Indonesian is the source language."""
    names = (tr(_CTX, "Januari"), tr(_CTX, "Februari"), tr(_CTX, "Maret"), tr(_CTX, "April"),
             tr(_CTX, "Mei"), tr(_CTX, "Juni"), tr(_CTX, "Juli"), tr(_CTX, "Agustus"),
             tr(_CTX, "September"), tr(_CTX, "Oktober"), tr(_CTX, "November"),
             tr(_CTX, "Desember"))
    return names[month - 1]


def format_datetime(value: dt.datetime | None, tz: TimeZone | None = None) -> str:
    """``17 Maret 2026 10:05 WIB`` in ``tz``, or in the computer's local time when ``tz`` is None."""
    if value is None:
        return "–"
    local = value.astimezone(ZoneInfo(tz.value)) if tz is not None else value.astimezone()
    text = f"{local.day} {month_name(local.month)} {local.year} {local:%H:%M}"
    return f"{text} {tz.name}" if tz is not None else text


def format_decimal(value: float, decimals: int = 1) -> str:
    """A number in the UI language's locale: ``68,4`` in Indonesian, ``68.4`` in English
    (QLocale's default is set with the language, see i18n.install_translator)."""
    return QLocale().toString(float(value), "f", decimals)


def format_percent(value: float) -> str:
    """``68,4%`` in Indonesian, ``68.4%`` in English."""
    return format_decimal(value) + "%"


def format_time(value: dt.datetime, tz: TimeZone) -> str:
    """``10:42 WITA``: a time of today in the agency's zone, with the zone's label."""
    return f"{value.astimezone(ZoneInfo(tz.value)):%H:%M} {tz.name}"


def format_size(size: int) -> str:
    """Human-readable file size with the translated decimal separator: ``12,3 KB``."""
    sep = tr(_CTX, ",", "decimal separator")
    if size < 1024:
        return tr(_CTX, "{n} B").format(n=size)
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            return f"{value:.1f}".replace(".", sep) + f" {unit}"
    raise AssertionError  # pragma: no cover - the loop always returns


def event_kind_label(kind: EventKind) -> str:
    """The Indonesian label of a history event kind."""
    labels = {
        EventKind.SUBMITTED: tr(_CTX, "Laporan masuk"),
        EventKind.VERIFIED: tr(_CTX, "Diverifikasi"),
        EventKind.DISPOSED: tr(_CTX, "Didisposisikan"),
        EventKind.FOLLOW_UP: tr(_CTX, "Tindak lanjut"),
        EventKind.INTERNAL_NOTE: tr(_CTX, "Catatan internal"),
        EventKind.REPORTER_REPLY: tr(_CTX, "Tanggapan pelapor"),
        EventKind.REPLY_ACKNOWLEDGED: tr(_CTX, "Tanggapan pelapor dikonfirmasi"),
        EventKind.REDISPOSITION_REQUESTED: tr(_CTX, "Permintaan disposisi ulang (bukan wewenang)"),
        EventKind.RETURNED: tr(_CTX, "Dikembalikan"),
        EventKind.CLOSED: tr(_CTX, "Selesai"),
        EventKind.AUTO_CLOSED: tr(_CTX, "Ditutup otomatis"),
        EventKind.ARCHIVED: tr(_CTX, "Diarsipkan"),
    }
    return labels[kind]


def classification_label(value: Classification) -> str:
    """The Indonesian label of a classification (it decides the completion deadline)."""
    return tr("Classification", CLASSIFICATION_LABELS[value])


def channel_label(value: Channel) -> str:
    """The label of an intake channel."""
    labels = {
        Channel.WEBSITE: tr(_CTX, "Situs web"), Channel.ANDROID: "Android", Channel.IOS: "iOS",
        Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp", Channel.TWITTER: "Twitter/X",
    }
    return labels[value]
