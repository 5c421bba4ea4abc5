"""The sealed handover file: one file, readable only with the handover password.

Layout (all of it authenticated)::

    LAPOR-SERAH-TERIMA\\n
    <header: one line of JSON>\\n
    <AES-256-GCM ciphertext of the zlib-compressed package, tag at the end>

The header is plaintext so a package can be refused with a clear message before any password is
asked (a newer format, another agency); it holds no personal data (format, agency id, package id,
creation time, KDF salt and parameters, nonce, and a key-check value). The whole header, magic
included, is the AES-GCM associated data, so changing one byte anywhere, or cutting the file short,
fails the tag. The key is argon2id of the password (as the profile vault's is), split by HKDF
into the encryption key and the key-check key: a wrong password is told apart from a damaged file.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import os
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.keys import KEY_BYTES, KdfParams, derive_master_key

MAGIC = b"LAPOR-SERAH-TERIMA\n"
FORMAT_VERSION = 1
MIN_PASSWORD_CHARS = 8
_MAX_HEADER = 4096


class HandoverFileError(KnownError):
    """A handover file that cannot be used; the message says why, in Indonesian."""


class NotAPackageError(HandoverFileError):
    """Not a handover file at all, or cut short before its header ends."""


class PackageTooNewError(HandoverFileError):
    """A package written by a newer version of the app."""


class WrongAgencyError(HandoverFileError):
    """A package for another agency."""


class WrongHandoverPasswordError(HandoverFileError):
    """The handover password does not open this package."""


class TamperedPackageError(HandoverFileError):
    """The package was changed or cut short after it was sealed."""


@dataclasses.dataclass(frozen=True, slots=True)
class Header:
    """The plaintext, authenticated header of a sealed package."""

    format: int
    agency_id: str
    package_id: str
    created_at: str
    salt: bytes
    params: KdfParams
    nonce: bytes
    check: bytes

    def to_bytes(self) -> bytes:
        """The header line as written (canonical JSON, sorted keys)."""
        data = {"format": self.format, "agency_id": self.agency_id,
                "package_id": self.package_id, "created_at": self.created_at,
                "kdf": {"salt": _b64(self.salt), **dataclasses.asdict(self.params)},
                "nonce": _b64(self.nonce), "check": _b64(self.check)}
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode() + b"\n"


def check_password(password: str) -> None:
    """Refuse a handover password too short to resist guessing."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise HandoverFileError(_("Kata sandi serah terima minimal {MIN_PASSWORD_CHARS} karakter.")
            .format(MIN_PASSWORD_CHARS=MIN_PASSWORD_CHARS))


def seal(plain: bytes, password: str, *, agency_id: str, package_id: str, created_at: str,
         params: KdfParams | None = None) -> bytes:
    """The sealed file for ``plain`` (the package JSON)."""
    check_password(password)
    params = params or KdfParams()
    salt, nonce = os.urandom(16), os.urandom(12)
    enc_key, check_key = _keys(password, salt, params)
    header = Header(FORMAT_VERSION, agency_id, package_id, created_at, salt, params, nonce,
                    _check(check_key))
    head = MAGIC + header.to_bytes()
    return head + AESGCM(enc_key).encrypt(nonce, zlib.compress(plain, 6), head)


def read_header(blob: bytes) -> Header:
    """The header of a sealed file, checked for format; no password needed."""
    if not blob.startswith(MAGIC):
        raise NotAPackageError(_("Berkas ini bukan paket serah terima LAPOR! Desktop."))
    end = blob.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if end < 0:
        raise NotAPackageError(_("Paket serah terima terpotong atau rusak (kepala berkas tidak "
                               "lengkap). Minta pengirim membuat paket baru."))
    try:
        data = json.loads(blob[len(MAGIC):end])
        version = int(data["format"])
        if version > FORMAT_VERSION:
            raise PackageTooNewError(
                _("Paket ini dibuat oleh versi LAPOR! Desktop yang lebih baru (format "
                   "{version}; versi ini membaca sampai format {FORMAT_VERSION}). Perbarui "
                   "aplikasi lalu impor lagi. Tidak ada yang diimpor.")
                   .format(version=version, FORMAT_VERSION=FORMAT_VERSION))
        kdf = data["kdf"]
        return Header(version, str(data["agency_id"]), str(data["package_id"]),
                      str(data["created_at"]), _unb64(kdf["salt"]),
                      KdfParams(int(kdf["time_cost"]), int(kdf["memory_cost"]),
                                int(kdf["parallelism"])),
                      _unb64(data["nonce"]), _unb64(data["check"]))
    except HandoverFileError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise TamperedPackageError(_("Kepala paket serah terima rusak atau telah diubah. "
                                   "Tidak ada yang diimpor.")) from exc


def open_sealed(blob: bytes, password: str, *, agency_id: str | None = None) -> tuple[Header, bytes]:
    """(header, package JSON) of a sealed file; ``agency_id`` refuses another agency's package."""
    header = read_header(blob)
    if agency_id is not None and header.agency_id != agency_id:
        raise WrongAgencyError(
            _("Paket ini untuk instansi {agency_id}, sedangkan profil ini milik "
               "instansi {agency_id2}. Serah terima hanya di dalam satu instansi. Tidak "
               "ada yang diimpor.").format(agency_id=header.agency_id, agency_id2=agency_id))
    # Bounded so a forged header cannot make the import allocate gigabytes.
    if not (1 <= header.params.time_cost <= 10 and 8 <= header.params.memory_cost <= 1 << 18
            and 1 <= header.params.parallelism <= 16):
        raise TamperedPackageError(_("Parameter kunci paket tidak wajar: paket telah diubah. "
                                   "Tidak ada yang diimpor."))
    enc_key, check_key = _keys(password, header.salt, header.params)
    if not hmac.compare_digest(_check(check_key), header.check):
        raise WrongHandoverPasswordError(_("Kata sandi serah terima salah. Tidak ada yang diimpor."))
    head_end = blob.index(b"\n", len(MAGIC)) + 1
    try:
        packed = AESGCM(enc_key).decrypt(header.nonce, blob[head_end:], blob[:head_end])
        return header, zlib.decompress(packed)
    except (InvalidTag, ValueError, zlib.error) as exc:
        raise TamperedPackageError(
            _("Paket serah terima rusak, terpotong, atau telah diubah setelah dibuat. Tidak ada "
            "yang diimpor; minta pengirim membuat paket baru.")) from exc


def _keys(password: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    master = derive_master_key(password, salt, params)
    out = HKDF(algorithm=hashes.SHA256(), length=2 * KEY_BYTES, salt=None,
               info=b"lapor-desktop/v1/handover").derive(master)
    return out[:KEY_BYTES], out[KEY_BYTES:]


def _check(check_key: bytes) -> bytes:
    return hmac.new(check_key, b"LAPOR! Desktop handover check v1", hashlib.sha256).digest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text, validate=True)
