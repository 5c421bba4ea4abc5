"""Logging set-up: rotating files in the profile's log folder, with secrets scrubbed.

Every handler gets :class:`RedactingFilter`, so a token or password that reaches a log call by
mistake (an exception message, a URL) is replaced before it is written. Reporter identity is never
logged on purpose: log complaint ids and tracking ids, not names.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_FILE = "lapor-desktop.log"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1[disensor]"),
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)[^'\",\s]+(\s+[^'\",\s]+)?"),
     r"\1[disensor]"),
    (re.compile(r"(?i)((?:password|passwd|kata_sandi|token|secret|api_key)['\"]?\s*[:=]\s*['\"]?)"
                r"[^'\",\s}&]+"), r"\1[disensor]"),
)


def redact(text: str) -> str:
    """``text`` with bearer tokens, authorization headers and password/token fields masked."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message (and traceback text) through :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask secrets in place; never drops a record."""
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def setup_logging(log_dir: Path | None, *, level: int = logging.INFO,
                  console: bool = False) -> Path | None:
    """Configure the root logger; returns the log file path (None when logging to console only)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_lapor", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    path = None
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = log_dir / LOG_FILE
        handlers.append(logging.handlers.RotatingFileHandler(
            path, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8"))
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler._lapor = True  # type: ignore[attr-defined]
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    return path
