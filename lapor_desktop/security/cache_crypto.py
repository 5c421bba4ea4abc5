"""Encryption of the attachment cache: AES-256-GCM under a sub-key of the master key.

A cached file is ``MAGIC + nonce (12 bytes) + ciphertext-with-tag``; its name stays the sha256 of
the *plaintext*, so de-duplication and the upload protocol are unchanged. The file name is bound
into the tag (associated data), so swapping two cached files is detected. A partial download is
kept as a sequence of sealed segments (``PART_MAGIC`` then ``length + nonce + ciphertext`` records)
so it can resume without ever holding plaintext on disk.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.keys import KEY_BYTES, cache_key

MAGIC = b"LAPORENC1\x00"
PART_MAGIC = b"LAPORPRT1\x00"
NONCE_BYTES = 12
TAG_BYTES = 16
OVERHEAD = len(MAGIC) + NONCE_BYTES + TAG_BYTES
_SEGMENT_HEADER = struct.Struct(">I")


class CacheDecryptError(KnownError):
    """A cached file cannot be decrypted (damaged, or from another profile)."""


class CacheCipher:
    """Seals and opens cached attachments with one AES-GCM key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("cache key must be 32 bytes")
        self._aead = AESGCM(key)

    @classmethod
    def from_master(cls, master: bytes) -> CacheCipher:
        """The cipher for a profile's master key."""
        return cls(cache_key(master))

    @staticmethod
    def sealed_size(plain_size: int) -> int:
        """Size on disk of a sealed file of ``plain_size`` bytes."""
        return plain_size + OVERHEAD

    def seal(self, data: bytes, name: str) -> bytes:
        """Encrypt ``data`` stored under file name ``name``."""
        nonce = os.urandom(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, name.encode())

    def open(self, blob: bytes, name: str) -> bytes:
        """Decrypt a sealed file; :class:`CacheDecryptError` if it is not intact."""
        if not blob.startswith(MAGIC) or len(blob) < OVERHEAD:
            raise CacheDecryptError(_("Salinan lampiran di cache tidak terenkripsi atau rusak."))
        nonce = blob[len(MAGIC):len(MAGIC) + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES:], name.encode())
        except InvalidTag as exc:
            raise CacheDecryptError(_("Salinan lampiran di cache rusak atau bukan milik profil "
                                    "ini.")) from exc

    # --- resumable partial downloads ------------------------------------------------------

    def append_segment(self, part: Path, chunk: bytes, name: str) -> None:
        """Append one sealed segment of plaintext ``chunk`` to the partial file ``part``."""
        new = not part.exists() or part.stat().st_size == 0
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, chunk, name.encode())
        with part.open("ab") as fh:
            if new:
                fh.write(PART_MAGIC)
            fh.write(_SEGMENT_HEADER.pack(len(sealed)) + nonce + sealed)

    def read_segments(self, part: Path, name: str) -> bytes:
        """The plaintext of a partial file; a torn last segment (crash mid-write) is cut off."""
        if not part.exists():
            return b""
        data = part.read_bytes()
        if not data.startswith(PART_MAGIC):
            part.unlink(missing_ok=True)
            return b""
        pos, out, good_end = len(PART_MAGIC), [], len(PART_MAGIC)
        while pos + _SEGMENT_HEADER.size + NONCE_BYTES <= len(data):
            (length,) = _SEGMENT_HEADER.unpack_from(data, pos)
            start = pos + _SEGMENT_HEADER.size
            end = start + NONCE_BYTES + length
            if end > len(data):
                break
            try:
                out.append(self._aead.decrypt(data[start:start + NONCE_BYTES],
                                              data[start + NONCE_BYTES:end], name.encode()))
            except InvalidTag:
                break
            pos = good_end = end
        if good_end != len(data):
            with part.open("r+b") as fh:
                fh.truncate(good_end)
        return b"".join(out)


def seal_plaintext_cache(cache: Path, cipher: CacheCipher) -> int:
    """Seal every plaintext file of a content-addressed cache in place (a profile's first
    encryption); returns how many were sealed. Files that are not ``<sha[:2]>/<sha>`` of their
    content are left alone."""
    import hashlib
    import re
    import tempfile

    sealed = 0
    if not cache.is_dir():
        return 0
    name_re = re.compile(r"^[0-9a-f]{64}$")
    for path in cache.glob("??/*"):
        if not (path.is_file() and name_re.match(path.name) and path.parent.name == path.name[:2]):
            continue
        data = path.read_bytes()
        if data.startswith(MAGIC) or hashlib.sha256(data).hexdigest() != path.name:
            continue
        fd, tmp = tempfile.mkstemp(prefix=".seal-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(cipher.seal(data, path.name))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        sealed += 1
    return sealed
