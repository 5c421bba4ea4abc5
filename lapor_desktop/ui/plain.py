"""Untrusted text shown as text, never as markup: the one helper for labels, tooltips and boxes.

Qt guesses (``Qt.mightBeRichText``) whether a label's text, a tooltip or a message box is HTML.
Complaint titles, server error messages, attachment names and officer text are not ours: a title
like ``<img src=file://HOST/share/x>`` would make Qt fetch that path (a UNC path on Windows can
leak the officer's NTLM hash) and ``<a href=...>`` would show a live link. Every widget that shows
such text goes through these functions.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that always shows ``text`` (and anything set later) literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def make_plain(label: QLabel) -> QLabel:
    """Switch an existing label to plain text; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """A tooltip string that Qt shows literally, line breaks kept.

    Tooltips have no text format of their own: escaped text inside a rich-text wrapper is the
    only form Qt always displays as written (an escaped string without the wrapper would show
    ``&lt;`` when Qt guesses plain text).
    """
    if not text:
        return ""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


def message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None, *,
                informative: str = "",
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok
                ) -> QMessageBox:
    """A message box whose text (and informative text) is shown literally."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        # The informative label follows the box's text format too (Qt applies it to both).
        box.setInformativeText(informative)
    return box


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.warning`` for untrusted text."""
    message_box(QMessageBox.Icon.Warning, title, text, parent).exec()


def information(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.information`` for text that names outside values (paths, names)."""
    message_box(QMessageBox.Icon.Information, title, text, parent).exec()


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """``QMessageBox.question`` for untrusted text; True when the officer says Yes."""
    box = message_box(QMessageBox.Icon.Question, title, text, parent,
                      buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
