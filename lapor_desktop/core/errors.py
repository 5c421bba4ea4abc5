"""Typed errors of the domain.

Every error the officer can cause or meet in normal use is a :class:`KnownError`: the GUI shows its
message (already phrased for a person) instead of a traceback. Anything else is a bug and goes to the
crash dialog and the log. This is qutebrowser's "known error vs bug" split.
"""

from __future__ import annotations


class LaporError(Exception):
    """Base of every error raised on purpose by LAPOR! Desktop."""


class KnownError(LaporError):
    """An expected failure with a message fit to show the officer as it is."""


class InvalidDataError(KnownError, ValueError):
    """Data from any source (server, file, user) does not fit the domain: bad date, unknown value.

    ``field`` names what was wrong, ``value`` holds the offending value (repr-safe, may be truncated).
    """

    def __init__(self, message: str, *, field: str | None = None, value: object = None):
        super().__init__(message)
        self.field = field
        self.value = value


class UnknownStatusError(InvalidDataError):
    """A status string that is not one of the server statuses LAPOR! shows."""


class ActionNotAllowedError(KnownError):
    """The officer tried an action the complaint's current status does not allow."""

    def __init__(self, message: str, *, status: str, action: str):
        super().__init__(message)
        self.status = status
        self.action = action


class StoreError(KnownError):
    """The local store cannot be used as it is (corrupt, newer than this app, locked)."""

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(message)
        self.path = path


class DatabaseCorruptError(StoreError):
    """The database file is damaged; a copy was kept and the file was not touched."""


class DatabaseTooNewError(StoreError):
    """The database was written by a newer version of the app; it is left as it is."""


class DatabaseLockedError(StoreError):
    """Another copy of the app holds the database."""
