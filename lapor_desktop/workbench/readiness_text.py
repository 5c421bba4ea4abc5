"""The readiness check in words: one list of rows for the view and the CLI alike, so both say
exactly the same thing (times in the agency's zone, sizes in KB/MB)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind, TimeZone
from lapor_desktop.core.status import ACTION_LABELS
from lapor_desktop.store import OutboxState
from lapor_desktop.workbench.ledger import STATE_LABELS
from lapor_desktop.workbench.readiness import Readiness

# The outbox and missing-file lists show at most this many lines; the rest is counted.
MAX_LINES = 20


@dataclasses.dataclass(frozen=True, slots=True)
class Row:
    """One line of the check: passed or not, a title, what it found, and details."""

    key: str
    ok: bool | None  # None: information only (the next deadline)
    title: str
    summary: str
    details: tuple[str, ...] = ()


def size_text(nbytes: int) -> str:
    """``"850 KB"`` or ``"12,4 MB"``."""
    if nbytes < 1024 * 1024:
        return f"{max(1, -(-nbytes // 1024)) if nbytes else 0} KB"
    return f"{nbytes / (1024 * 1024):.1f} MB".replace(".", ",")


def age_text(age: dt.timedelta) -> str:
    """``"5 menit lalu"``, ``"3 jam lalu"``, ``"2 hari lalu"``."""
    minutes = max(0, int(age.total_seconds() // 60))
    if minutes < 1:
        return _("baru saja")
    if minutes < 60:
        return _("{n} menit lalu").format(n=minutes)
    if minutes < 48 * 60:
        return _("{n} jam lalu").format(n=minutes // 60)
    return _("{n} hari lalu").format(n=minutes // (24 * 60))


def time_text(value: dt.datetime, tz: TimeZone | None) -> str:
    """``"Sen 30-11-2026 17.00 WIB"`` in the agency's zone."""
    zone = tz or TimeZone.WIB
    local = value.astimezone(ZoneInfo(zone.value))
    return f"{local:%d-%m-%Y %H.%M} {zone.name}"


def rows(r: Readiness, tz: TimeZone | None = None) -> list[Row]:
    """The check, line by line."""
    out: list[Row] = []
    if r.last_success_at is None:
        sync = _("Belum pernah sinkron dengan server.")
    else:
        sync = _("Sinkron terakhir {when} ({age}).").format(
            when=time_text(r.last_success_at, tz), age=age_text(r.sync_age or dt.timedelta()))
    out.append(Row("complaints", r.complaints_ok, _("Laporan terbuka dan riwayatnya"),
                   _("{n} laporan terbuka, {e} peristiwa riwayat tersimpan.").format(
                       n=r.open_complaints, e=r.history_events), (sync,)))
    details = [f"#{m.tracking_id} {m.filename} ({size_text(m.size)})"
               + (f": {m.reason}" if m.reason else "") for m in r.missing[:MAX_LINES]]
    if len(r.missing) > MAX_LINES:
        details.append(_("... dan {n} lagi").format(n=len(r.missing) - MAX_LINES))
    if r.attachments_ok:
        summary = _("Semua {n} lampiran tersimpan di PC ini.").format(n=r.attachments_total)
    else:
        summary = _("{c} dari {n} lampiran tersimpan; {m} belum diunduh ({size}).").format(
            c=r.attachments_cached, n=r.attachments_total, m=len(r.fetchable),
            size=size_text(r.missing_bytes))
        if r.unavailable:
            summary += " " + _("{u} tidak ada lagi di server.").format(u=len(r.unavailable))
    out.append(Row("attachments", r.attachments_ok, _("Lampiran laporan terbuka"), summary,
                   tuple(details)))
    if r.reference_updated_at is None:
        ref = _("Belum pernah diunduh.")
    else:
        ref = _("Diperbarui {when}; {t} templat.").format(
            when=time_text(r.reference_updated_at, tz), t=r.templates)
    out.append(Row("reference", r.reference_ok, _("Data referensi dan templat"), ref))
    waiting = [f"#{w.tracking_id} {_(ACTION_LABELS[ActionKind(w.kind)])} "
               f"({_(STATE_LABELS[OutboxState(w.state)])})" for w in r.waiting[:MAX_LINES]]
    if len(r.waiting) > MAX_LINES:
        waiting.append(_("... dan {n} lagi").format(n=len(r.waiting) - MAX_LINES))
    out.append(Row("outbox", r.outbox_ok, _("Kotak keluar"),
                   _("Kosong: semua tindakan sudah sampai di server.") if r.outbox_ok else
                   _("{n} tindakan belum sampai di server.").format(n=len(r.waiting)),
                   tuple(waiting)))
    if r.next_due_at is None:
        due = _("Tidak ada tenggat mendatang pada laporan terbuka.")
    else:
        due = _("#{t}, {when}.").format(t=r.next_due_tracking_id,
                                        when=time_text(r.next_due_at, tz))
    if r.overdue:
        due += " " + _("{n} laporan sudah lewat tenggat.").format(n=r.overdue)
    out.append(Row("deadline", None, _("Tenggat berikutnya"), due))
    return out


def verdict(r: Readiness) -> str:
    """The one-line answer."""
    return (_("Siap luring: semua yang diperlukan ada di PC ini.") if r.ready else
            _("Belum siap luring."))
