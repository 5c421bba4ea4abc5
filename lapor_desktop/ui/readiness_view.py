""""Siap luring": the offline readiness view (issue 16).

Shows the Qt-free check of :mod:`lapor_desktop.workbench.readiness` line by line (the same words
as ``lapor-desktop ready``) and runs "Siapkan untuk luring" on the network worker with progress;
cancelling stops between files (a partial file is kept and resumed next time).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.ui import theme
from lapor_desktop.ui.plain import tooltip
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import readiness, readiness_text, thin_link
from lapor_desktop.workbench.changes import Changes

_MARK = {True: "✔", False: "✘", None: "•"}


class ReadinessView(QDialog):
    """The readiness check and the "Siapkan untuk luring" action."""

    #: Progress of a preparation from the network worker: (what, bytes done, bytes planned).
    progressed = Signal(str, int, int)
    #: A preparation wrote to the profile (complaints, cache): a :class:`Changes` for the hub.
    changed = Signal(object)

    def __init__(self, tasks: TaskManager, bench: Any, parent: QWidget | None = None,
                 on_error: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessView")
        self.setWindowTitle(self.tr("Siap luring"))
        self._tasks, self._bench, self._on_error = tasks, bench, on_error
        self._cancel = threading.Event()
        self._tz = None
        self.verdict = QLabel()
        self.verdict.setObjectName("readinessVerdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        self.rows = QTreeWidget()
        self.rows.setObjectName("readinessRows")
        self.rows.setAccessibleName(self.tr("Hasil pemeriksaan siap luring"))
        self.rows.setColumnCount(2)
        self.rows.setHeaderLabels([self.tr("Pemeriksaan"), self.tr("Keadaan")])
        self.rows.setColumnWidth(0, 260)
        self.rows.setWordWrap(True)
        self.budget = QSpinBox()
        self.budget.setObjectName("readinessBudget")
        self.budget.setAccessibleName(self.tr("Batas ukuran unduhan (MB)"))
        self.budget.setRange(0, 100_000)
        self.budget.setSuffix(" MB")
        self.budget.setSpecialValueText(self.tr("tanpa batas"))
        self.budget.setValue(bench.settings.offline_budget_mb or 0)
        self.prepare_button = QPushButton(self.tr("&Siapkan untuk luring"))
        self.prepare_button.setObjectName("readinessPrepare")
        self.cancel_button = QPushButton(self.tr("&Batalkan"))
        self.cancel_button.setObjectName("readinessCancel")
        self.cancel_button.setEnabled(False)
        self.recheck_button = QPushButton(self.tr("&Periksa lagi"))
        self.progress = QProgressBar()
        self.progress.setObjectName("readinessProgress")
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        actions = QHBoxLayout()
        budget_label = QLabel(self.tr("Batas &ukuran lampiran:"))
        budget_label.setBuddy(self.budget)
        for widget in (budget_label, self.budget, self.prepare_button, self.cancel_button,
                       self.recheck_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.rows, 1)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(buttons)
        self.resize(760, 460)
        self.prepare_button.clicked.connect(self.prepare)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.recheck_button.clicked.connect(self.refresh)
        self.progressed.connect(self._on_progress)
        # A burst of changes (a sync pass, several queued replies) makes one check.
        self._recheck = QTimer(self, singleShot=True, interval=200)
        self._recheck.timeout.connect(self.refresh)

    def on_changes(self, changes: Changes) -> None:
        """The change hub's slot: check again, while the view is open, when what it reports
        on changed (complaints, the outbox, cached attachments, reference data, settings)."""
        relevant = (changes.everything or changes.outbox or changes.attachments
                    or changes.reference or changes.settings or changes.queue)
        # During a preparation its own end checks again; the view is not refreshed meanwhile.
        if relevant and self.isVisible() and self.prepare_button.isEnabled():
            self._recheck.start()

    def refresh(self) -> None:
        """Run the check again (database worker)."""
        def load() -> tuple[Any, Any]:
            officer = self._bench.officer()
            return readiness.check(self._bench), officer.agency_timezone if officer else None

        self._tasks.db(load, on_done=self._show, on_error=self._failed)

    def prepare(self) -> None:
        """"Siapkan untuk luring": sync, reference data, missing attachments (network worker)."""
        self._cancel.clear()
        self._busy(True)
        explicit = float(self.budget.value()) or None
        bench = self._bench
        if self.budget.value() != (bench.settings.offline_budget_mb or 0):
            # The budget is remembered for the next preparation (and the CLI's).
            update = {"offline_budget_mb": self.budget.value() or None}
            self._tasks.db(lambda: bench.update_settings(bench.settings.model_copy(update=update)),
                           on_done=lambda op: self.changed.emit(op.changes),
                           on_error=self._failed)

        def work() -> readiness.Preparation:
            return readiness.prepare(bench, budget=thin_link.prepare_budget(bench, explicit),
                                     progress=self.progressed.emit, cancelled=self._cancel.is_set)

        self._tasks.net(work, on_done=self._prepared, on_error=self._failed)

    # --- results ---------------------------------------------------------------------------

    def _prepared(self, done: readiness.Preparation) -> None:
        self._busy(False)
        self.changed.emit(Changes(everything=True))
        if done.stopped:
            self.progress_label.setText(self.tr("Persiapan berhenti: {why}").format(
                why=done.stopped))
        else:
            self.progress_label.setText(self.tr("Selesai."))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if self._on_error is not None:
            self._on_error(error)

    def _show(self, loaded: tuple[Any, Any]) -> None:
        result, self._tz = loaded
        self.verdict.setText(readiness_text.verdict(result))
        self.verdict.setProperty("ready", result.ready)
        theme.themed(self.verdict, "color: {ready_text};" if result.ready
                     else "color: {not_ready_text};")
        self.rows.clear()
        for row in readiness_text.rows(result, self._tz):
            item = QTreeWidgetItem([f"{_MARK[row.ok]} {row.title}", row.summary])
            item.setData(0, Qt.ItemDataRole.UserRole, row.key)
            item.setToolTip(1, tooltip(row.summary))
            for line in row.details:
                child = QTreeWidgetItem(["", line])
                child.setToolTip(1, tooltip(line))
                item.addChild(child)
            self.rows.addTopLevelItem(item)
            item.setExpanded(bool(row.details) and row.ok is False)
        self.rows.resizeColumnToContents(1)

    def _on_progress(self, what: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
            self.progress_label.setText(f"{what}: {readiness_text.size_text(done)} / "
                                        f"{readiness_text.size_text(total)}")
        else:
            self.progress.setRange(0, 0)  # busy, size unknown
            self.progress_label.setText(f"{what}…")

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.prepare_button.setEnabled(not busy)
        self.recheck_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """Check afresh whenever the view is opened."""
        super().showEvent(event)
        self.refresh()
