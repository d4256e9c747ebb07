"""Fixtures of the brief tests: the synthetic store of tests/analyse/synthetic.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sitrep.store import Store

_spec = importlib.util.spec_from_file_location(
    "ask_synthetic", Path(__file__).resolve().parents[1] / "analyse" / "synthetic.py")
synthetic = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(synthetic)
sys.modules["ask_synthetic"] = synthetic  # test modules: from ask_synthetic import ...


@pytest.fixture
def synth_ask(db_path):
    with Store(db_path) as s:
        events = synthetic.build(s)
    store = Store(db_path)
    yield store, events
    store.close()
