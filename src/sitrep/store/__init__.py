"""The store: one DuckDB file. Only this package opens connections or holds SQL."""

from sitrep.store.store import SCHEMA_VERSION, Store

__all__ = ["SCHEMA_VERSION", "Store"]
