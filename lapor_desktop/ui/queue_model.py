"""Item model of the complaint queue: keyset pages loaded lazily on the database worker.

The view asks for more rows as the officer scrolls (``canFetchMore``/``fetchMore``); each page is
read by the task manager's database worker, with countdowns computed there too, so painting never
touches SQLite or the calendar. A new query bumps a generation number and late pages of the old
query are dropped, so typing in the search box never shows stale rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from lapor_desktop.core.models import LocalState
from lapor_desktop.core.status import LOCAL_STATE_LABELS, STATUS_LABELS
from lapor_desktop.store.queue import PageKey, QueueQuery, QueueSort
from lapor_desktop.ui import theme
from lapor_desktop.ui.formatting import format_datetime
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench.queue import QueueEntry

PAGE_SIZE = 200

PageLoader = Callable[[QueueQuery, PageKey | None, int], tuple[list[QueueEntry], PageKey | None]]
#: The first page of a query and how many complaints match it, read together.
FirstPageLoader = Callable[[QueueQuery, int], tuple[list[QueueEntry], PageKey | None, int]]


class QueueModel(QAbstractTableModel):
    """Table model over the store's queue pages."""

    COLUMNS = ("tracking_id", "title", "category", "status", "deadline", "local")
    #: Columns a click on the header sorts by: each maps to a keyset order of the store
    #: (QueueSort), so sorting never loads the whole queue. Tracking ids follow submission.
    SORTS = {"deadline": QueueSort.RISK, "tracking_id": QueueSort.SUBMITTED_DATE}

    #: A page (or a new query's first page) finished loading: total rows now shown.
    loaded = Signal(int)
    #: The number of complaints matching the current query is known.
    total_changed = Signal(int)

    def __init__(self, tasks: TaskManager, load_page: PageLoader, first_page: FirstPageLoader,
                 *, language: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._tasks = tasks
        self._load_page = load_page
        self._first_page = first_page
        self._items: list[QueueEntry] = []
        self._query = QueueQuery()
        self._next_key: PageKey | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self.total: int | None = None

    # --- querying ---------------------------------------------------------------------------

    @property
    def query(self) -> QueueQuery:
        """The query whose rows are shown."""
        return self._query

    def set_query(self, query: QueueQuery) -> None:
        """Show ``query``'s rows from the first page; pending pages of the old query are dropped."""
        self._generation += 1
        self.beginResetModel()
        self._query = query
        self._items = []
        self._next_key = None
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.total = None
        self._loading = True
        generation = self._generation
        # One task for the page and the count: a keystroke of a search reads both in one
        # snapshot, and the count picks the page's plan (workbench QueueService.first_page).
        self._tasks.db(lambda: self._first_page(query, PAGE_SIZE),
                       on_done=lambda result: self._on_first_page(generation, result))

    def refresh(self) -> None:
        """Start the current query again from its first page (F5, "Muat ulang antrean")."""
        self.set_query(self._query)

    def reload(self) -> None:
        """Re-read the rows already shown, in place (after a sync or a local change).

        The rows are replaced inside a layout change with every persistent index moved to the
        row of the same complaint, so the view keeps the officer's selection, current row and
        scroll position; a complaint that left the query loses its index.
        """
        self._generation += 1
        generation, query = self._generation, self._query
        wanted = max(PAGE_SIZE, len(self._items))
        self._loading = True
        self._tasks.db(lambda: self._first_page(query, wanted),
                       on_done=lambda result: self._on_reload(generation, result))

    def _on_first_page(self, generation: int,
                       result: tuple[list[QueueEntry], PageKey | None, int]) -> None:
        items, next_key, total = result
        self._on_count(generation, total)  # known before ``loaded``: the empty state reads it
        self._on_page(generation, (items, next_key))

    def _on_reload(self, generation: int,
                   result: tuple[list[QueueEntry], PageKey | None, int]) -> None:
        if generation != self._generation:
            return
        items, next_key, total = result
        self._on_count(generation, total)
        self._loading = False
        self._next_key = next_key
        self._exhausted = next_key is None
        self.layoutAboutToBeChanged.emit()
        position = {item.row.id: row for row, item in enumerate(items)}
        old_ids = [item.row.id for item in self._items]
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            moved_from.append(index)
            row = position.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
            moved_to.append(QModelIndex() if row is None else self.createIndex(row, index.column()))
        self._items = items
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()
        self.loaded.emit(len(self._items))

    def item(self, row: int) -> QueueEntry:
        """The item shown at ``row``."""
        return self._items[row]

    # --- lazy loading -----------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        """True while more pages exist and none is in flight."""
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        """Ask the database worker for the next page."""
        if self.canFetchMore(parent):
            self._request_page()

    def _request_page(self) -> None:
        self._loading = True
        generation, query, key = self._generation, self._query, self._next_key
        self._tasks.db(lambda: self._load_page(query, key, PAGE_SIZE),
                       on_done=lambda result: self._on_page(generation, result))

    def _on_page(self, generation: int, result: tuple[list[QueueEntry], PageKey | None]) -> None:
        if generation != self._generation:
            return  # a newer query replaced this one while the page was loading
        items, next_key = result
        self._loading = False
        self._next_key = next_key
        self._exhausted = next_key is None
        if items:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self._items.extend(items)
            self.endInsertRows()
        self.loaded.emit(len(self._items))

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.total_changed.emit(total)

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Fixed columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _sort_tips().get(self.COLUMNS[section])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _headers()[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, deadline colour and tooltips."""
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, column, self._language)
        if column == "deadline" and role in _RISK_ROLES:
            return _risk_data(item.countdown, role, _display(item, column, self._language))
        if role == Qt.ItemDataRole.UserRole:
            return item.row.id
        return None


def _sort_tips() -> dict[str, str]:
    return {"deadline": tr("QueueModel", "Urutkan menurut tenggat terdekat"),
            "tracking_id": tr("QueueModel", "Urutkan menurut tanggal masuk, terbaru dulu")}


def _headers() -> tuple[str, ...]:
    return (tr("QueueModel", "ID Pelacakan"), tr("QueueModel", "Judul"),
            tr("QueueModel", "Kategori"), tr("QueueModel", "Status"),
            tr("QueueModel", "Tenggat"), tr("QueueModel", "Lokal"))


def _display(item: QueueEntry, column: str, language: str) -> str:
    row = item.row
    match column:
        case "tracking_id":
            return f"#{row.tracking_id}"
        case "title":
            badges = []
            if row.rahasia:
                badges.append(tr("QueueModel", "[Rahasia]"))
            if row.anonim:
                badges.append(tr("QueueModel", "[Anonim]"))
            return " ".join([*badges, row.title])
        case "category":
            return row.category
        case "status":
            return tr("Status", STATUS_LABELS[row.status])
        case "deadline":
            return item.countdown.text_in(language)
        case "local":
            if row.local_state is LocalState.NONE:
                return ""
            return tr("LocalState", LOCAL_STATE_LABELS[row.local_state])
    return ""


_RISK_ROLES = frozenset({Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
                         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole})


def _risk_data(countdown: Any, role: int, text: str) -> Any:
    """The deadline's risk by colour, icon and words (colour is never the only signal)."""
    level = countdown.level
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(theme.risk_colour(level))
    if role == Qt.ItemDataRole.DecorationRole:
        return theme.risk_icon(level)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return f"{text} ({theme.risk_words(level)})"
    if not countdown.due:
        return theme.risk_words(level)
    return theme.risk_words(level) + " · " + tr(
        "QueueModel", "Tenggat: {date} (per sinkronisasi terakhir)").format(
        date=_local_date(countdown.due))


def _local_date(value: dt.datetime) -> str:
    return format_datetime(value)  # the one formatter: locale, zone labelled
