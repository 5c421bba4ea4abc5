"""A window on screen before the application's heavy imports.

Importing the app (SQLAlchemy, the ORM, pydantic models, every window) takes most of a second
even on a quiet machine; the officer should see LAPOR! Desktop at once, not nothing. The command
line creates the QApplication and shows this plain shell first, then imports the rest; the shell
closes as soon as the real first window (unlock page, progress dialog) is up.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from lapor_desktop import APP_NAME


class FirstPaint(QMainWindow):
    """The shell shown while the application loads; :meth:`dismiss` closes it."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        # Plain Indonesian: no translator is installed yet (it is part of what is loading).
        label = QLabel(f"{APP_NAME}\n\nMemuat aplikasi…")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName("Memuat aplikasi")
        self.setCentralWidget(label)
        self.resize(480, 240)

    def dismiss(self, *_args: object) -> None:
        """Close the shell (the real first window is on screen now)."""
        self.close()
        self.deleteLater()


def paint_first() -> FirstPaint:
    """Create the QApplication, show the shell and paint it now."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    shell = FirstPaint()
    shell.show()
    app.processEvents()  # one paint before the imports; the event loop has not started yet
    return shell
