"""Search box, filters and saved views above the queue; emits a store ``QueueQuery``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from lapor_desktop.core.models import Classification, Status
from lapor_desktop.core.status import CLASSIFICATION_LABELS, OPEN_STATUSES, STATUS_LABELS
from lapor_desktop.store.queue import QueueQuery, QueueSort
from lapor_desktop.ui.i18n import tr

SAVED_VIEWS = ("all", "overdue", "due_this_week", "needs_attention")

# Typing pauses this long before the query runs, so each keystroke does not start a search.
SEARCH_DEBOUNCE_MS = 200


def saved_view_label(view: str) -> str:
    """Indonesian name of a saved view (translated through Qt)."""
    return {
        "all": tr("FilterBar", "Semua laporan"),
        "overdue": tr("FilterBar", "Terlambat"),
        "due_this_week": tr("FilterBar", "Jatuh tempo minggu ini"),
        "needs_attention": tr("FilterBar", "Perlu perhatian"),
    }[view]


def end_of_week(now: dt.datetime) -> dt.datetime:
    """The end of Sunday of ``now``'s local week (a working week ends on Friday; this includes it)."""
    local = now.astimezone()
    sunday = local.date() + dt.timedelta(days=6 - local.weekday())
    return dt.datetime.combine(sunday, dt.time.max, tzinfo=local.tzinfo).astimezone(dt.UTC)


class FilterBar(QWidget):
    """The officer's search and filters. ``now`` is injected so tests control the clock."""

    #: The query to show changed (a QueueQuery).
    query_changed = Signal(object)

    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._sort = QueueSort.RISK  # set by the queue's headers, kept across filter changes
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Cari ID pelacakan, judul, isi, lokasi… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.view = QComboBox()
        self.view.setObjectName("savedView")
        for key in SAVED_VIEWS:
            self.view.addItem(saved_view_label(key), key)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Semua status"), None)
        self.status.addItem(self.tr("Masih dikerjakan"), "open")
        for status in Status:
            self.status.addItem(tr("Status", STATUS_LABELS[status]), status.value)
        self.classification = QComboBox()
        self.classification.setObjectName("classificationFilter")
        self.classification.addItem(self.tr("Semua klasifikasi"), None)
        for value, label in CLASSIFICATION_LABELS.items():
            self.classification.addItem(tr("Classification", label), value.value)
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.addItem(self.tr("Semua kategori"), None)
        self.has_draft = QCheckBox(self.tr("Ada &draf"))
        self.has_draft.setObjectName("hasDraftFilter")

        # Named for screen readers (no visible label stands beside them).
        for widget, name in ((self.search, self.tr("Cari laporan")),
                             (self.view, self.tr("Tampilan tersimpan")),
                             (self.status, self.tr("Saring status")),
                             (self.classification, self.tr("Saring klasifikasi")),
                             (self.category, self.tr("Saring kategori"))):
            widget.setAccessibleName(name)
        # Combos size to a short minimum, not to their longest entry, so the queue pane can be
        # narrow on a 1024-pixel screen; the open list still shows whole entries.
        for combo in (self.view, self.status, self.classification, self.category):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self.search.setMinimumWidth(160)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        for widget in (self.status, self.classification, self.category, self.has_draft):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.emit_query)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.view, self.status, self.classification, self.category):
            combo.currentIndexChanged.connect(self.emit_query)
        self.has_draft.toggled.connect(self.emit_query)

    def set_categories(self, categories: list[str]) -> None:
        """Fill the category filter (keeps the current choice if it still exists)."""
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Semua kategori"), None)
        for name in sorted(categories):
            self.category.addItem(name, name)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(0, index))
        self.category.blockSignals(False)

    def select_view(self, view: str) -> None:
        """Switch to a saved view (keyboard shortcuts call this)."""
        self.view.setCurrentIndex(self.view.findData(view))

    @property
    def sort(self) -> QueueSort:
        """The order the queue is shown in."""
        return self._sort

    def set_sort(self, sort: QueueSort) -> None:
        """Show the queue in ``sort`` order (from a click on a column header)."""
        if sort is not self._sort:
            self._sort = sort
            self.emit_query()

    def is_filtered(self) -> bool:
        """True when a saved view, status, classification, category or draft filter is set."""
        return (self.view.currentIndex() > 0 or self.status.currentIndex() > 0
                or self.classification.currentIndex() > 0 or self.category.currentIndex() > 0
                or self.has_draft.isChecked())

    def clear(self) -> None:
        """Clear the search and every filter (one query follows, not one per control)."""
        controls = (self.search, self.view, self.status, self.classification, self.category,
                    self.has_draft)
        for widget in controls:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.view, self.status, self.classification, self.category):
            combo.setCurrentIndex(0)
        self.has_draft.setChecked(False)
        for widget in controls:
            widget.blockSignals(False)
        self.emit_query()

    def query(self) -> QueueQuery:
        """The query the current controls describe."""
        now = self._now()
        query = QueueQuery(text=self.search.text().strip(), sort=self._sort)
        status = self.status.currentData()
        if status == "open":
            query = dataclasses.replace(query, statuses=OPEN_STATUSES)
        elif status:
            query = dataclasses.replace(query, statuses=frozenset({Status(status)}))
        if self.classification.currentData():
            query = dataclasses.replace(query, classifications=frozenset(
                {Classification(self.classification.currentData())}))
        if self.category.currentData():
            query = dataclasses.replace(query, categories=frozenset({self.category.currentData()}))
        if self.has_draft.isChecked():
            query = dataclasses.replace(query, has_draft=True)
        match self.view.currentData():
            case "overdue":
                query = dataclasses.replace(query, overdue_at=now)
            case "due_this_week":
                query = dataclasses.replace(query, due_after=now, due_before=end_of_week(now),
                                            statuses=query.statuses or OPEN_STATUSES)
            case "needs_attention":
                query = dataclasses.replace(query, needs_attention=True)
        return query

    def emit_query(self) -> None:
        """Emit :attr:`query_changed` with the current query."""
        self._debounce.stop()
        self.query_changed.emit(self.query())
