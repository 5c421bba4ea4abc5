"""Spreadsheet cells that can never become formulas (CSV/formula injection, OWASP).

A complaint title or a server's message starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is run as a formula by Excel and LibreOffice when the file is opened (``=HYPERLINK``
to leak data, ``=cmd|...`` DDE on old Excel). OWASP's advice: prefix such a cell with a single
quote so it is shown as text. Numbers stay numbers; only text is touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` ready for a spreadsheet cell: text that looks like a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """:func:`safe_cell` on every value of a row."""
    return [safe_cell(v) for v in values]
