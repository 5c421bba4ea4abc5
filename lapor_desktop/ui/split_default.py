"""The queue/detail splitter's first split, kept in proportion until the officer drags it.

Before the officer has chosen a split (nothing saved yet), the detail pane takes about a third
of the width and never less than its minimum, so on a 1366x768 laptop the queue's title column
stays readable and on a 1920x1080 screen the editor gets room too. The first drag of the
handle ends it; from then on the splitter keeps what the officer chose (and the window saves it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter

DETAIL_SHARE = 0.36


class DefaultSplit(QObject):
    """Keeps ``splitter`` (queue | detail) at the default proportion on every resize."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._chosen)
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Split again when the splitter gets a new width."""
        if event.type() == QEvent.Type.Resize:
            self._apply()
        return False

    def _apply(self) -> None:
        width = self._splitter.width() - self._splitter.handleWidth()
        if width <= 0 or self._splitter.count() < 2:
            return
        detail_min = self._splitter.widget(1).minimumSizeHint().width()
        detail = min(width, max(detail_min, round(width * DETAIL_SHARE)))
        self._splitter.blockSignals(True)  # setSizes is not the officer's choice
        self._splitter.setSizes([width - detail, detail])
        self._splitter.blockSignals(False)

    def _chosen(self, *_args: object) -> None:
        self._splitter.removeEventFilter(self)
        self.deleteLater()
