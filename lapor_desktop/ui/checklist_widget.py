"""The live completeness checklist of a follow-up: each element of a good TL with ✓ or ✗."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lapor_desktop.core.checks import CompletenessReport, Element, Issue, check_follow_up
from lapor_desktop.ui.i18n import tr

_CTX = "Checklist"
_OK_STYLE = "QLabel { color: #1b6e20; }"
_MISSING_STYLE = "QLabel { color: #8a1c17; }"


def element_text(element: Element) -> str:
    """The translated label of a checklist element (Indonesian is the source)."""
    labels = {
        Element.TRACKING_ID: tr(_CTX, "Nomor tracking laporan"),
        Element.ACTION: tr(_CTX, "Tindakan yang telah atau akan dilakukan"),
        Element.UNIT: tr(_CTX, "Unit kerja yang bertanggung jawab"),
        Element.TIMELINE: tr(_CTX, "Tanggal atau jadwal pelaksanaan"),
        Element.EVIDENCE: tr(_CTX, "Bukti (foto, dokumen, lampiran)"),
        Element.CONTACT: tr(_CTX, "Kontak atau langkah selanjutnya"),
        Element.OFFICIAL: tr(_CTX, "Pejabat yang menyetujui"),
    }
    return labels[element]


def issue_text(issue: Issue) -> str:
    """The translated label of a whole-text issue."""
    return {Issue.TOO_SHORT: tr(_CTX, "Teks terlalu pendek (kurang dari 50 karakter)")}[issue]


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
        self.issue_label = QLabel()
        self.issue_label.setObjectName("checklistIssue")
        self.issue_label.setStyleSheet(_MISSING_STYLE)
        layout.addWidget(self.issue_label)
        self._report = check_follow_up("", tracking_id="")
        self._show()

    @property
    def report(self) -> CompletenessReport:
        """The last check's result."""
        return self._report

    def update_text(self, text: str, *, tracking_id: str, attachments_count: int = 0) -> None:
        """Re-check ``text`` and refresh the marks."""
        self._report = check_follow_up(text, tracking_id=tracking_id,
                                       attachments_count=attachments_count)
        self._show()

    def missing_labels(self) -> list[str]:
        """Translated labels of the missing elements and issues (for the send warning)."""
        return ([element_text(e) for e in self._report.missing]
                + [issue_text(i) for i in self._report.issues])

    def _show(self) -> None:
        report = self._report
        for element, label in self.rows.items():
            present = element in report.present
            mark = "✓" if present else "✗"
            label.setText(f"{mark}  {element_text(element)}")
            label.setStyleSheet(_OK_STYLE if present else _MISSING_STYLE)
            label.setAccessibleName(
                self.tr("{label}: ada").format(label=element_text(element)) if present
                else self.tr("{label}: belum ada").format(label=element_text(element)))
        self.summary.setText(self.tr("Kelengkapan: {n} dari {total} unsur").format(
            n=len(report.present), total=len(Element)))
        self.issue_label.setText("\n".join(f"✗  {issue_text(i)}" for i in report.issues))
        self.issue_label.setVisible(bool(report.issues))
