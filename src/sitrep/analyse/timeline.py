"""Timeline: events in date order, optionally those of one actor or one dyad."""

from __future__ import annotations

from datetime import date

from sitrep.analyse.common import event_summary, modality_filter
from sitrep.models import Event
from sitrep.store import Store


def timeline(
    store: Store,
    *,
    actor: str | None = None,
    dyad: tuple[str, str] | None = None,
    modality: str | None = "all",
) -> dict:
    """Events by date (undated events last). Actor codes match by prefix (PRK ~ PRKGOV).

    `dyad=(A, B)` keeps events where A acts on B or B acts on A. Unlike the counts of `dyads`,
    a timeline lists every modality by default (each event shows its modality).
    """
    keep = modality_filter(modality)
    if dyad:
        found = {e.event_id: e for e in store.events(dyad=dyad)}
        found.update({e.event_id: e for e in store.events(dyad=(dyad[1], dyad[0]))})
        events = sorted(found.values(), key=_order)
    else:
        events = sorted(store.events(actor=actor), key=_order)
    rows = [event_summary(e) for e in events if keep is None or e.modality in keep]
    return {
        "actor": actor,
        "dyad": list(dyad) if dyad else None,
        "modality": modality or "all",
        "events": rows,
    }


def _order(e: Event) -> tuple:
    return (e.date_start is None, e.date_start or date.min, e.event_id)
