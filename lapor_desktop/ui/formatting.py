"""The one formatter of dates, times, numbers, sizes and domain labels for every widget and the
PDF: QLocale of the UI language (no hand tables), every time in the agency's zone with its label.

The strings keep the ``ComplaintDetail`` translation context they were first written under, so
the catalogue stays the same wherever they are shown.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from lapor_desktop.core.models import Channel, Classification, EventKind, TimeZone
from lapor_desktop.core.status import CLASSIFICATION_LABELS
from lapor_desktop.reports.period import Period
from lapor_desktop.reports.tables import Formats
from lapor_desktop.ui.i18n import tr

_CTX = "ComplaintDetail"


def _locale() -> QLocale:
    """The UI language's locale (i18n.install_translator sets the default with the language)."""
    return QLocale()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def zone_label(local: dt.datetime) -> str:
    """WIB/WITA/WIT for Indonesia's offsets, else ``UTC+h`` (a computer set to another zone)."""
    offset = local.utcoffset() or dt.timedelta()
    for tz in TimeZone:
        if ZoneInfo(tz.value).utcoffset(local.replace(tzinfo=None)) == offset:
            return tz.name
    hours = offset.total_seconds() / 3600
    return f"UTC{hours:+g}"


def format_clock(local: dt.datetime) -> str:
    """``10.05`` in Indonesian, ``10:05`` in English (the locale's short time format)."""
    loc = _locale()
    return loc.toString(QTime(local.hour, local.minute),
                        loc.timeFormat(QLocale.FormatType.ShortFormat))


def format_date(day: dt.date) -> str:
    """``3 Agu 2026`` / ``3 Aug 2026`` by the UI language's locale."""
    return _locale().toString(_qdate(day), "d MMM yyyy")


def format_datetime(value: dt.datetime | None, tz: TimeZone | None = None) -> str:
    """``17 Maret 2026 10.05 WIB`` (``17 March 2026 10:05 WIB`` in English) in the agency's
    zone ``tz``; without one (before a profile is open) in the computer's zone, labelled too."""
    if value is None:
        return "–"
    local = value.astimezone(ZoneInfo(tz.value)) if tz is not None else value.astimezone()
    label = tz.name if tz is not None else zone_label(local)
    return f"{_locale().toString(_qdate(local.date()), 'd MMMM yyyy')} {format_clock(local)} {label}"


def format_decimal(value: float, decimals: int = 1) -> str:
    """A number in the UI language's locale: ``68,4`` in Indonesian, ``68.4`` in English
    (QLocale's default is set with the language, see i18n.install_translator)."""
    return _locale().toString(float(value), "f", decimals)


def format_percent(value: float) -> str:
    """``68,4%`` in Indonesian, ``68.4%`` in English."""
    return format_decimal(value) + "%"


def format_time(value: dt.datetime, tz: TimeZone) -> str:
    """``10.42 WITA``: a time of today in the agency's zone, with the zone's label."""
    return f"{format_clock(value.astimezone(ZoneInfo(tz.value)))} {tz.name}"


def format_days(value: float | None) -> str:
    """A median in working days: ``4,5 hari kerja`` / ``4.5 working days``; ``-`` for none."""
    if value is None:
        return "-"
    number = str(int(value)) if float(value).is_integer() else format_decimal(value)
    return tr(_CTX, "{n} hari kerja").format(n=number)


def period_label(period: Period) -> str:
    """``November 2026``, or ``1 Nov 2026 – 15 Nov 2026`` for a range."""
    if period.is_month:
        return _locale().toString(_qdate(period.first), "MMMM yyyy")
    return f"{format_date(period.first)} – {format_date(period.last)}"


def month_label(period: Period) -> str:
    """A chart axis label: ``Agu 26`` / ``Aug 26``."""
    return _locale().toString(_qdate(period.first), "MMM yy")


def report_formats() -> Formats:
    """The report's values as the window and the PDF show them (the UI language's locale)."""
    return Formats(date=format_date, instant=format_datetime, percent=format_percent,
                   days=format_days, period=period_label, never=tr(_CTX, "belum pernah"),
                   stage=lambda label: tr("PdfReport", label))


def format_size(size: int) -> str:
    """Human-readable file size in the locale's decimals: ``12,3 KB`` / ``12.3 KB``."""
    if size < 1024:
        return tr(_CTX, "{n} B").format(n=size)
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            return f"{format_decimal(value)} {unit}"
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
