"""A text box that keeps only text: the follow-up goes to the citizen as plain text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit

from lapor_desktop.sync.outbox import plain_text


class PlainTextEdit(QPlainTextEdit):
    """A text box that stores pasted or dropped HTML as plain text."""

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        """Insert only text: markup from a word processor or browser is stripped."""
        if source.hasHtml() and not source.hasText():
            self.insertPlainText(plain_text(source.html()))
        elif source.hasText():
            self.insertPlainText(plain_text(source.text()))
