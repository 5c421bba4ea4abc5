"""Paints queue cells with the words the officer searched for in bold and highlighted.

The search matches each typed word as a word prefix (store.queue.fts_query); the same words are
marked here. Cell text is escaped before it becomes markup, so server text never renders as HTML.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lapor_desktop.ui import theme

_WORD = re.compile(r"\w+", re.UNICODE)


class MatchDelegate(QStyledItemDelegate):
    """A delegate that marks the searched words (see :meth:`set_search`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pattern: re.Pattern[str] | None = None

    def set_search(self, text: str) -> None:
        """Mark the words of ``text`` (as word prefixes, case-insensitive); empty: mark nothing."""
        words = sorted({w.lower() for w in _WORD.findall(text)}, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")",
                                    re.IGNORECASE) if words else None)

    def marked(self, text: str) -> str:
        """``text`` as escaped markup with the searched prefixes in ``<b>``; plain if none."""
        if self._pattern is None:
            return html.escape(text)
        out, last = [], 0
        for found in self._pattern.finditer(text):
            out.append(html.escape(text[last:found.start()]))
            out.append(theme.style("<b style='background-color:{match_fill}; color:{match_text}'>")
                       + f"{html.escape(found.group(0))}</b>")
            last = found.end()
        out.append(html.escape(text[last:]))
        return "".join(out)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Draw the cell as usual, then its text with the matches marked."""
        if self._pattern is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not self._pattern.search(text):
            super().paint(painter, option, index)
            return
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text).name()
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(f"<span style='color:{colour}; white-space:pre'>{self.marked(elided)}</span>")
        painter.save()
        painter.translate(rect.left() + 2, rect.top() + (rect.height() - doc.size().height()) / 2)
        doc.drawContents(painter)
        painter.restore()
