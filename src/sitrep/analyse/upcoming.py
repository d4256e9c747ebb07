"""Upcoming: planned (scheduled, future) events in date order."""

from __future__ import annotations

from datetime import date

from sitrep.analyse.common import event_summary
from sitrep.store import Store


def upcoming(store: Store, *, after: date | None = None, actor: str | None = None) -> list[dict]:
    """Events with modality `planned`, by start date (undated last); `after` keeps those that
    end on or after that day."""
    events = store.events(modality="planned", since=after, actor=actor)
    events.sort(key=lambda e: (e.date_start is None, e.date_start or date.min, e.event_id))
    return [event_summary(e) for e in events]
