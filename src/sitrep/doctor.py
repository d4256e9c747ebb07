"""Install checks behind `sitrep doctor`: versions, the spaCy model, the database."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass

from sitrep.config import Settings


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def versions() -> str:
    import duckdb
    import spacy

    from sitrep import __version__

    return (f"sitrep {__version__}, Python {platform.python_version()}, "
            f"spaCy {spacy.__version__}, DuckDB {duckdb.__version__}")


def run_checks(settings: Settings) -> list[Check]:
    """Each check runs even if an earlier one failed; nothing is created as a side effect."""
    return [_check_model(settings), _check_database(settings)]


def _check_model(settings: Settings) -> Check:
    from sitrep.coding import make_coder

    try:
        coder = make_coder(settings)
    except Exception as e:  # report it, keep checking
        return Check("model", False, f"{settings.model}: {e}")
    return Check("model", True, f"{settings.model} {coder.nlp.meta.get('version')} loads: "
                                f"{', '.join(coder.nlp.pipe_names)}")


def _check_database(settings: Settings) -> Check:
    from sitrep.store import SCHEMA_VERSION, Store

    db = settings.db
    if not db.exists():
        folder = db.parent if str(db.parent) else db.cwd()
        if folder.is_dir() and os.access(folder, os.W_OK):
            return Check("database", True, f"{db} does not exist yet; {folder} is writable")
        return Check("database", False, f"{db}: folder {folder} is missing or not writable")
    try:
        with Store(db) as store:
            store.check_writable()
            return Check("database", True,
                         f"{db} writable, schema {store.schema_version()} "
                         f"(this sitrep: {SCHEMA_VERSION}); rows: {store.table_counts()}")
    except Exception as e:  # report it, keep checking
        return Check("database", False, f"{db}: {e}")
