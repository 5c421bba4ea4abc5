"""Language switch without a restart: new translators, then the main window built again.

Why rebuild instead of retranslating on ``QEvent.LanguageChange``: nearly every widget sets its
text once, in ``__init__``, with ``self.tr()`` (menus, headers, labels, tooltips, accessible
names, combo entries such as the dashboard's month list, formatted dates). Retranslating would
need a ``retranslate()`` in some forty widgets, each a place to forget one string, and dates and
numbers already shown would keep the old locale. Building the window again runs the very code
that built it in the first language, so the new language is complete by construction.

What the officer had on screen is carried over (:class:`WindowSnapshot`): the selected and open
complaint, the unsaved editor text (``save_now()`` queues it on the database worker before the
new editor's load, which runs after it on the same worker), the tabs, the search and filters,
and the layout (geometry, splitter, docks, column widths through ``save_layout()``).

The old window must leave nothing behind: its connections to the long-lived objects (change hub,
sync controller, error bridge, task manager, application) are cut at once, its timers stopped,
its tray icon hidden and its idle lock stopped; it is deleted only when the task manager has no
job left, so a callback already queued for one of its widgets never finds a deleted object.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSystemTrayIcon

from lapor_desktop.ui.i18n import install_translator
from lapor_desktop.ui.idle_lock import IdleLock
from lapor_desktop.ui.main_window import MainWindow
from lapor_desktop.ui.review_queue import ReviewQueue
from lapor_desktop.ui.tasks import TaskManager


def switch_translator(app: QCoreApplication, current: QTranslator | None,
                      language: str) -> QTranslator | None:
    """Replace ``current`` by ``language``'s translator; also Qt's own texts, the catalogue of
    messages below the UI and the default ``QLocale`` (all in :func:`install_translator`)."""
    if current is not None:
        app.removeTranslator(current)
        current.deleteLater()
    return install_translator(app, language)


@dataclasses.dataclass
class WindowSnapshot:
    """What the officer sees in the main window, to be shown again after a rebuild."""

    selected_id: int | None
    row_count: int
    query: object  # the QueueQuery shown (also "show together" lists of the duplicate panel)
    search: str
    filters: dict[str, object]
    categories: list[str]
    main_tab: int
    detail_tab: int
    state: QByteArray  # docks and toolbars
    geometry: QRect
    window_state: Qt.WindowState
    splitter: list[int]
    docks: dict[str, QSize]  # the open docks' sizes, by object name
    review: tuple[int, str, str] | None = None  # a pejabat's review: sign-off id, text, comment


_FILTER_COMBOS = ("view", "status", "classification", "category")


def take_snapshot(window: MainWindow) -> WindowSnapshot:
    """Save the editor and the layout, and note the rest of what is on screen."""
    if window.editor is not None:
        window.editor.save_now()  # keystrokes since the last autosave
    window.save_layout()
    filters = window.filters
    values: dict[str, object] = {name: getattr(filters, name).currentData()
                                 for name in _FILTER_COMBOS}
    values["has_draft"] = filters.has_draft.isChecked()
    return WindowSnapshot(
        selected_id=window._selected_id, row_count=window.model.rowCount(),
        query=window.model.query, search=filters.search.text(), filters=values,
        categories=[filters.category.itemData(i) for i in range(1, filters.category.count())],
        main_tab=window.main_tabs.currentIndex(),
        detail_tab=window.tabs.currentIndex() if window.editor is not None else 0,
        state=window.saveState(), geometry=window.geometry(), window_state=window.windowState(),
        splitter=window.splitter.sizes(),
        docks={dock.objectName(): dock.size() for dock in window.findChildren(QDockWidget)
               if dock.isVisible()},
        review=_review_of(window))


def _review_of(window: MainWindow) -> tuple[int, str, str] | None:
    queue = window.review_queue
    item = queue.current() if queue is not None else None
    if item is None:
        return None
    return item.signoff_id, queue.text.toPlainText(), queue.comment.toPlainText()


def restore_snapshot(window: MainWindow, snapshot: WindowSnapshot) -> None:
    """Show ``snapshot`` in the freshly built ``window``."""
    filters = window.filters
    controls = [filters.search, filters.has_draft,
                *(getattr(filters, name) for name in _FILTER_COMBOS)]
    for widget in controls:  # one query below, not one per control
        widget.blockSignals(True)
    filters.set_categories(snapshot.categories)
    filters.search.setText(snapshot.search)
    for name in _FILTER_COMBOS:
        combo = getattr(filters, name)
        combo.setCurrentIndex(max(0, combo.findData(snapshot.filters[name])))
    filters.has_draft.setChecked(bool(snapshot.filters["has_draft"]))
    for widget in controls:
        widget.blockSignals(False)
    window.queue_pane.match_delegate.set_search(snapshot.search.strip())
    window.model.set_query(snapshot.query)
    # Exactly where the old window was: restoreGeometry() would fit the saved size to the
    # screen again, which can move or shrink a window the officer placed.
    window.setGeometry(snapshot.geometry)
    window.setWindowState(snapshot.window_state)
    # Docks added after the window's own restore (training's lesson panel) take their place too.
    window.restoreState(snapshot.state)
    window.main_tabs.setCurrentIndex(snapshot.main_tab)
    if window.editor is not None:
        window.tabs.setCurrentIndex(snapshot.detail_tab)
    if snapshot.selected_id is not None:
        _select_when_loaded(window, snapshot.selected_id, snapshot.row_count)
    if snapshot.review is not None and window.review_queue is not None:
        # The database worker runs jobs in order: this one's callback comes after the new
        # review queue's first load, which the window queued while it was built.
        queue, review = window.review_queue, snapshot.review
        window.services.tasks.db(lambda: None, on_done=lambda _r: _restore_review(queue, review))


def _restore_review(queue: ReviewQueue, review: tuple[int, str, str]) -> None:
    """The pejabat's edited text and comment, on the follow-up they were reviewing."""
    signoff_id, text, comment = review
    for row in range(queue.list.count()):
        queue.list.setCurrentRow(row)
        if queue.current().signoff_id == signoff_id:
            queue.text.setPlainText(text)
            queue.comment.setPlainText(comment)
            return


def _restore_sizes(window: MainWindow, snapshot: WindowSnapshot) -> None:
    """Splitter and dock sizes of the old window (once shown: showing lays them out anew)."""
    window.splitter.setSizes(snapshot.splitter)
    for dock in window.findChildren(QDockWidget):
        size = snapshot.docks.get(dock.objectName())
        if size is None or not dock.isVisible():
            continue
        area = window.dockWidgetArea(dock)
        vertical = area in (Qt.DockWidgetArea.TopDockWidgetArea,
                            Qt.DockWidgetArea.BottomDockWidgetArea)
        window.resizeDocks([dock], [size.height() if vertical else size.width()],
                           Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)


class _SizesOnFirstPaint(QObject):
    """Applies the old sizes when the new window first paints: the main window lays out its
    docks again on its first real resize after being shown, so sooner they would not stay."""

    def __init__(self, window: MainWindow, snapshot: WindowSnapshot) -> None:
        super().__init__(window)
        self._snapshot = snapshot
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On the first paint: restore, then leave."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, lambda: _restore_sizes(watched, self._snapshot))
            self.deleteLater()
        return False


def _select_when_loaded(window: MainWindow, complaint_id: int, rows: int) -> None:
    """Select ``complaint_id`` in the queue once its row is loaded (paging on as far as the old
    window had), which opens it; a complaint not among those rows is opened without one."""
    model = window.model
    connection: list[object] = []

    def page_loaded(_count: int) -> None:  # after every page, also an empty one
        ids = [model.item(row).row.id for row in range(model.rowCount())]
        if complaint_id not in ids and model.rowCount() < rows and model.canFetchMore():
            model.fetchMore()
            return
        model.loaded.disconnect(connection.pop())
        if complaint_id in ids:
            row = ids.index(complaint_id)
            window.table.selectRow(row)
            window.table.scrollTo(model.index(row, 0))
        else:  # outside the query (opened from a notification, say)
            window.open_complaint(complaint_id)

    connection.append(model.loaded.connect(page_loaded))  # the new window's own model


def retire_window(window: QMainWindow, senders: Iterable[QObject], tasks: TaskManager) -> None:
    """Cut ``window`` off from the long-lived ``senders`` and delete it once no job is pending."""
    tree = [window, *window.findChildren(QObject)]
    for sender in senders:
        for receiver in tree:
            sender.disconnect(receiver)  # every connection to a bound method of ``receiver``
    for timer in window.findChildren(QTimer):
        timer.stop()
    for tray in window.findChildren(QSystemTrayIcon):
        tray.hide()
    for idle in window.findChildren(IdleLock):
        idle.stop()
    window.hide()
    _delete_when_idle(window, tasks)


def _delete_when_idle(window: QObject, tasks: TaskManager) -> None:
    if tasks.pending == 0:
        window.deleteLater()
    else:
        _DeleteWhenIdle(window, tasks)


class _DeleteWhenIdle(QObject):
    """Deletes ``window`` when the task manager's last job is done. A QObject's bound method,
    not a closure, is connected, so the connection ends with this object."""

    def __init__(self, window: QObject, tasks: TaskManager) -> None:
        super().__init__(tasks)
        self._window = window
        tasks.busy_changed.connect(self._on_busy)

    def _on_busy(self, count: int) -> None:
        # Emitted before the finished job's callback runs; deleteLater waits for the event loop.
        if count == 0:
            self._window.deleteLater()
            self.deleteLater()


def rebuild_window(old: MainWindow, build: Callable[[], MainWindow], *,
                   senders: Iterable[QObject]) -> MainWindow:
    """Build the window again with ``build`` (after the translators changed) around the same
    services, show it where the old one was with what it showed, and retire the old one."""
    snapshot = take_snapshot(old)  # first: the new window reads the layout it saves
    window = build()
    retire_window(old, senders, old.services.tasks)
    restore_snapshot(window, snapshot)
    window.show()
    _SizesOnFirstPaint(window, snapshot)
    window.raise_()
    window.activateWindow()
    return window
