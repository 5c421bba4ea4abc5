"""Column types shared by the ORM models and the migrations.

Instants are stored as naive UTC text in SQLite's fixed-width format (``YYYY-MM-DD HH:MM:SS.ffffff``)
so that text order is time order and indexes sort correctly; every value crossing this boundary
is aware in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _


class _SQLiteDateTime(sqlite.DATETIME):
    """SQLite's DATETIME (same storage format and DDL), read straight to an aware UTC value.

    SQLAlchemy's own reader runs a regular expression per value and the decorator then replaced
    the tzinfo in a second call; on a queue page (three instants a row) that cost three times
    SQLite's whole query. ``fromisoformat`` reads the fixed-width format, and the shorter forms
    SQLite itself writes, in C and in one call.
    """

    def result_processor(self, dialect: Dialect,
                         coltype: object) -> Callable[[Any], dt.datetime | None]:
        parse, utc = dt.datetime.fromisoformat, dt.UTC

        def process(value: Any) -> dt.datetime | None:
            if value is None:
                return None
            if isinstance(value, dt.datetime):
                return value.replace(tzinfo=utc)
            try:
                return parse(value + "+00:00")
            except ValueError:  # a form the fast path does not take (an offset, 2-digit fraction)
                return _tolerant(value)

        return process


def _tolerant(value: str) -> dt.datetime:
    """Read text another writer left in a datetime column (an offset, any fraction length)."""
    text = value.strip().replace("Z", "+00:00")
    head, dot, tail = text.partition(".")
    if dot:  # pad or cut the fraction to six digits: fromisoformat takes three or six
        digits = "".join(c for c in tail if c.isdigit())
        text = f"{head}.{(digits + '000000')[:6]}{tail[len(digits):]}"
    parsed = dt.datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


class _AwareDateTime(sa.DateTime):
    """Any other dialect's DATETIME, with the UTC zone put back on what it reads."""

    def result_processor(self, dialect: Dialect,
                         coltype: object) -> Callable[[Any], dt.datetime | None]:
        inner = super().result_processor(dialect, coltype)

        def process(value: Any) -> dt.datetime | None:
            value = inner(value) if inner is not None else value
            return None if value is None else value.replace(tzinfo=dt.UTC)

        return process


class UTCDateTime(sa.types.TypeDecorator[dt.datetime]):
    """Aware datetime stored as naive UTC; refuses naive input and returns aware UTC values
    (the dialect's reader, :class:`_SQLiteDateTime`, puts the zone back).

    Refusing naive values here catches a whole class of bugs (local time written as if UTC)
    at the one place every write passes through.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.tzinfo is None \
                or value.utcoffset() is None:
            raise InvalidDataError(_("Waktu tanpa zona waktu tidak dapat disimpan: {value!r}")
                .format(value=value),
                                   field="datetime", value=value)
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def load_dialect_impl(self, dialect: Dialect) -> sa.types.TypeEngine[Any]:
        # Reading is done by the impl (no process_result_value here): one call per value.
        if dialect.name == "sqlite":
            return _SQLiteDateTime()
        return _AwareDateTime()


def sqlite_text(value: dt.datetime) -> str:
    """The exact text SQLite holds for ``value`` (for raw-SQL checks and bulk tools)."""
    naive = value.astimezone(dt.UTC).replace(tzinfo=None)
    return naive.strftime("%Y-%m-%d %H:%M:%S.%f")
