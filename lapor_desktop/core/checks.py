"""Completeness check of a tindak lanjut (follow-up) before it is sent.

DESIGN section 2: a good follow-up names the tracking ID, the action taken or planned, the responsible
unit, a date or timeline, the evidence, a contact or next step, and the approving official. This is a
heuristic on Indonesian text meant to remind the officer: every element is found by a table of
case-insensitive patterns (:data:`PATTERNS`), so a missed phrasing is fixed by adding a row rather
than code. A missing element never blocks sending; an :class:`Issue` does (a text the server would
refuse, or a template marker nobody filled in).

Evidence is what is attached, not what the text claims: "Foto terlampir" with nothing attached is
not evidence; a named document reference ("Berita Acara Nomor 12/BA/2026", a link) is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from enum import StrEnum

# What a template leaves where a name is unknown (workbench.drafts fills templates with these):
# a visible marker the officer must replace before sending.
UNFILLED_MARKERS = {"opd": "(nama OPD)", "petugas": "(nama petugas)",
                    "pejabat": "(nama penyetuju)"}
# Raw template placeholders that were never filled ("{pejabat}").
_RAW_PLACEHOLDER = re.compile(r"\{(?:tracking_id|tanggal|opd|petugas|pejabat)\}")
_MARKER = re.compile("|".join(re.escape(m) for m in UNFILLED_MARKERS.values()), re.IGNORECASE)


class Element(StrEnum):
    """One element a good follow-up names, in the order officers are taught to write them."""

    TRACKING_ID = "tracking_id"
    ACTION = "action"
    UNIT = "unit"
    TIMELINE = "timeline"
    EVIDENCE = "evidence"
    CONTACT = "contact"
    OFFICIAL = "official"

    @property
    def label(self) -> str:
        """The Indonesian label (see :func:`element_label` for other languages)."""
        return element_label(self)


class Issue(StrEnum):
    """A problem with the text as a whole, beside the missing elements."""

    TOO_SHORT = "too_short"
    PLACEHOLDER = "placeholder"


_ELEMENT_LABELS: dict[str, dict[Element, str]] = {
    "id": {
        Element.TRACKING_ID: "Nomor tracking laporan",
        Element.ACTION: "Tindakan yang telah atau akan dilakukan",
        Element.UNIT: "Unit kerja yang bertanggung jawab",
        Element.TIMELINE: "Tanggal atau jadwal pelaksanaan",
        Element.EVIDENCE: "Bukti (foto, dokumen, lampiran)",
        Element.CONTACT: "Kontak atau langkah selanjutnya",
        Element.OFFICIAL: "Pejabat yang menyetujui",
    },
    "en": {
        Element.TRACKING_ID: "Tracking ID",
        Element.ACTION: "Action taken or planned",
        Element.UNIT: "Responsible unit",
        Element.TIMELINE: "Date or timeline",
        Element.EVIDENCE: "Evidence (photos, documents, attachments)",
        Element.CONTACT: "Contact or next step",
        Element.OFFICIAL: "Approving official",
    },
}

# {n} is the minimum length the caller checked against (the protocol's FOLLOW_UP_MIN_CHARS).
_ISSUE_LABELS: dict[str, dict[Issue, str]] = {
    "id": {Issue.TOO_SHORT: "Teks minimal {n} karakter",
           Issue.PLACEHOLDER: "Isian templat belum diganti"},
    "en": {Issue.TOO_SHORT: "Text of at least {n} characters",
           Issue.PLACEHOLDER: "Template markers not yet replaced"},
}


def _lang(lang: str) -> str:
    # "en_US" and "EN" mean English; anything unknown falls back to Indonesian.
    code = lang[:2].lower()
    return code if code in _ELEMENT_LABELS else "id"


def element_label(element: Element, lang: str = "id") -> str:
    """Label of ``element`` in ``lang`` ("id" or "en"; unknown languages give Indonesian)."""
    return _ELEMENT_LABELS[_lang(lang)][element]


def issue_label(issue: Issue, lang: str = "id", *, min_chars: int = 0) -> str:
    """Label of ``issue`` in ``lang`` ("id" or "en"; unknown languages give Indonesian).

    ``min_chars`` is the minimum length named by :attr:`Issue.TOO_SHORT`.
    """
    return _ISSUE_LABELS[_lang(lang)][issue].format(n=min_chars)


def _words(*words: str) -> str:
    """A regex matching any of ``words`` as whole words (phrases may contain spaces)."""
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return rf"\b(?:{alternatives})\b"


_MONTHS = _words(
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "nopember", "desember",
    "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "sep", "sept", "okt", "nov",
    "des")
_NUMBER_WORDS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                 "sepuluh", "sebelas", "dua belas", "empat belas", "beberapa")

# Element -> patterns; the first match wins and is reported. Compiled case-insensitive below.
# TRACKING_ID is matched against the given id, and EVIDENCE also counts attachments.
PATTERNS: dict[Element, tuple[str, ...]] = {
    Element.ACTION: (
        _words("telah", "sudah", "akan", "sedang", "menindaklanjuti", "ditindaklanjuti",
               "melakukan", "dilakukan", "memperbaiki", "diperbaiki", "perbaikan",
               "menurunkan tim", "menerjunkan", "meninjau", "ditinjau", "memeriksa",
               "diperiksa", "mengecek", "pengecekan", "berkoordinasi", "mengganti", "diganti",
               "membersihkan", "dibersihkan", "menambal", "penambalan", "memproses", "diproses",
               "menyelesaikan", "diselesaikan", "menertibkan", "ditertibkan", "menangani",
               "ditangani", "menjadwalkan", "dijadwalkan", "merencanakan", "direncanakan",
               "menyalurkan", "disalurkan", "meneruskan", "diteruskan"),
    ),
    Element.UNIT: (
        _words("dinas", "bidang", "seksi", "upt", "uptd", "subbagian", "sub bagian", "subbag",
               "tim", "puskesmas", "rsud", "sekolah", "kecamatan", "kelurahan", "satpol pp",
               "kantor", "bappeda", "bpbd", "dukcapil", "diskominfo", "inspektorat",
               "sekretariat", "balai", "kabid", "kasi"),
        # "bagian" and "unit" are also everyday words ("bagian jalan yang rusak", "3 unit
        # lampu"); only count them where they name an office.
        r"\bbagian\s+(?!(?:dari|jalan|yang|ini|itu|tersebut|atas|bawah|depan|belakang)\b)\w+",
        r"(?<!\d\s)\bunit\s+(?!(?:yang|ini|itu|tersebut)\b)\w+",
        # "Badan" alone is also "badan jalan" (the roadway); agencies are "Badan <Name>".
        r"\bbadan\s+(?!jalan\b)\w+",
    ),
    Element.TIMELINE: (
        # 17/03/2026, 17-3-26, 17.03.2026
        r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)",
        # 2026-03-17, 2026/03/17
        r"(?<!\d)\d{4}[/-]\d{1,2}[/-]\d{1,2}(?!\d)",
        # 17 Maret 2026, 17 Mar. 2026, Maret 2026
        rf"(?:\b\d{{1,2}}\s+)?{_MONTHS}\.?\s+\d{{4}}\b",
        # dalam 3 hari, dalam waktu dua minggu, 7 hari kerja, 2 x 24 jam
        rf"\bdalam(?:\s+waktu)?\s+(?:\d+|{'|'.join(_NUMBER_WORDS)})\s+"
        r"(?:hari|minggu|pekan|bulan|jam)\b",
        r"\b\d+\s+hari\s+kerja\b",
        r"\b\d+\s*x\s*24\s+jam\b",
        _words("minggu depan", "pekan depan", "bulan depan", "tahun depan", "besok", "lusa",
               "paling lambat", "selambat-lambatnya", "hari ini", "tahun anggaran",
               "triwulan", "semester"),
        r"\btanggal\s+\d{1,2}\b",
        r"\bhari\s+(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b",
    ),
    # Words like "foto terlampir" prove nothing: attachments count (see check_follow_up), and so
    # does a document named precisely enough to be found again, or a link to it.
    Element.EVIDENCE: (
        r"\b(?:berita\s+acara|surat(?:\s+\w+)?|nota\s+dinas|sk|keputusan|dokumen|laporan\s+"
        r"hasil|notulen|kontrak|spk)\s+(?:nomor|nomer|no\.?)\s*:?\s*[\w./-]*\d[\w./-]*",
        r"\bhttps?://\S+",
    ),
    Element.CONTACT: (
        # Mobile numbers: 0812-3456-7890, +62 812 3456 7890, 62812...
        r"(?<![\d+])(?:\+62|62|0)\s?8\d{1,3}[-\s]?\d{3,4}[-\s]?\d{3,5}(?!\d)",
        # Landlines with area code: (0721) 123456, 0721-481234
        r"(?<!\d)(?:\(0\d{2,3}\)\s?|0\d{2,3}[-\s])\d{5,8}(?!\d)",
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        _words("hubungi", "menghubungi", "dihubungi", "narahubung", "kontak", "call center",
               "whatsapp", "wa", "telepon", "telp", "email", "surel", "informasi lebih lanjut",
               "langkah selanjutnya", "tahap selanjutnya", "tindak lanjut berikutnya",
               "datang langsung", "silakan datang", "layanan pengaduan",
               # Templates promise the next step this way ("perkembangan akan kami sampaikan").
               "akan kami sampaikan", "akan kami informasikan", "petugas penghubung"),
    ),
    Element.OFFICIAL: (
        _words("kepala", "sekretaris", "pejabat", "nip", "ttd", "camat", "lurah", "direktur",
               "kadis", "plh", "plt", "a.n"),
        # The sign-off of a nota dinas, "Mengetahui, <name>", counts once a name is filled in
        # (not a template's "(nama penyetuju)" marker or a raw "{pejabat}" placeholder).
        r"\b(?:mengetahui|menyetujui|disetujui oleh)\s*[,:]?\s*(?![({])\w",
    ),
}

_COMPILED: dict[Element, tuple[re.Pattern[str], ...]] = {
    element: tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    for element, patterns in PATTERNS.items()}


@dataclasses.dataclass(frozen=True, slots=True)
class CompletenessReport:
    """Result of :func:`check_follow_up`.

    ``present`` and ``missing`` list elements in :class:`Element` order; ``issues`` lists problems
    with the text as a whole that block sending; ``unfilled`` lists the template markers left in
    the text; ``matches`` gives, per present element, the fragment that showed it
    (for highlighting). Complete means nothing missing and no issue.
    """

    present: tuple[Element, ...]
    missing: tuple[Element, ...]
    issues: tuple[Issue, ...] = ()
    unfilled: tuple[str, ...] = ()
    matches: Mapping[Element, str] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def can_send(self) -> bool:
        """True when nothing blocks sending (missing elements only warn)."""
        return not self.issues

    @property
    def is_complete(self) -> bool:
        """True when every element is present and the text has no issue."""
        return not self.missing and not self.issues

    @property
    def score(self) -> float:
        """Share of elements present, 0.0 to 1.0 (for a progress indicator)."""
        return len(self.present) / len(Element)


def _tracking_id_pattern(tracking_id: str) -> re.Pattern[str] | None:
    bare = tracking_id.strip().lstrip("#").strip()
    if not bare:
        return None
    # Alphanumeric boundaries so "123456" does not count as "12345" or "LAP-12" as "LAP-1".
    return re.compile(rf"(?<![0-9A-Za-z])#?\s?{re.escape(bare)}(?![0-9A-Za-z])", re.IGNORECASE)


def _find(element: Element, text: str) -> str | None:
    for pattern in _COMPILED[element]:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


#: Characters that take no place in what a reader sees: the BOM and the bidi embedding,
#: override and isolate controls (the protocol removes them before storing a text).
VANISHING = re.compile("[\ufeff\u202a-\u202e\u2066-\u2069]")


def text_length(text: str) -> int:
    """The length the minimum applies to: the text without vanishing characters and surrounding
    white space.

    The protocol measures the same way (``protocol.limits.visible_length`` is this function), so a
    text the checklist accepts is one the server accepts.
    """
    return len(VANISHING.sub("", text).strip())


def unfilled_markers(text: str) -> tuple[str, ...]:
    """The template markers ("(nama petugas)", "{pejabat}") left in ``text``, in order, once each."""
    found = [m.group(0) for m in _MARKER.finditer(text)]
    found += [m.group(0) for m in _RAW_PLACEHOLDER.finditer(text)]
    return tuple(dict.fromkeys(found))


def check_follow_up(text: str, *, tracking_id: str, min_chars: int, attachments_count: int = 0
                    ) -> CompletenessReport:
    """Check which elements of a good follow-up ``text`` names (heuristically, case-insensitive).

    ``tracking_id`` is the complaint's ID, found literally with or without a leading '#'.
    Evidence is ``attachments_count`` > 0 or a named document reference in the text.
    A text shorter than ``min_chars`` (see :func:`text_length`; callers pass the protocol's
    FOLLOW_UP_MIN_CHARS) gets :attr:`Issue.TOO_SHORT`; a template marker left in the text gets
    :attr:`Issue.PLACEHOLDER`.
    """
    matches: dict[Element, str] = {}
    id_pattern = _tracking_id_pattern(tracking_id)
    if id_pattern is not None and (found := id_pattern.search(text)):
        matches[Element.TRACKING_ID] = found.group(0)
    for element in _COMPILED:
        fragment = _find(element, text)
        if fragment is not None:
            matches[element] = fragment
    if attachments_count > 0:
        matches[Element.EVIDENCE] = f"{attachments_count} lampiran"
    issues: list[Issue] = []
    if text_length(text) < min_chars:
        issues.append(Issue.TOO_SHORT)
    unfilled = unfilled_markers(text)
    if unfilled:
        issues.append(Issue.PLACEHOLDER)
    return CompletenessReport(
        present=tuple(e for e in Element if e in matches),
        missing=tuple(e for e in Element if e not in matches),
        issues=tuple(issues),
        unfilled=unfilled,
        matches={e: matches[e] for e in Element if e in matches},
    )
