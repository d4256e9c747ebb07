"""sitrep: turn raw news into stories, coded events and answers with cited evidence.

The public Python API; see docs/index.md.
"""

__version__ = "0.1.0"

from sitrep.config import Settings, load_settings  # noqa: E402
from sitrep.errors import BadConfig, BadInput, NotFound, SitrepError, StoreError  # noqa: E402
from sitrep.models import Article, Event, Mention, Place, Sentence, Story  # noqa: E402
from sitrep.pipeline import IngestReport, ingest, ingest_articles  # noqa: E402
from sitrep.store import Store  # noqa: E402

__all__ = [
    "Article",
    "BadConfig",
    "BadInput",
    "Event",
    "IngestReport",
    "Mention",
    "NotFound",
    "Place",
    "Sentence",
    "Settings",
    "SitrepError",
    "Store",
    "StoreError",
    "Story",
    "__version__",
    "ingest",
    "ingest_articles",
    "load_settings",
]
