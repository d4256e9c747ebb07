"""Dyad series: Goldstein sum and mean and QuadClass counts per (actor, recipient) per period."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sitrep.analyse.common import modality_filter, parties
from sitrep.errors import BadInput
from sitrep.store import Store

PERIODS = ("day", "week")


def period_of(day: date, by: str) -> str:
    """The period label of a day: ISO date, or the Monday of its ISO week."""
    if by == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return day.isoformat()


def dyads(
    store: Store,
    *,
    by: str = "day",
    modality: str | None = "asserted",
    actors: list[str] | None = None,
) -> dict:
    """Per dyad (acting party -> recipient party, countries or organisations) and period.

    An event with compound actors counts once for each (actor party, recipient party) pair.
    Events without a date or without a recipient are not in any series; their number is
    reported. Only `asserted` events count unless `modality` says otherwise ("all" or one
    modality). `actors`, if given, keeps the dyads whose two parties are both in it.
    """
    if by not in PERIODS:
        raise BadInput("E112", input="--by", value=by, choices=", ".join(PERIODS))
    keep = modality_filter(modality)
    wanted = {a.upper() for a in actors} if actors else None
    cells: dict[tuple[str, str, str], dict] = defaultdict(
        lambda: {"n_events": 0, "goldstein_sum": 0.0, "n_goldstein": 0,
                 "quad": {1: 0, 2: 0, 3: 0, 4: 0}, "event_ids": []}
    )
    skipped_undated = skipped_modality = 0
    for e in store.events():
        if keep is not None and e.modality not in keep:
            skipped_modality += 1
            continue
        if e.date_start is None:
            skipped_undated += 1
            continue
        period = period_of(e.date_start, by)
        for a in parties(e.actor):
            for r in parties(e.recipient):
                if a == r:
                    continue
                if wanted is not None and not (_in(a, wanted) and _in(r, wanted)):
                    continue
                cell = cells[(a, r, period)]
                cell["n_events"] += 1
                if e.goldstein is not None:
                    cell["goldstein_sum"] += e.goldstein
                    cell["n_goldstein"] += 1
                if e.quad_class in (1, 2, 3, 4):
                    cell["quad"][e.quad_class] += 1
                cell["event_ids"].append(e.event_id)
    rows = []
    for (a, r, period), c in sorted(cells.items()):
        n = c["n_goldstein"]
        rows.append({
            "actor": a, "recipient": r, "period": period, "n_events": c["n_events"],
            "goldstein_sum": round(c["goldstein_sum"], 3),
            "goldstein_mean": round(c["goldstein_sum"] / n, 3) if n else None,
            "quad1": c["quad"][1], "quad2": c["quad"][2],
            "quad3": c["quad"][3], "quad4": c["quad"][4],
            "event_ids": c["event_ids"],
        })
    label = "asserted events only" if keep == {"asserted"} else (
        "all modalities" if keep is None else f"{modality} events only")
    return {
        "by": by,
        "modality": modality or "asserted",
        "note": f"counts {label}; undated events are left out",
        "skipped_undated": skipped_undated,
        "skipped_modality": skipped_modality,
        "rows": rows,
    }


def _in(p: str, wanted: set[str]) -> bool:
    return any(p.startswith(w) or w.startswith(p) for w in wanted)
