"""The public Python API: every name in `sitrep.__all__` exists."""

from __future__ import annotations

import sitrep


def test_all_names_resolve():
    assert sitrep.__all__, "sitrep.__all__ is empty"
    missing = [name for name in sitrep.__all__ if not hasattr(sitrep, name)]
    assert missing == []


def test_all_has_no_duplicates_and_core_names():
    assert len(sitrep.__all__) == len(set(sitrep.__all__))
    assert {"Article", "Store", "ingest", "load_settings", "SitrepError"} <= set(sitrep.__all__)


def test_version_is_a_string():
    assert isinstance(sitrep.__version__, str) and sitrep.__version__.count(".") >= 1
