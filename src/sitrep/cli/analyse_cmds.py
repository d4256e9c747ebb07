"""Analysis commands: timeline, dyads, network, upcoming, and export (issue 5)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from sitrep.cli.common import (
    date_span,
    err,
    handles_errors,
    open_store,
    out,
    parse_dyad,
    print_json,
)


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline)
    app.command("dyads")(dyads)
    app.command("network")(network)
    app.command("upcoming")(upcoming)
    app.command("export")(export)


@handles_errors
def timeline(
    ctx: typer.Context,
    actor: str = typer.Option(None, "--actor", help="Actor code or prefix (e.g. PRK)."),
    dyad: str = typer.Option(None, "--dyad", help="Two actor codes A,B (either direction)."),
    modality: str = typer.Option("all", "--modality", help="all (default), or one modality."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Events in date order (every modality unless --modality; each row shows its modality)."""
    from sitrep.analyse import timeline as run

    with open_store(ctx, read_only=True) as store:
        result = run(store, actor=actor and actor.upper(), dyad=parse_dyad(dyad, upper=True),
                     modality=modality)
    if as_json:
        print_json(result)
        return
    table = Table("date", "actor", "cameo", "recipient", "modality", "by", "event_id")
    for e in result["events"]:
        table.add_row(date_span(e["date_start"], e["date_end"], "undated"), ",".join(e["actor"]),
                      e["cameo_code"], ",".join(e["recipient"]),
                      e["modality"], ",".join(e["attributed_to"]), e["event_id"])
    out.print(table)
    out.print(f"{len(result['events'])} events ({result['modality']} modalities)")


@handles_errors
def dyads(
    ctx: typer.Context,
    by: str = typer.Option("day", "--by", help="day or week (weeks start on Monday)."),
    modality: str = typer.Option("asserted", "--modality",
                                 help="asserted (default), all, or one modality."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Goldstein sum and mean and QuadClass counts per dyad per day or week."""
    from sitrep.analyse import dyads as run

    with open_store(ctx, read_only=True) as store:
        result = run(store, by=by, modality=modality)
    if as_json:
        print_json(result)
        return
    table = Table(by, "actor", "recipient", "events", "Goldstein sum", "mean", "Q1", "Q2",
                  "Q3", "Q4")
    for r in result["rows"]:
        mean = "" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:+.2f}"
        table.add_row(r["period"], r["actor"], r["recipient"], str(r["n_events"]),
                      f"{r['goldstein_sum']:+.2f}", mean, str(r["quad1"]), str(r["quad2"]),
                      str(r["quad3"]), str(r["quad4"]))
    out.print(table)
    out.print(f"Note: {result['note']} (use --modality all to include every modality).",
              markup=False)


@handles_errors
def network(
    ctx: typer.Context,
    modality: str = typer.Option("asserted", "--modality",
                                 help="asserted (default), all, or one modality."),
    as_json: bool = typer.Option(False, "--json", help="Print networkx node-link JSON."),
) -> None:
    """Actor network: parties as nodes, edges weighted by events from actor to recipient."""
    from sitrep.analyse import network as run

    with open_store(ctx, read_only=True) as store:
        result = run(store, modality=modality)
    if as_json:
        print_json(result)
        return
    table = Table("actor", "recipient", "events", "Goldstein sum")
    for link in sorted(result["links"], key=lambda x: -x["weight"]):
        table.add_row(link["source"], link["target"], str(link["weight"]),
                      f"{link['goldstein_sum']:+.2f}")
    out.print(table)
    out.print(f"{len(result['nodes'])} actors, {len(result['links'])} edges "
              f"({result['modality']} events)")


@handles_errors
def upcoming(
    ctx: typer.Context,
    actor: str = typer.Option(None, "--actor", help="Actor code or prefix."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """Planned (scheduled) events by date."""
    from sitrep.analyse import upcoming as run

    with open_store(ctx, read_only=True) as store:
        rows = run(store, actor=actor and actor.upper())
    if as_json:
        print_json(rows)
        return
    table = Table("date", "actor", "cameo", "recipient", "place", "event_id")
    for e in rows:
        table.add_row(date_span(e["date_start"], e["date_end"], "undated"), ",".join(e["actor"]),
                      e["cameo_code"], ",".join(e["recipient"]),
                      e["place"] or "", e["event_id"])
    out.print(table)
    out.print(f"{len(rows)} planned events")


@handles_errors
def export(
    ctx: typer.Context,
    fmt: str = typer.Option(..., "--format", help="csv, jsonl, parquet or gdelt."),
    out_path: Path = typer.Option(None, "--out", help="File to write [default: stdout]."),
    modality: str = typer.Option(
        None, "--modality",
        help="Only this modality, or all [default: all; gdelt: asserted]."),
    header: bool = typer.Option(False, "--header", help="gdelt: write a header row."),
) -> None:
    """Write events with their mentions (gdelt: the GDELT 2.0 event table; docs/export.md)."""
    from sitrep.store.export import export as run

    with open_store(ctx, read_only=True) as store:
        n = run(store, fmt, out_path, modality=modality, header=header)
    if out_path is not None:
        err.print(f"sitrep: wrote {n} rows to {out_path}", markup=False)
