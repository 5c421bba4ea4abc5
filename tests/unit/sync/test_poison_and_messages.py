"""Which failures make an action a poison one, and the Indonesian field messages."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lapor_desktop.protocol import ActionRequest, LoginRequest
from lapor_desktop.protocol.messages import validation_message
from lapor_desktop.sync import errors, poison


@pytest.mark.parametrize(("error", "signature", "limit"), [
    (errors.ServerError("x", status=500, body={"error": "internal_error"}), "500 internal_error",
     poison.SERVER_ERROR_REPEATS),
    (errors.ServerError("x", status=500), "500 -", poison.SERVER_ERROR_REPEATS),
    (errors.ServerError("x", status=507, body={"error": "text_not_storable"}),
     "507 text_not_storable", poison.DETERMINISTIC_REPEATS),
    (errors.ServerError("x", status=502), "502 -", poison.SERVER_ERROR_REPEATS),
    # "Come back later" never counts.
    (errors.ServerError("x", status=503), None, None),
    (errors.ServerError("x", status=500, retry_after=30.0), None, None),
    (errors.RateLimited("x", status=429), None, None),
    (errors.NetworkError("x"), None, None),
    (errors.RequestTimeout("x"), None, None),
    (errors.ProtocolError("x"), "0 protocol", poison.SERVER_ERROR_REPEATS),
])
def test_poison_signature_and_limit(error, signature, limit):
    assert poison.signature(error) == signature
    if limit is not None:
        assert poison.limit(error) == limit


def _messages(model, **fields) -> str:
    with pytest.raises(ValidationError) as exc:
        model(**fields)
    return validation_message(exc.value)


def test_field_messages_are_indonesian():
    assert _messages(ActionRequest, kind="follow_up", base_revision=0, text="a" * 20001) == \
        "Teks terlalu panjang: paling banyak 20.000 karakter"
    assert "minimal 20 karakter" in _messages(ActionRequest, kind="follow_up", base_revision=0,
                                              text="pendek")
    assert _messages(ActionRequest, kind="terbang", base_revision=0) == "Jenis tindakan tidak dikenal"
    assert "Revisi laporan terlalu kecil" in _messages(ActionRequest, kind="internal_note",
                                                       base_revision=-1, text="a")
    assert "tidak dikenal untuk tindakan ini" in _messages(
        ActionRequest, kind="internal_note", base_revision=0, text="a", extra=1)
    assert "Lampiran terlalu banyak: paling banyak 20" in _messages(
        ActionRequest, kind="follow_up", base_revision=0, text="a" * 30,
        attachments=["a" * 64] * 21)
    assert "karakter NUL" in _messages(LoginRequest, username="a\x00", password="b")
    assert "Kata sandi terlalu pendek" in _messages(LoginRequest, username="a", password="")
    for text in (_messages(ActionRequest, kind="follow_up", base_revision="x", text=1),):
        assert "should" not in text and "Input" not in text
