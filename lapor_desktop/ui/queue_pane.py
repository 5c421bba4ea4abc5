"""The queue pane: filters, the complaint table, its count and the empty state.

Split out of the main window so the window only arranges panes and actions; the pane owns
everything about finding a complaint (search, sort, highlight) and says which one was picked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.store.queue import QueueSort
from lapor_desktop.ui.filter_bar import FilterBar
from lapor_desktop.ui.match_delegate import MatchDelegate
from lapor_desktop.ui.queue_empty_state import QueueEmptyState
from lapor_desktop.ui.queue_model import QueueModel
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Workbench


class QueuePane(QWidget):
    """Filter bar above the keyset-paged complaint table; an empty result explains itself."""

    #: The officer moved to a complaint in the table (its id).
    complaint_selected = Signal(int)

    def __init__(self, tasks: TaskManager, bench: Workbench, ui_state: QSettings,
                 now: Callable, language: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui_state = ui_state
        self.model = QueueModel(tasks, bench.queue.page, bench.queue.first_page,
                                language=language, parent=self)
        self.filters = FilterBar(now)
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setAccessibleName(self.tr("Antrean laporan"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # The title (stretching) gets what is left; "Lokal" is mostly empty, so it stays narrow.
        # The deadline column also holds the risk icon.
        for column, width in ((0, 90), (2, 110), (3, 130), (4, 170), (5, 56)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel()
        self.count_label.setObjectName("queueCount")
        # Sortable headers: only the columns with a keyset order in the store.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        # The searched words stand out in the tracking id and title columns.
        self.match_delegate = MatchDelegate(self.table)
        for column in (0, 1):
            self.table.setItemDelegateForColumn(column, self.match_delegate)
        self.empty_state = QueueEmptyState()
        self.empty_state.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.count_label)

        self.filters.query_changed.connect(self.model.set_query)
        self.filters.query_changed.connect(lambda query: (
            self.match_delegate.set_search(query.text), self.table.viewport().update()))
        self.model.total_changed.connect(self._show_count)
        header.sectionClicked.connect(self._sort_by_column)
        self.empty_state.clear_requested.connect(self.filters.clear)
        self.filters.search.returnPressed.connect(self._search_submitted)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def restore_state(self) -> None:
        """Column widths and the sort the officer chose last time (per profile)."""
        columns = self._ui_state.value("main/columns")
        if isinstance(columns, QByteArray):
            self.table.horizontalHeader().restoreState(columns)
        sort = self._ui_state.value("queue/sort", QueueSort.RISK.value)
        if sort in {s.value for s in QueueSort}:
            self.filters.set_sort(QueueSort(sort))
        self._show_sort_indicator()

    def save_state(self) -> None:
        """Remember the column widths (the sort is saved when it changes)."""
        self._ui_state.setValue("main/columns", self.table.horizontalHeader().saveState())

    def _search_submitted(self) -> None:
        # Enter in the search box goes to the results, so the keyboard flow never stalls.
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("{n} laporan").format(n=total))
        # An empty result says why instead of showing a blank table.
        empty = total == 0
        if empty:
            self.empty_state.explain(self.filters.search.text().strip(),
                                     self.filters.is_filtered())
        self.empty_state.setVisible(empty)
        self.table.setVisible(not empty)

    def _sort_by_column(self, column: int) -> None:
        sort = QueueModel.SORTS.get(QueueModel.COLUMNS[column])
        if sort is not None:
            self.filters.set_sort(sort)
            self._ui_state.setValue("queue/sort", sort.value)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        # The header flips its arrow on any click; put it back to the order really shown.
        sort = self.filters.sort
        column = next(i for i, name in enumerate(QueueModel.COLUMNS)
                      if QueueModel.SORTS.get(name) is sort)
        order = (Qt.SortOrder.DescendingOrder if sort is QueueSort.SUBMITTED_DATE
                 else Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicator(column, order)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.complaint_selected.emit(self.model.item(current.row()).row.id)
