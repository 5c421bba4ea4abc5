"""Column types shared by the ORM models and the migrations.

Instants are stored as naive UTC text in SQLite's fixed-width format (``YYYY-MM-DD HH:MM:SS.ffffff``)
so that text order is time order and indexes sort correctly; every value crossing this boundary
is aware in Python.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _


class UTCDateTime(sa.types.TypeDecorator[dt.datetime]):
    """Aware datetime stored as naive UTC; refuses naive input and returns aware UTC values.

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

    def process_result_value(self, value: dt.datetime | None,
                             dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def sqlite_text(value: dt.datetime) -> str:
    """The exact text SQLite holds for ``value`` (for raw-SQL checks and bulk tools)."""
    naive = value.astimezone(dt.UTC).replace(tzinfo=None)
    return naive.strftime("%Y-%m-%d %H:%M:%S.%f")
