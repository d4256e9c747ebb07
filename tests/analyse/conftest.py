"""Fixtures of the analysis tests: a synthetic store in a real DuckDB file."""

from __future__ import annotations

import pytest

from sitrep.store import Store


@pytest.fixture
def synth(db_path):
    from synthetic import build

    with Store(db_path) as s:
        events = build(s)
    store = Store(db_path)
    yield store, events
    store.close()
