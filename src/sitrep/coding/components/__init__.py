"""The coder's spaCy components; importing this package registers their factories."""

from sitrep.coding.components import actors, discourse, events

__all__ = ["actors", "discourse", "events"]
