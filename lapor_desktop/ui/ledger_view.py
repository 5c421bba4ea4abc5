"""The "Kotak Keluar" view: every action the officer sent, where it stands, and what to do with a
stuck one ("Coba lagi sekarang", "Ubah & kirim ulang", "Buang…", "Ekspor daftar…").

All reads and writes run on the task manager's database worker through
:class:`~lapor_desktop.workbench.ledger.LedgerService`; dialogs open with ``open()`` (no nested event loop)
so the window keeps running while the officer decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.models import TimeZone
from lapor_desktop.core.status import ACTION_LABELS
from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.ui import theme
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.conflict_dialog import ConflictDialog, ConflictOutcome
from lapor_desktop.ui.formatting import format_datetime, format_time
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.plain import tooltip
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Op, Workbench
from lapor_desktop.workbench.ledger import STATE_LABELS, LedgerRow, LedgerService, RevisionContext

_CTX = "LedgerView"
_OP_ROLE = Qt.ItemDataRole.UserRole
# (background, text) per state: light fills with dark text stay readable in any theme.
STATE_COLOURS: dict[OutboxState, tuple[str, str]] = {
    OutboxState.QUEUED: ("amber_fill", "amber_strong_text"),
    OutboxState.SENDING: ("blue_fill", "blue_text"),
    OutboxState.ACCEPTED: ("green_fill", "green_text"),
    OutboxState.NEEDS_ATTENTION: ("red_fill", "red_text"),
    OutboxState.DISCARDED: ("grey_light_fill", "grey_note_text"),
    OutboxState.HANDED_OVER: ("violet_fill", "violet_text"),
}


def _state_brushes(state: OutboxState) -> tuple[QBrush, QBrush]:
    """(background, text) of a row in ``state`` for the palette in use."""
    background, foreground = STATE_COLOURS[state]
    return QBrush(theme.qcolour(background)), QBrush(theme.qcolour(foreground))


COLUMNS = ("No. Laporan", "Judul laporan", "Jenis", "Dibuat", "Status", "Percobaan")


def state_text(row: LedgerRow, tz: TimeZone) -> str:
    """``Diterima server (No. TL-2026-000123, 10:42)``, ``Perlu perhatian: <alasan>``, ..."""
    if row.state is OutboxState.ACCEPTED:
        return tr(_CTX, "Diterima server (No. {receipt}, {time})").format(
            receipt=row.receipt_number or "–",
            time=format_time(row.accepted_at, tz) if row.accepted_at else "–")
    if row.state is OutboxState.NEEDS_ATTENTION:
        return tr(_CTX, "Perlu perhatian: {reason}").format(reason=row.reason or "–")
    if row.state is OutboxState.QUEUED and row.held:
        return tr(_CTX, "Menunggu jaringan cepat (lampiran melewati batas harian hemat data)")
    if row.state is OutboxState.QUEUED and row.attempts:
        return tr(_CTX, "Dalam antrean (dicoba lagi {time})").format(
            time=format_datetime(row.next_attempt_at, tz))
    return tr(_CTX, STATE_LABELS[row.state])


class LedgerView(QWidget):
    """The Kotak Keluar table with its actions; call :meth:`refresh` after each sync pass."""

    #: The officer wants to see a complaint (double-click or "Buka laporan"): its id.
    open_complaint = Signal(int)
    #: The officer changed the outbox (retry, resend, discard): counts may refresh, sync may run.
    outbox_changed = Signal()
    #: Rows were (re)loaded from the store.
    loaded = Signal()
    #: The list was written to a CSV file: (path, number of rows).
    exported = Signal(str, int)
    #: The officer asked for an item to leave now ("Kirim sekarang"): run a pass at once.
    send_now_requested = Signal()

    def __init__(self, tasks: TaskManager, bench: Workbench, hub: ChangeHub, *,
                 on_error: Callable[[BaseException], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerView")
        self._tasks = tasks
        self._bench = bench
        self._hub = hub
        self._service: LedgerService = bench.ledger  # reads; decisions go through the workbench
        self._on_error = on_error
        self._rows: list[LedgerRow] = []
        self._tz = TimeZone.WIB
        self.conflict_dialog: ConflictDialog | None = None
        self.confirm_box: QMessageBox | None = None

        self.summary = QLabel()
        self.summary.setObjectName("ledgerSummary")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("ledgerTable")
        self.table.setAccessibleName(self.tr("Daftar Kotak Keluar"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 100), (1, 220), (2, 110), (3, 200), (5, 85)):
            self.table.setColumnWidth(column, width)

        # "Kirim sekarang" for a waiting item, "Coba lagi sekarang" for a refused one.
        self.retry_action = QAction(self.tr("Kirim sekarang"), self)
        self.revise_action = QAction(self.tr("Ubah && kirim ulang"), self)
        self.discard_action = QAction(self.tr("Buang…"), self)
        self.skip_action = QAction(self.tr("Lewati"), self)
        self.skip_action.setToolTip(self.tr(
            "Kirim tindakan berikutnya untuk laporan ini tanpa menunggu tindakan yang ditolak"))
        self.open_action = QAction(self.tr("Buka laporan"), self)
        self.export_action = QAction(self.tr("Ekspor daftar…"), self)
        self.retry_action.triggered.connect(self.retry_selected)
        self.revise_action.triggered.connect(self.revise_selected)
        self.discard_action.triggered.connect(self.discard_selected)
        self.skip_action.triggered.connect(self.skip_selected)
        self.open_action.triggered.connect(self._open_selected)
        self.export_action.triggered.connect(self._ask_export)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, action in (("retry", self.retry_action), ("revise", self.revise_action),
                             ("skip", self.skip_action), ("discard", self.discard_action),
                             ("export", self.export_action)):
            button = QPushButton(action.text())
            button.setObjectName(f"ledger_{name}")
            button.clicked.connect(action.trigger)
            self.buttons[name] = button
            buttons.addWidget(button)
            if name == "discard":
                buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.cellDoubleClicked.connect(lambda *_: self._open_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._update_actions()

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the rows on the database worker (keeps the selection when it still exists)."""
        service, bench = self._service, self._bench
        # The counts come from the same place as the status bar's (one source, never two).
        self._tasks.db(lambda: (service.rows(), service.timezone(), bench.outbox_counts()),
                       on_done=self._show, on_error=self._on_error)

    def rows(self) -> list[LedgerRow]:
        """The rows currently shown, top to bottom."""
        return list(self._rows)

    def selected_row(self) -> LedgerRow | None:
        """The selected ledger row, or None."""
        index = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if not selected or not 0 <= index < len(self._rows):
            return None
        return self._rows[index]

    def select_op(self, op_id: str) -> bool:
        """Select the row of operation ``op_id``; False if it is not shown."""
        for index, row in enumerate(self._rows):
            if row.op_id == op_id:
                self.table.selectRow(index)
                return True
        return False

    def _show(self, result: tuple[list[LedgerRow], TimeZone, tuple[int, int]]) -> None:
        keep = self.selected_row()
        self._rows, self._tz, (waiting, attention) = result
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            self._fill(index, row)
        counts = {state: sum(1 for r in self._rows if r.state is state) for state in OutboxState}
        self.summary.setText(self.tr(
            "{queued} dalam antrean · {attention} perlu perhatian · {accepted} diterima server"
        ).format(queued=waiting, attention=attention,
                 accepted=counts[OutboxState.ACCEPTED]))
        if keep is None or not self.select_op(keep.op_id):
            self.table.clearSelection()
        self._update_actions()
        self.loaded.emit()

    def recolour(self) -> None:
        """Paint the rows' state colours again from the palette now in use (the system's
        colours changed while the outbox was open)."""
        for index, row in enumerate(self._rows):
            background, foreground = _state_brushes(row.state)
            for column in range(self.table.columnCount()):
                item = self.table.item(index, column)
                if item is not None:
                    item.setBackground(background)
                    item.setForeground(foreground)

    def _fill(self, index: int, row: LedgerRow) -> None:
        background, foreground = _state_brushes(row.state)
        status = state_text(row, self._tz)
        tip = "\n".join(filter(None, [
            status,
            self.tr("Diterima: {time}").format(time=format_datetime(row.accepted_at, self._tz))
            if row.accepted_at else "",
            self.tr("Kesalahan terakhir: {error}").format(error=row.reason)
            if row.reason and row.state is not OutboxState.NEEDS_ATTENTION else ""]))
        values = (row.tracking_id, row.title, tr(_CTX, ACTION_LABELS[row.kind]),
                  format_datetime(row.created_at, self._tz), status, str(row.attempts))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(_OP_ROLE, row.op_id)
            item.setBackground(background)
            item.setForeground(foreground)
            item.setToolTip(tooltip(tip if column == 4 else value))
            self.table.setItem(index, column, item)

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.retry_action.setEnabled(bool(row and row.can_retry))
        self.retry_action.setText(
            self.tr("Coba lagi sekarang") if row is not None
            and row.state is OutboxState.NEEDS_ATTENTION else self.tr("Kirim sekarang"))
        self.revise_action.setEnabled(bool(row and row.can_revise))
        self.discard_action.setEnabled(bool(row and row.can_discard))
        self.skip_action.setEnabled(bool(row and row.can_skip))
        self.open_action.setEnabled(bool(row and row.has_complaint))
        for name, action in (("retry", self.retry_action), ("revise", self.revise_action),
                             ("skip", self.skip_action), ("discard", self.discard_action)):
            self.buttons[name].setEnabled(action.isEnabled())
            self.buttons[name].setText(action.text())

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.open_action, self.retry_action, self.revise_action,
                       self.skip_action, self.discard_action, self.export_action):
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- actions ---------------------------------------------------------------------------

    def retry_selected(self) -> None:
        """Send the selected action at the next pass, without waiting for the back-off."""
        row = self.selected_row()
        if row is not None and row.can_retry:
            self._write(lambda: self._bench.retry_now(row.op_id),
                        then=self.send_now_requested.emit)

    def revise_selected(self) -> None:
        """Open the conflict dialog for the selected refused action."""
        row = self.selected_row()
        if row is not None and row.can_revise:
            self._tasks.db(lambda: self._service.revision_context(row.op_id),
                           on_done=self._open_dialog, on_error=self._on_error)

    def _open_dialog(self, context: RevisionContext) -> None:
        dialog = ConflictDialog(context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_dialog = dialog

        def decided(outcome: str, text: str) -> None:
            if outcome == ConflictOutcome.RESEND:
                self._write(lambda: self._bench.resend(context.op_id, text))
            elif outcome == ConflictOutcome.DISCARD:
                self._write(lambda: self._bench.discard(context.op_id))

        def closed() -> None:
            if self.conflict_dialog is dialog:
                self.conflict_dialog = None

        dialog.decided.connect(decided)
        dialog.finished.connect(closed)
        dialog.open()

    def skip_selected(self) -> None:
        """Let the later actions of the selected refused action's complaint go without it."""
        row = self.selected_row()
        if row is not None and row.can_skip:
            self._write(lambda: self._bench.skip(row.op_id))

    def discard_selected(self) -> None:
        """Ask, then discard the selected action (its text goes back to a draft)."""
        row = self.selected_row()
        if row is None or not row.can_discard:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Buang tindakan?"), self.tr(
            "{kind} untuk laporan {tracking} tidak akan dikirim. Teksnya tetap tersimpan "
            "sebagai draf.").format(kind=tr(_CTX, row.kind_label), tracking=row.tracking_id),
            parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the tracking id comes from the server
        box.setObjectName("ledgerConfirmDiscard")
        confirm = box.addButton(self.tr("Buang"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        self.confirm_box = box

        def finished() -> None:
            self.confirm_box = None
            if box.clickedButton() is confirm:
                self._write(lambda: self._bench.discard(row.op_id))

        box.finished.connect(finished)
        box.open()

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor Kotak Keluar"),
                                              f"kotak-keluar-{dt.date.today():%Y%m%d}.csv",
                                              self.tr("Berkas CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the list to ``path`` as CSV on the database worker; emits :attr:`exported`."""
        labels = {text: tr(_CTX, text) for text in (*ACTION_LABELS.values(),
                                                     *STATE_LABELS.values())}
        self._tasks.db(lambda: self._service.export_csv(path, translate=lambda s: labels.get(s, s)),
                       on_done=lambda count: self.exported.emit(path, count),
                       on_error=self._on_error)

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.has_complaint:
            self.open_complaint.emit(row.complaint_id)

    def _write(self, fn: Callable[[], Op[object]],
               then: Callable[[], object] | None = None) -> None:
        def done(_result: object) -> None:
            self.outbox_changed.emit()
            self.refresh()
            if then is not None:
                then()

        self._hub.run(fn, on_done=done, on_error=self._on_error)
