"""The server status machine as the OPD sees it: labels, and which officer actions each allows."""

from __future__ import annotations

from lapor_desktop.core.errors import ActionNotAllowedError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind, Classification, LocalState, Status

# Names exactly as LAPOR! shows them. UI code wraps them in its translation call.
STATUS_LABELS: dict[Status, str] = {
    Status.TERDISPOSISI: "Terdisposisi",
    Status.DITINDAKLANJUTI: "Ditindaklanjuti",
    Status.DITANGGAPI_PELAPOR: "Ditanggapi Pelapor",
    Status.SELESAI: "Selesai",
    Status.DIKEMBALIKAN: "Dikembalikan / Bukan Wewenang",
    Status.ARSIP: "Arsip",
}

# Classification names as LAPOR! shows them (the completion deadline follows from them).
CLASSIFICATION_LABELS: dict[Classification, str] = {
    Classification.ASPIRASI: "Aspirasi",
    Classification.PERMINTAAN_INFORMASI: "Permintaan informasi",
    Classification.PENGADUAN: "Pengaduan",
    Classification.PENGADUAN_PENGAWASAN: "Pengaduan berkadar pengawasan",
}

LOCAL_STATE_LABELS: dict[LocalState, str] = {
    LocalState.NONE: "",
    LocalState.DRAFT: "Draf",
    LocalState.AWAITING_SIGNOFF: "Menunggu persetujuan",
    LocalState.QUEUED: "Dalam antrean kirim",
    LocalState.NEEDS_ATTENTION: "Perlu perhatian",
}

ACTION_LABELS: dict[ActionKind, str] = {
    ActionKind.FOLLOW_UP: "Tindak lanjut",
    ActionKind.INTERNAL_NOTE: "Catatan internal",
    ActionKind.BUKAN_WEWENANG: "Bukan wewenang",
    ActionKind.ACKNOWLEDGE_REPLY: "Tanggapan pelapor diterima",
    ActionKind.SUBMIT_SIGNOFF: "Tindak lanjut untuk persetujuan",
    ActionKind.APPROVE_SIGNOFF: "Persetujuan tindak lanjut",
    ActionKind.RETURN_SIGNOFF: "Pengembalian tindak lanjut",
    ActionKind.WITHDRAW_SIGNOFF: "Penarikan tindak lanjut dari persetujuan",
}

# Sign-off travels with the follow-up: wherever a follow-up is allowed, so is submitting one for
# approval and reviewing it (a complaint closed meanwhile refuses all three).
_SIGNOFF = frozenset({ActionKind.SUBMIT_SIGNOFF, ActionKind.APPROVE_SIGNOFF,
                      ActionKind.RETURN_SIGNOFF, ActionKind.WITHDRAW_SIGNOFF})

_ALLOWED: dict[Status, frozenset[ActionKind]] = {
    Status.TERDISPOSISI: frozenset(
        {ActionKind.FOLLOW_UP, ActionKind.INTERNAL_NOTE, ActionKind.BUKAN_WEWENANG}) | _SIGNOFF,
    # A further follow-up after the first one is normal (progress updates), and restarts the
    # auto-close countdown on the server.
    Status.DITINDAKLANJUTI: frozenset({ActionKind.FOLLOW_UP, ActionKind.INTERNAL_NOTE}) | _SIGNOFF,
    Status.DITANGGAPI_PELAPOR: frozenset(
        {ActionKind.FOLLOW_UP, ActionKind.INTERNAL_NOTE, ActionKind.ACKNOWLEDGE_REPLY}) | _SIGNOFF,
    # Closed, returned or archived complaints are out of the OPD's hands.
    Status.SELESAI: frozenset(),
    Status.DIKEMBALIKAN: frozenset(),
    Status.ARSIP: frozenset(),
}

# Statuses where the OPD still owes work (used by queue filters and indicators).
OPEN_STATUSES: frozenset[Status] = frozenset(
    {Status.TERDISPOSISI, Status.DITINDAKLANJUTI, Status.DITANGGAPI_PELAPOR})


def allowed_actions(status: Status) -> frozenset[ActionKind]:
    """The officer actions a complaint in ``status`` accepts."""
    return _ALLOWED[status]


def check_action(status: Status, action: ActionKind) -> None:
    """Raise :class:`ActionNotAllowedError` if ``action`` is not allowed in ``status``."""
    if action not in _ALLOWED[status]:
        raise ActionNotAllowedError(
            _("{action} tidak diizinkan untuk laporan berstatus {status}").format(
                action=_(ACTION_LABELS[action]), status=_(STATUS_LABELS[status])),
            status=status.value, action=action.value)
