"""One place that decides how an error reaches the officer (qutebrowser's message bridge).

- :class:`~lapor_desktop.core.errors.KnownError` (offline, login expired, locked database, bad
  input ...): its message, in Indonesian, in a dialog or the status bar. No traceback.
- anything else is a bug: logged with its traceback, written to a crash report in the log folder,
  and shown in :class:`CrashDialog` with the report ready to copy.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QtMsgType, Signal, qVersion
from PySide6.QtWidgets import QWidget

from lapor_desktop import APP_NAME, __version__
from lapor_desktop.core.errors import KnownError
from lapor_desktop.ui.crash_dialog import CrashDialog
from lapor_desktop.ui.plain import warning
from lapor_desktop.workbench.logs import redact, write_private

log = logging.getLogger(__name__)


class ErrorBridge(QObject):
    """Routes errors to the right presentation; built once in ``app.py``."""

    #: A short message for the status bar (known errors that need no dialog).
    status_message = Signal(str)
    #: A crash report was written: (report text, file path or "").
    crashed = Signal(str, str)

    def __init__(self, log_dir: Path | None, *, interactive: bool = True) -> None:
        super().__init__()
        self._log_dir = log_dir
        self._interactive = interactive
        self.parent_widget: QWidget | None = None

    def install(self) -> None:
        """Catch exceptions that escape Qt slots (they would otherwise just print)."""
        sys.excepthook = self._excepthook

    def show_known(self, error: KnownError, *, title: str | None = None,
                   dialog: bool = True) -> None:
        """Show a known error's message; no traceback."""
        log.info("known error: %s: %s", type(error).__name__, error)
        message = str(error)
        self.status_message.emit(message)
        if dialog and self._interactive:
            warning(self.parent_widget, title or self.tr("Perhatian"), message)

    def handle(self, error: BaseException) -> None:
        """Entry point for any error from background work or a slot."""
        if isinstance(error, KnownError):
            self.show_known(error)
        else:
            self.report_bug(type(error), error, error.__traceback__)

    def report_bug(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> str:
        """Log the bug, write a crash report, show the crash dialog; returns the report text."""
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        report = crash_report(exc_type, exc, tb, log_dir=self._log_dir)
        path = ""
        if self._log_dir is not None:
            try:
                self._log_dir.mkdir(parents=True, exist_ok=True)
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                crash_file = self._log_dir / f"crash-{stamp}.txt"
                write_private(crash_file, report)  # 0600: the report is the officer's alone
                path = str(crash_file)
            except OSError:
                log.exception("cannot write crash report")
        self.crashed.emit(report, path)
        if self._interactive:
            CrashDialog(report, path or None, self.parent_widget).exec()
        return report

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
        if isinstance(exc, KnownError):
            self.show_known(exc)
        elif issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
        else:
            self.report_bug(exc_type, exc, tb)


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 *, log_dir: Path | None) -> str:
    """Plain-text crash report: versions, platform, traceback; secrets scrubbed."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Qt {qVersion()} / PySide6 {pyside_version} / Python {platform.python_version()}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        f"Log: {log_dir}" if log_dir else "Log: -",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return redact("\n".join(lines))


def qt_message_level(msg_type: QtMsgType) -> int:
    """Map Qt's message types onto logging levels (for a Qt message handler)."""
    return {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL}.get(msg_type, logging.WARNING)
