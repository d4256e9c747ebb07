"""Small helpers shared by the analyses: parties of actor codes, event dates, modality filters."""

from __future__ import annotations

from datetime import date

from sitrep.actor_codes import party
from sitrep.errors import BadInput
from sitrep.models import MODALITIES, Event


def parties(codes: list[str]) -> list[str]:
    """Distinct parties of a list of actor codes, in order."""
    seen: list[str] = []
    for c in codes:
        p = party(c)
        if p and p not in seen:
            seen.append(p)
    return seen


def modality_filter(modality: str | None) -> set[str] | None:
    """`asserted` (default) -> {"asserted"}; `all` -> None (no filter); any other modality."""
    if modality in (None, "", "asserted"):
        return {"asserted"}
    if modality == "all":
        return None
    if modality not in MODALITIES:
        raise BadInput("E112", input="--modality", value=modality,
                       choices=", ".join(("all", *MODALITIES)))
    return {modality}


def event_day(event: Event) -> date | None:
    """The day an event is placed on: its start date (None when it has no date)."""
    return event.date_start


def event_summary(event: Event) -> dict:
    """The short JSON form of an event used in analyses."""
    return {
        "event_id": event.event_id,
        "date_start": event.date_start.isoformat() if event.date_start else None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "date_precision": event.date_precision,
        "actor": list(event.actor),
        "recipient": list(event.recipient),
        "cameo_code": event.cameo_code,
        "plover_type": event.plover_type,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "modality": event.modality,
        "attributed_to": list(event.attributed_to),
        "place": event.place.name if event.place else None,
        "n_mentions": event.n_mentions,
        "n_outlets": event.n_outlets,
    }
