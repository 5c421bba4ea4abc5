"""Indonesian messages for the protocol's validation errors (pydantic's are English).

``validation_message(exc)`` turns every error of a :class:`pydantic.ValidationError` raised by a
protocol request model into one line per field, e.g. ``"Teks terlalu panjang: paling banyak
20.000 karakter"``. Used wherever the officer can meet such an error: queueing an action (window and
CLI), resending a revised one, logging in, a stored action the protocol no longer accepts, and
the server's ``fields`` of a 422 answer (so both sides say the same thing).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

FIELD_LABELS = {
    "text": "Teks",
    "reason": "Alasan",
    "suggested_agency": "Instansi yang disarankan",
    "attachments": "Lampiran",
    "propose_close": "Usulan penutupan",
    "base_revision": "Revisi laporan",
    "kind": "Jenis tindakan",
    "username": "Nama pengguna",
    "password": "Kata sandi",
    "filename": "Nama berkas",
    "sha256": "Sidik berkas (SHA-256)",
    "size": "Ukuran berkas",
    "mime_type": "Jenis berkas",
    "cursor": "Kursor",
    "limit": "Batas",
    "complaint_id": "Nomor laporan",
    "upload_id": "Nomor unggahan",
    "Idempotency-Key": "Idempotency-Key",
    "Upload-Offset": "Upload-Offset",
    "Range": "Range",
}


def _number(value: Any) -> str:
    # Indonesian groups thousands with a dot: 20.000.
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)


def field_message(error: dict[str, Any]) -> str:
    """One pydantic error (an item of ``exc.errors()``) as an Indonesian sentence."""
    loc = [p for p in error.get("loc", ()) if p != "body"]
    name = next((p for p in loc if isinstance(p, str)), "")
    label = FIELD_LABELS.get(name, f"Kolom '{name}'" if name else "Isian")
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        return str(error.get("msg", "")).removeprefix("Value error, ")
    if kind == "string_too_long":
        return f"{label} terlalu panjang: paling banyak {_number(ctx.get('max_length'))} karakter"
    if kind == "string_too_short":
        return f"{label} terlalu pendek: paling sedikit {_number(ctx.get('min_length'))} karakter"
    if kind == "too_long":
        return f"{label} terlalu banyak: paling banyak {_number(ctx.get('max_length'))}"
    if kind == "too_short":
        return f"{label} terlalu sedikit: paling sedikit {_number(ctx.get('min_length'))}"
    if kind == "missing":
        return f"{label} wajib diisi"
    if kind == "extra_forbidden":
        return f"{label} tidak dikenal untuk tindakan ini"
    if kind == "string_unicode":
        return f"{label} memuat karakter yang tidak dapat disimpan (surrogate tidak lengkap)"
    if kind == "json_invalid":
        return "Isi permintaan bukan JSON yang valid"
    if kind == "uuid_parsing" or kind == "uuid_type":
        return f"{label} harus UUID"
    if kind == "string_pattern_mismatch":
        return f"{label} memuat karakter atau bentuk yang tidak diizinkan"
    if kind in ("string_type", "int_type", "int_parsing", "bool_type", "bool_parsing",
                "list_type", "int_from_float"):
        return f"{label} berjenis salah"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{label} terlalu kecil: minimal {_number(ctx.get('ge', ctx.get('gt')))}"
    if kind in ("less_than_equal", "less_than"):
        return f"{label} terlalu besar: maksimal {_number(ctx.get('le', ctx.get('lt')))}"
    if kind in ("enum", "literal_error"):
        return f"{label} tidak dikenal"
    return f"{label} tidak valid"


def validation_message(exc: ValidationError) -> str:
    """All errors of ``exc``, Indonesian, one per field, joined with "; "."""
    seen: list[str] = []
    for error in exc.errors():
        text = field_message(error)  # type: ignore[arg-type]
        if text not in seen:
            seen.append(text)
    return "; ".join(seen) or "Isi tindakan tidak valid"
