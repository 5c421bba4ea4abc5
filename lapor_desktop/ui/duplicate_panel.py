"""The detail view's "Laporan serupa" panel: likely duplicates and linked complaints.

Lists, for the complaint shown, the complaints already linked to it ("Terkait") and the likely
duplicates found offline (same reporter by salted key, same place and category, similar text),
with the reasons as short labels: never a reporter's name, so *anonim* and *rahasia* reports stay
as private as in the rest of the window. The officer ticks likely duplicates and links them
("terkait dengan #…", sent to the server as an internal note), or reuses the complaint's last
follow-up for the linked ones with their tracking ids and dates filled in.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.duplicates import Reason
from lapor_desktop.core.models import TimeZone
from lapor_desktop.core.status import STATUS_LABELS
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.formatting import format_date
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.plain import tooltip
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Workbench
from lapor_desktop.workbench.duplicates import DuplicateEntry, Duplicates

_CTX = "DuplicatePanel"
_ID_ROLE = Qt.ItemDataRole.UserRole
_LINKED_ROLE = Qt.ItemDataRole.UserRole + 1  # True: a linked complaint, False: a suggestion


def short_date(value: dt.datetime, tz: TimeZone) -> str:
    """``21 Okt 2026`` in the agency's zone (the list is narrow; the hour does not matter)."""
    local = value.astimezone(ZoneInfo(tz.value))
    return format_date(local.date())


def reason_text(reasons: tuple[Reason, ...], *, short: bool = False) -> str:
    """``pelapor sama · lokasi & kategori sama · teks mirip`` (``short``: ``pelapor · lokasi ·
    teks``, for the narrow column; the long form is its tooltip)."""
    if short:
        labels = {Reason.SAME_REPORTER: tr(_CTX, "pelapor"),
                  Reason.SAME_PLACE: tr(_CTX, "lokasi"),
                  Reason.SIMILAR_TEXT: tr(_CTX, "teks")}
    else:
        labels = {Reason.SAME_REPORTER: tr(_CTX, "pelapor sama"),
                  Reason.SAME_PLACE: tr(_CTX, "lokasi & kategori sama"),
                  Reason.SIMILAR_TEXT: tr(_CTX, "teks mirip")}
    return " · ".join(labels[r] for r in reasons)


class DuplicatePanel(QWidget):
    """Linked complaints and likely duplicates of the complaint in the detail view."""

    #: The officer double-clicked a listed complaint (its id): open it.
    open_requested = Signal(int)
    #: A list was filled (the complaint's id); for tests and screenshots.
    loaded = Signal(int)
    #: "Tampilkan bersama di antrean": the ids of the complaint and its linked ones.
    show_together = Signal(object)

    def __init__(self, tasks: TaskManager, bench: Workbench, hub: ChangeHub,
                 errors: ErrorBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self._tasks, self._bench, self._hub, self._errors = tasks, bench, hub, errors
        self._complaint_id: int | None = None
        self._linked: list[int] = []
        self._timezone = TimeZone.WIB
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("duplicateSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicateTree")
        self.tree.setHeaderLabels([self.tr("No. Laporan"), self.tr("Judul"), self.tr("Cocok"),
                                   self.tr("Status"), self.tr("Masuk")])
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumHeight(150)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.tree.itemChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.tree)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Kaitkan"))
        self.link_button.setToolTip(self.tr("Kaitkan laporan yang dicentang dengan laporan ini"))
        self.link_button.setObjectName("linkDuplicates")
        self.link_button.clicked.connect(self._link_checked)
        self.reuse_button = QPushButton(self.tr("Pakai TL terakhir…"))
        self.reuse_button.setToolTip(self.tr(
            "Kirim tindak lanjut terakhir laporan ini ke laporan terkait, dengan nomor dan "
            "tanggal masing-masing"))
        self.reuse_button.setObjectName("reuseFollowUp")
        self.reuse_button.clicked.connect(self._reuse)
        self.unlink_button = QPushButton(self.tr("Lepaskan tautan"))
        self.unlink_button.setToolTip(self.tr(
            "Lepaskan laporan terkait yang dicentang dari laporan ini (juga di server)"))
        self.unlink_button.setObjectName("unlinkDuplicates")
        self.unlink_button.clicked.connect(self._unlink_checked)
        self.together_button = QPushButton(self.tr("Tampilkan bersama"))
        self.together_button.setToolTip(self.tr("Tampilkan laporan terkait bersama di antrean"))
        self.together_button.setObjectName("showLinkedTogether")
        self.together_button.clicked.connect(self._show_together)
        # Two rows: the detail pane is about a third of a 1366 px screen, and one row of four
        # buttons made it scroll sideways.
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.reuse_button)
        more.addWidget(self.together_button)
        more.addStretch(1)
        lay.addLayout(buttons)
        lay.addLayout(more)
        self._update_buttons()

    def set_time_zone(self, timezone: TimeZone) -> None:
        """Dates are shown in the agency's zone."""
        self._timezone = timezone

    def load(self, complaint_id: int | None) -> None:
        """Find the complaint's linked complaints and likely duplicates (on the db worker)."""
        self._complaint_id = complaint_id
        self._linked = []
        self.tree.clear()
        self._update_buttons()
        if complaint_id is None:
            return
        self.summary.setText(self.tr("Mencari laporan serupa…"))
        self._tasks.db(lambda: self._bench.duplicates.find(complaint_id),
                       on_done=lambda found: self._fill(complaint_id, found),
                       on_error=self._errors.handle)

    def _fill(self, complaint_id: int, found: Duplicates) -> None:
        if complaint_id != self._complaint_id:
            return
        self._linked = [e.id for e in found.linked]
        self.tree.blockSignals(True)
        self.tree.clear()
        for title, entries, linked in (
                (self.tr("Terkait ({n})").format(n=len(found.linked)), found.linked, True),
                (self.tr("Kemungkinan duplikat ({n})").format(n=len(found.suggested)),
                 found.suggested, False)):
            if not entries:
                continue
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for entry in entries:
                self._add(group, entry, linked=linked)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        for col in (0, 3, 4):
            self.tree.resizeColumnToContents(col)
        # The reasons are in each row's tooltip too: their column must not squeeze the titles.
        self.tree.setColumnWidth(2, min(self.tree.sizeHintForColumn(2), 110))
        if not found.linked and not found.suggested:
            self.summary.setText(self.tr("Tidak ada laporan serupa di antrean Anda."))
        else:
            self.summary.setText(self.tr(
                "Identitas pelapor tidak ditampilkan; kecocokan pelapor dibandingkan dengan "
                "kunci tersamar."))
        self._update_buttons(found)
        self.loaded.emit(complaint_id)

    def _add(self, group: QTreeWidgetItem, e: DuplicateEntry, *, linked: bool) -> None:
        item = QTreeWidgetItem(group, [
            f"#{e.tracking_id}", e.title, reason_text(e.reasons, short=True),
            STATUS_LABELS[e.status], short_date(e.submitted_at, self._timezone)])
        item.setData(0, _ID_ROLE, e.id)
        item.setData(0, _LINKED_ROLE, linked)
        for col in range(5):
            item.setToolTip(col, tooltip(f"#{e.tracking_id} {e.title}\n{reason_text(e.reasons)}"))
        # Both kinds are ticked: likely duplicates to link them, linked ones to let them go.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)

    def checked_ids(self, *, linked: bool = False) -> list[int]:
        """Ids of the ticked likely duplicates (``linked``: of the ticked linked complaints)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                if bool(child.data(0, _LINKED_ROLE)) == linked and \
                        child.checkState(0) == Qt.CheckState.Checked:
                    out.append(int(child.data(0, _ID_ROLE)))
        return out

    def _update_buttons(self, found: Duplicates | None = None) -> None:
        self.link_button.setEnabled(bool(self.checked_ids()))
        self.unlink_button.setEnabled(bool(self.checked_ids(linked=True)))
        if found is not None:
            self.reuse_button.setEnabled(bool(found.linked))
        self.together_button.setEnabled(bool(self._linked))

    def _show_together(self) -> None:
        if self._complaint_id is not None and self._linked:
            self.show_together.emit(frozenset({self._complaint_id, *self._linked}))

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, _ID_ROLE)
        if value is not None:
            self.open_requested.emit(int(value))

    def _link_checked(self) -> None:
        cid, others = self._complaint_id, self.checked_ids()
        if cid is None or not others:
            return
        self._hub.run(lambda: self._bench.duplicates.link(cid, others),
                      on_done=lambda _op: self.load(cid), on_error=self._errors.handle)

    def _unlink_checked(self) -> None:
        cid, others = self._complaint_id, self.checked_ids(linked=True)
        if cid is None or not others:
            return
        self._hub.run(lambda: self._bench.duplicates.unlink_all(cid, others),
                      on_done=lambda _op: self.load(cid), on_error=self._errors.handle)

    def _reuse(self) -> None:
        cid = self._complaint_id
        if cid is None:
            return
        bench, zone = self._bench, self._timezone

        def prepare() -> tuple[str | None, dict[int, str]]:
            text = bench.duplicates.last_follow_up(cid)
            return text, bench.duplicates.reuse_texts(cid, text, zone) if text else {}

        self._tasks.db(prepare, on_done=lambda result: self._confirm_reuse(cid, *result),
                       on_error=self._errors.handle)

    def _confirm_reuse(self, cid: int, text: str | None, adapted: dict[int, str]) -> None:
        if not text or not adapted:
            QMessageBox.information(self, self.tr("Pakai TL"), self.tr(
                "Belum ada tindak lanjut pada laporan ini, atau tidak ada laporan terkait yang "
                "masih dapat ditindaklanjuti."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Pakai TL"), self.tr(
            "Kirim tindak lanjut ini ke {n} laporan terkait? Nomor laporan dan tanggalnya "
            "disesuaikan untuk masing-masing.").format(n=len(adapted)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDetailedText("\n\n".join(adapted.values()))
        box.setObjectName("reuseConfirm")
        bench, zone = self._bench, self._timezone

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._hub.run(lambda: bench.duplicates.queue_reused(
                    cid, text, bench.send_follow_up, zone), on_error=self._errors.handle)

        box.finished.connect(answered)
        box.open()
