"""Ingest: read news from files, folders, feeds and stdin into Articles."""

from sitrep.ingest.dates import parse_published
from sitrep.ingest.readers import READERS, Defaults
from sitrep.ingest.sources import Input, expand, read_input

__all__ = ["READERS", "Defaults", "Input", "expand", "parse_published", "read_input"]
