"""Logging set-up: rotating files in the profile's log folder, with secrets and personal data scrubbed.

Every handler gets :class:`RedactingFilter`. It works on the structured record, not only on the
final text: arguments and ``extra`` fields named like a secret or like complaint/reporter content
(title, body, reporter, phone ...) are replaced before the message is formatted, then the text is
run through :func:`redact` for what slips through inside strings (exception messages, URLs,
pydantic's ``input_value=...``). Log files and crash reports are created readable by the owner
only (0600). SQLAlchemy engines are made with ``hide_parameters=True`` so a failed statement's
error never carries the complaint it was writing.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

LOG_FILE = "lapor-desktop.log"
MASK = "[disensor]"
FILE_MODE = 0o600

# Field names whose values never reach a log: secrets, and complaint or reporter content.
# A key matches when one of these words is a whole part of it (``reporter_name``, ``title``,
# ``access_token``), so ``position`` or ``unique`` do not.
_SENSITIVE_KEY = re.compile(
    r"(?i)(?:^|[_\-.])(?:pass(?:word|wd)?|kata_sandi|sandi|token|secret|api_key|authorization|"
    r"cookie|title|judul|body|isi|text|teks|content|reporter|pelapor|name|nama|phone|telepon|"
    r"hp|email|address|alamat|nik|reason|alasan|note|catatan|payload|snapshot|comment|"
    r"params|parameters)s?(?=$|[_\-.])")
_SECRET_FIELDS = r"(?:password|passwd|kata_sandi|token|secret|api_key)"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1" + MASK),
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)[^'\",\s]+(\s+[^'\",\s]+)?"),
     r"\1" + MASK),
    # A quoted secret: everything up to the matching closing quote (spaces included).
    (re.compile(r"(?i)(" + _SECRET_FIELDS + r"['\"]?\s*[:=]\s*)(\"(?:\\.|[^\"\\])*\"?|"
                r"'(?:\\.|[^'\\])*'?)"), r"\1" + MASK),
    # An unquoted secret (query string, form, ``password=...`` in a message): to the next
    # separator of a query string, or the end of the line (a password may contain spaces).
    (re.compile(r"(?i)(" + _SECRET_FIELDS + r"\s*[:=]\s*)(?!\[disensor\])[^'\"&\n][^&\n]*"),
     r"\1" + MASK),
    # pydantic validation errors quote (part of) the rejected input: it may be a password or
    # a complaint's text, so it goes whole.
    (re.compile(r"input_value=.*?(?=, input_type=|\]$|$)", re.MULTILINE), "input_value=" + MASK),
)


def redact(text: str) -> str:
    """``text`` with bearer tokens, authorization headers, secrets and rejected inputs masked."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def is_sensitive_key(name: str) -> bool:
    """True for a field name that holds a secret or complaint/reporter content."""
    return bool(_SENSITIVE_KEY.search(str(name)))


def redact_value(value: Any, key: str | None = None) -> Any:
    """A copy of ``value`` safe to log: sensitive keys masked (deeply), strings through :func:`redact`."""
    if key is not None and is_sensitive_key(key):
        return MASK
    if isinstance(value, Mapping):
        return {k: redact_value(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [redact_value(v) for v in value]
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, int | float | bool) or value is None:
        return value
    return redact(str(value))


# Attributes every LogRecord has; anything else came in through ``extra=``.
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message", "asctime", "taskName"}


class RedactingFilter(logging.Filter):
    """Masks secrets and personal data in a record's arguments, extras, message and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drops a record."""
        for name in list(vars(record)):
            if name not in _STANDARD_ATTRS and not name.startswith("_"):
                setattr(record, name, redact_value(getattr(record, name), name))
        if record.args:
            if isinstance(record.args, Mapping):
                record.args = redact_value(record.args)
            else:
                record.args = tuple(redact_value(a) for a in record.args)
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def open_private(path: Path, mode: str = "w", encoding: str = "utf-8"):  # noqa: ANN201
    """Open ``path`` for writing, created 0600 (and tightened to 0600 if it already existed)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags, FILE_MODE)
    with contextlib.suppress(OSError):  # e.g. a file system without modes
        os.chmod(path, FILE_MODE)
    return os.fdopen(fd, mode, encoding=encoding)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to a new file readable by the owner only (crash reports)."""
    with open_private(path) as fh:
        fh.write(text)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose current and rotated files are all 0600."""

    def _open(self):  # noqa: ANN202 - logging's own hook
        return open_private(Path(self.baseFilename), self.mode, self.encoding or "utf-8")


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
        handlers.append(PrivateRotatingFileHandler(
            path, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8"))
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler._lapor = True  # type: ignore[attr-defined]
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    return path


def close_file_logs(log_dir: Path) -> None:
    """Detach and close every log file handler writing under ``log_dir`` (before deleting it)."""
    root = logging.getLogger()
    log_dir = Path(log_dir).resolve()
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and log_dir in Path(filename).resolve().parents:
            root.removeHandler(handler)
            handler.close()
