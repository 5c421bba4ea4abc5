"""Scoring likely duplicate and repeat complaints (pure Python, no store, no Qt).

Three signals, each explainable to the officer without showing who reported:

- **same reporter**: the reporter's phone or e-mail, normalised and run through HMAC-SHA256 under a
  salt kept per profile, so only keys are stored and compared. Anonymous reports carry no identity
  (nothing to compare); *rahasia* reports are compared but the reason never names the reporter.
- **same place and category within a window**: the normalised location text, the category, and the
  two submission times at most :data:`PLACE_WINDOW` apart (a repeat a month later still counts).
- **similar text**: overlap (Jaccard) of the content words of title and body.

A pair is a likely duplicate only when the reporter or the place agrees *and* the combined score
reaches :data:`THRESHOLD`: similar wording alone is not enough, because many different complaints
about one kind of problem use the same words ("jalan berlubang", "lampu PJU mati").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Iterable
from enum import StrEnum

from lapor_desktop.core.models import Complaint, Reporter

PLACE_WINDOW = dt.timedelta(days=45)
THRESHOLD = 0.6
WEIGHT_REPORTER = 0.45
WEIGHT_PLACE = 0.45
WEIGHT_TEXT = 0.6
KEY_HEX_CHARS = 32  # 128 bits of the HMAC: far beyond any collision among one agency's reporters

_WORD = re.compile(r"\w+", re.UNICODE)
# Function words and the courtesy phrases nearly every complaint ends with ("Mohon perhatian dan
# tindak lanjut ... Terima kasih"): they say nothing about which problem is meant.
STOPWORDS = frozenset({
    "yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk", "dengan", "pada", "dalam", "sudah",
    "belum", "tidak", "ada", "saya", "kami", "kita", "karena", "atau", "juga", "akan", "agar",
    "oleh", "sejak", "sampai", "sangat", "lebih", "hingga", "para", "serta", "bahwa", "tetapi",
    "mohon", "perhatian", "tindak", "lanjut", "instansi", "terkait", "terima", "kasih", "segera",
    "bapak", "ibu", "tolong", "harap", "warga", "kepada", "sebagai", "masih", "setiap", "hari",
    "saat", "telah", "bisa", "dapat", "jadi", "lagi", "sekali", "tersebut",
})


class Reason(StrEnum):
    """Why two complaints look like the same problem (shown as a short label, never an identity)."""

    SAME_REPORTER = "same_reporter"
    SAME_PLACE = "same_place"
    SIMILAR_TEXT = "similar_text"


@dataclasses.dataclass(frozen=True, slots=True)
class Features:
    """What the scorer needs of one complaint: keys instead of the reporter's identity."""

    id: int
    tracking_id: str
    category: str
    place_key: str
    submitted_at: dt.datetime
    reporter_keys: frozenset[str]
    words: frozenset[str]


@dataclasses.dataclass(frozen=True, slots=True)
class Match:
    """A likely duplicate of the complaint looked at, with its score (0..1) and reasons."""

    id: int
    tracking_id: str
    score: float
    reasons: tuple[Reason, ...]
    text_similarity: float


def words(text: str) -> frozenset[str]:
    """Content words of ``text``: lower-case, three letters or more (numbers kept), no stopwords."""
    return frozenset(w for w in _WORD.findall(text.casefold())
                     if (len(w) >= 3 or w.isdigit()) and w not in STOPWORDS)


def place_key(location: str) -> str:
    """The location reduced to its words, so "Jl. Sudirman No.5, Batam" == "jl sudirman no 5 batam"."""
    return " ".join(_WORD.findall(location.casefold()))


def _normal_phone(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    # +62 812... and 0812... are the same Indonesian mobile number.
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    return digits if len(digits) >= 8 else ""


def reporter_keys(salt: bytes, reporter: Reporter | None) -> tuple[str | None, str | None]:
    """Salted keys of the reporter's phone and e-mail, (None, None) for anonymous reports."""
    if reporter is None:
        return None, None

    def key(value: str) -> str:
        return hmac.new(salt, value.encode(), hashlib.sha256).hexdigest()[:KEY_HEX_CHARS]

    phone = _normal_phone(reporter.phone or "")
    email = (reporter.email or "").strip().casefold()
    return (key("tel:" + phone) if phone else None,
            key("mail:" + email) if "@" in email else None)


def features(complaint: Complaint, salt: bytes) -> Features:
    """The scorer's view of ``complaint`` (identity replaced by salted keys)."""
    return Features(
        id=complaint.id, tracking_id=complaint.tracking_id, category=complaint.category,
        place_key=place_key(complaint.location), submitted_at=complaint.submitted_at,
        reporter_keys=frozenset(k for k in reporter_keys(
            salt, None if complaint.anonim else complaint.reporter) if k),
        words=words(f"{complaint.title} {complaint.body}"))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def score(query: Features, other: Features, *, window: dt.timedelta = PLACE_WINDOW
          ) -> Match | None:
    """``other`` as a likely duplicate of ``query``, or None."""
    if other.id == query.id:
        return None
    same_reporter = bool(query.reporter_keys & other.reporter_keys)
    same_place = (bool(query.place_key) and query.place_key == other.place_key
                  and query.category == other.category
                  and abs(query.submitted_at - other.submitted_at) <= window)
    if not (same_reporter or same_place):
        return None
    text = jaccard(query.words, other.words)
    total = (WEIGHT_REPORTER * same_reporter + WEIGHT_PLACE * same_place + WEIGHT_TEXT * text)
    if total < THRESHOLD:
        return None
    reasons = tuple(r for r, on in ((Reason.SAME_REPORTER, same_reporter),
                                    (Reason.SAME_PLACE, same_place),
                                    (Reason.SIMILAR_TEXT, text >= 0.25)) if on)
    return Match(other.id, other.tracking_id, round(min(total, 1.0), 3), reasons, round(text, 3))


def rank(query: Features, candidates: Iterable[Features], *, limit: int = 10) -> list[Match]:
    """The likely duplicates among ``candidates``, best first (score, then newest id)."""
    found = [m for c in candidates if (m := score(query, c)) is not None]
    found.sort(key=lambda m: (-m.score, -m.id))
    return found[:limit]


def reuse_text(text: str, source_tracking_id: str, target_tracking_id: str,
               target_submitted: dt.date, source_submitted: dt.date | None = None) -> str:
    """A follow-up written for one complaint, adapted to a linked one.

    The source's tracking id (with or without ``#``) becomes the target's, and the source's
    submission date, where the text names it as ``DD-MM-YYYY``, ``DD/MM/YYYY`` or ISO, becomes the
    target's; nothing else changes, so the citizens of linked reports get the same answer.
    """
    out = re.sub(rf"(?<!\d){re.escape(source_tracking_id)}(?!\d)", target_tracking_id, text)
    if source_submitted is not None:
        for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"):
            out = out.replace(source_submitted.strftime(fmt), target_submitted.strftime(fmt))
    return out
