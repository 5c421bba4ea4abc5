"""A seeded store for the report tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lapor_desktop.store import Store, open_store
from tests.unit.reports.seeding import seed_store


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[tuple[Store, list]]:
    store = open_store(tmp_path / "lapor.db")
    complaints = seed_store(store)
    yield store, complaints
    store.close()
