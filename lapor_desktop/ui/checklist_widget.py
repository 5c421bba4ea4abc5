"""The live completeness checklist of a follow-up: each element of a good TL with ✓ or ✗.

Below the seven elements come the two rules that block sending (the protocol's minimum length,
no template marker left unfilled); the summary counts exactly the rows shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lapor_desktop.core.checks import CompletenessReport, Element, Issue, check_follow_up
from lapor_desktop.protocol import FOLLOW_UP_MIN_CHARS
from lapor_desktop.ui import theme
from lapor_desktop.ui.i18n import tr

_CTX = "Checklist"
_OK_STYLE = "QLabel {{ color: {ok_text}; }}"
_MISSING_STYLE = "QLabel {{ color: {error_text}; }}"


def element_text(element: Element) -> str:
    """The translated label of a checklist element (Indonesian is the source)."""
    labels = {
        Element.TRACKING_ID: tr(_CTX, "Nomor tracking laporan"),
        Element.ACTION: tr(_CTX, "Tindakan yang telah atau akan dilakukan"),
        Element.UNIT: tr(_CTX, "Unit kerja yang bertanggung jawab"),
        Element.TIMELINE: tr(_CTX, "Tanggal atau jadwal pelaksanaan"),
        Element.EVIDENCE: tr(_CTX, "Bukti (lampiran atau nomor dokumen)"),
        Element.CONTACT: tr(_CTX, "Kontak atau langkah selanjutnya"),
        Element.OFFICIAL: tr(_CTX, "Pejabat yang menyetujui"),
    }
    return labels[element]


def issue_text(issue: Issue, unfilled: tuple[str, ...] = ()) -> str:
    """The translated label of a rule that blocks sending (``unfilled`` names the markers left)."""
    if issue is Issue.TOO_SHORT:
        return tr(_CTX, "Teks minimal {n} karakter").format(n=FOLLOW_UP_MIN_CHARS)
    text = tr(_CTX, "Isian templat sudah diganti")
    if unfilled:
        text += " " + tr(_CTX, "(belum: {markers})").format(markers=", ".join(unfilled))
    return text


class ChecklistWidget(QWidget):
    """Shows :func:`~lapor_desktop.core.checks.check_follow_up` for the text being written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpChecklist")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        layout.addWidget(self.summary)
        self.rows: dict[Element, QLabel] = {}
        for element in Element:
            label = QLabel()
            label.setObjectName(f"check_{element.value}")
            self.rows[element] = label
            layout.addWidget(label)
        #: One row per rule that blocks sending.
        self.rule_rows: dict[Issue, QLabel] = {}
        for issue in Issue:
            label = QLabel()
            label.setObjectName(f"rule_{issue.value}")
            label.setWordWrap(True)
            self.rule_rows[issue] = label
            layout.addWidget(label)
        self._report = check_follow_up("", tracking_id="", min_chars=FOLLOW_UP_MIN_CHARS)
        self._show()

    @property
    def report(self) -> CompletenessReport:
        """The last check's result."""
        return self._report

    def update_text(self, text: str, *, tracking_id: str, attachments_count: int = 0) -> None:
        """Re-check ``text`` and refresh the marks."""
        self._report = check_follow_up(text, tracking_id=tracking_id,
                                       min_chars=FOLLOW_UP_MIN_CHARS,
                                       attachments_count=attachments_count)
        self._show()

    def missing_labels(self) -> list[str]:
        """Translated labels of the missing elements (a warning: sending is still possible)."""
        return [element_text(e) for e in self._report.missing]

    def blocking_labels(self) -> list[str]:
        """Translated labels of the rules the text breaks (sending is refused until fixed)."""
        return [issue_text(i, self._report.unfilled) for i in self._report.issues]

    def _mark(self, label: QLabel, text: str, ok: bool) -> None:
        label.setText(f"{'✓' if ok else '✗'}  {text}")
        if label.property("ok") != ok:  # a style sheet re-polishes the label: only on a change
            label.setProperty("ok", ok)
            theme.themed(label, _OK_STYLE if ok else _MISSING_STYLE)
        label.setAccessibleName(self.tr("{label}: ada").format(label=text) if ok
                                else self.tr("{label}: belum ada").format(label=text))

    def _show(self) -> None:
        report = self._report
        for element, label in self.rows.items():
            self._mark(label, element_text(element), element in report.present)
        for issue, label in self.rule_rows.items():
            broken = issue in report.issues
            self._mark(label, issue_text(issue, report.unfilled if broken else ()), not broken)
        met = len(report.present) + len(Issue) - len(report.issues)
        self.summary.setText(self.tr("Kelengkapan: {n} dari {total}").format(
            n=met, total=len(self.rows) + len(self.rule_rows)))
