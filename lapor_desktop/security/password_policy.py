"""How strong a new profile password must be: zxcvbn's estimate, with Indonesian words it lacks.

Length alone let ``password123`` or ``kata-sandi-baru`` protect a laptop full of personal data.
zxcvbn estimates guesses from dictionaries, keyboard patterns, dates and repeats; its dictionaries
are English, so the words Indonesian officers reach for first are added as "user inputs" (the
library penalises passwords built from them). The profile key is derived with a slow KDF, so a
score of 3 ("safely unguessable" against an offline slow-hash attack) is required.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lapor_desktop.core.i18n import _

MIN_SCORE = 3
# zxcvbn's cost grows with length; beyond this the rest adds only strength.
_CHECKED_CHARS = 72
_SEPARATORS = re.compile(r"[\s\-_.,;:!+*/\\|]+")

# Words and names Indonesian passwords are commonly built from, and this app's own vocabulary.
INDONESIAN_WORDS = (
    "kata", "sandi", "katasandi", "kunci", "rahasia", "sayang", "cinta", "aku", "kamu", "dia", "saya",
    "kita", "kami", "rumah", "kantor", "admin", "administrator", "pengguna", "user", "petugas",
    "operator", "penghubung", "pejabat", "pegawai", "asn", "pns", "lapor", "lapordesktop", "laporan",
    "aduan", "pengaduan", "keluhan", "tindak", "lanjut", "latihan", "demo", "contoh", "coba", "baru",
    "lama", "benar", "salah", "masuk", "buka", "profil", "data", "aman", "bisa", "boleh", "tolong",
    "mohon", "terima", "kasih", "indonesia", "merdeka", "garuda", "pancasila", "nusantara", "jakarta",
    "bandung", "surabaya", "medan", "makassar", "tanjungpinang", "batam", "bintan", "natuna", "anambas",
    "lingga", "karimun", "kepri", "riau", "jawa", "bali", "sumatra", "bismillah", "alhamdulillah",
    "insyaallah", "allah", "tuhan", "berkah", "semangat", "sukses", "jaya", "maju", "bersama",
    "diskominfo", "kominfo", "dinas", "badan", "pemda", "pemkot", "pemkab", "provinsi", "kabupaten",
    "kota", "desa", "kelurahan", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
    "sembilan", "sepuluh", "seratus", "seribu", "budi", "siti", "agus", "dewi", "sri", "putri", "putra",
    "ayu", "rina", "andi", "joko"
)


class WeakPasswordError(ValueError):
    """The password is too easy to guess; ``str()`` is the Indonesian message."""


def password_score(password: str, user_inputs: Iterable[str] = ()) -> int:
    """zxcvbn's score 0..4 for ``password`` (with the Indonesian words and ``user_inputs``).

    zxcvbn counts a separator between dictionary words as a random segment, so
    ``kata-sandi-benar`` would look strong; the password is also scored with separators removed
    and the lower score counts.
    """
    inputs = [*INDONESIAN_WORDS, *(w.lower() for w in user_inputs if w)]
    text = password[:_CHECKED_CHARS]
    joined = _SEPARATORS.sub("", text)
    candidates = {text, joined} if joined else {text}
    # Imported here: its dictionaries load only when a password is being chosen, not at start-up.
    from zxcvbn import zxcvbn

    return min(int(zxcvbn(c, user_inputs=inputs)["score"]) for c in candidates)


def check_strength(password: str, user_inputs: Iterable[str] = ()) -> None:
    """Raise :class:`WeakPasswordError` (Indonesian) unless the score reaches :data:`MIN_SCORE`."""
    if password_score(password, user_inputs) < MIN_SCORE:
        raise WeakPasswordError(
            _("Kata sandi terlalu mudah ditebak (kata umum, nama, tanggal, angka berurutan atau "
            "pola papan ketik). Gunakan gabungan beberapa kata yang tidak berhubungan, misalnya "
            "empat kata acak dengan spasi, atau tambahkan kata, angka dan tanda baca yang tidak "
            "mudah ditebak."))
