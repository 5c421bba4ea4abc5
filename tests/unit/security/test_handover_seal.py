"""The sealed handover file on its own: round trip, and every way a file can be wrong."""

from __future__ import annotations

import pytest

from lapor_desktop.security.handover_seal import (
    MAGIC,
    HandoverFileError,
    NotAPackageError,
    PackageTooNewError,
    TamperedPackageError,
    WrongAgencyError,
    WrongHandoverPasswordError,
    open_sealed,
    read_header,
    seal,
)
from lapor_desktop.security.keys import TEST_PARAMS

PLAIN = b'{"isi": "paket serah terima"}' * 50
PASSWORD = "sandi-serah-terima"


def _sealed() -> bytes:
    return seal(PLAIN, PASSWORD, agency_id="kota-batam", package_id="p-1",
                created_at="2026-11-30T07:00:00+00:00", params=TEST_PARAMS)


def test_round_trip_and_no_plaintext():
    blob = _sealed()
    header, plain = open_sealed(blob, PASSWORD, agency_id="kota-batam")
    assert plain == PLAIN and header.package_id == "p-1"
    assert b"paket serah terima" not in blob


def test_every_byte_of_the_file_is_protected():
    blob = _sealed()
    for at in range(len(blob)):
        changed = blob[:at] + bytes([blob[at] ^ 0x04]) + blob[at + 1:]
        with pytest.raises(HandoverFileError):
            open_sealed(changed, PASSWORD, agency_id="kota-batam")


@pytest.mark.parametrize("cut", [0, 5, len(MAGIC), len(MAGIC) + 40, -1, -16, -17])
def test_truncation_is_refused(cut):
    blob = _sealed()
    with pytest.raises((NotAPackageError, TamperedPackageError)):
        open_sealed(blob[:cut], PASSWORD)


def test_wrong_password_other_agency_and_newer_format_have_their_own_message():
    blob = _sealed()
    with pytest.raises(WrongHandoverPasswordError, match="salah"):
        open_sealed(blob, "bukan-sandinya")
    with pytest.raises(WrongAgencyError, match="instansi kota-batam"):
        open_sealed(blob, PASSWORD, agency_id="kepri-diskominfo")
    newer = blob.replace(b'"format":1', b'"format":7', 1)
    with pytest.raises(PackageTooNewError, match="lebih baru"):
        read_header(newer)


def test_short_password_is_refused():
    with pytest.raises(HandoverFileError, match="minimal"):
        seal(PLAIN, "pendek", agency_id="a", package_id="p", created_at="x", params=TEST_PARAMS)
