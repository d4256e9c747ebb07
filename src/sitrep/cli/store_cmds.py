"""Commands that fill and list the store: ingest, articles, stories, events, doctor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitrep.cli.common import (
    date_span,
    err,
    handles_errors,
    open_store,
    out,
    parse_dyad,
    print_json,
    report_error,
    settings_of,
    usage_error,
    usage_errors,
)
from sitrep.errors import EXIT_OK, EXIT_REJECTED, BadInput
from sitrep.ingest import READERS, Defaults, parse_published


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("articles")(articles)
    app.command("stories")(stories)
    app.command("events")(events)
    app.command("doctor")(doctor)


@handles_errors
def ingest(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    published: str = typer.Option(
        None, "--published", help="Published date for inputs that carry none (e.g. 2023-08-14)."
    ),
    outlet: str = typer.Option(None, "--outlet", help="Outlet name for inputs that carry none."),
    fmt: str = typer.Option(
        None, "--format", help=f"Force the input format: {', '.join(sorted(READERS))}."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    one_a_day: bool = typer.Option(
        False, "--one-a-day",
        help="Count same-dyad, same-code, same-day events of different stories as one event.",
    ),
    processes: int = typer.Option(
        1, "--processes", help="Parser worker processes (spaCy n_process); 1 = this process."),
    dictionaries: list[Path] = typer.Option(  # issue 3: PETRARCH/TABARI dictionary folders
        None, "--dictionaries", help="A PETRARCH/TABARI dictionary folder (repeatable)."),
) -> None:
    """Ingest articles: text, HTML, JSON Lines, CSV, RSS/Atom, folders, stdin.

    The format comes from the file extension, else from the content (or --format). JSON Lines
    and CSV records use the fields text, title, url, published and outlet; other fields are kept
    as metadata. A plain-text file may start with a block of `key: value` lines between two
    `---` lines giving the same fields. An article's id is a hash of its normalised text, so
    ingesting the same text again changes nothing. README and LICENSE files and hidden files in
    folders are skipped. Files larger than SITREP_MAX_BYTES (default 20 MiB) are rejected.

    Exit codes: 0 all stored or skipped as duplicate; 1 some inputs rejected (each named on
    stderr); 2 bad options; 3 database error (nothing from the failing batch stored).
    """
    from sitrep.pipeline import ingest as run_ingest

    settings = settings_of(ctx)
    if dictionaries:
        settings = settings.with_(dictionaries=tuple(dictionaries))
    if one_a_day:
        settings = settings.with_(one_a_day=True)
    if processes < 1:
        usage_error(BadInput("E201", input="--processes", detail="must be 1 or more"))
    settings = settings.with_(processes=processes)
    if fmt is not None and fmt not in READERS:
        usage_error(BadInput("E112", input="--format", value=fmt,
                             choices=", ".join(sorted(READERS))))
    with usage_errors():
        default_date: date | None = parse_published(published, input="--published")
    defaults = Defaults(published=default_date, outlet=outlet)
    with open_store(ctx) as store:
        with Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
            disable=not err.is_terminal,
        ) as bar:
            task = bar.add_task("ingesting", total=None)
            report = run_ingest(
                paths, store, settings, fmt=fmt, defaults=defaults,
                progress=lambda n, total: bar.update(task, advance=n, total=total),
                on_error=report_error,
            )
    if as_json:
        print_json(report.to_dict())
    else:
        err.print(f"sitrep: {report.summary()}", markup=False)
    raise typer.Exit(EXIT_OK if report.ok else EXIT_REJECTED)


@handles_errors
def articles(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    story: str = typer.Option(None, "--story", help="Only the articles of this story."),
) -> None:
    """List stored articles."""
    with open_store(ctx, read_only=True) as store:
        rows = store.articles(story_id=story)
    if as_json:
        print_json(rows)
        return
    table = Table("article_id", "published", "outlet", "title", "story_id", "source")
    for r in rows:
        table.add_row(r["article_id"], str(r["published"] or ""), r["outlet"] or "",
                      (r["title"] or r["text"][:60]).strip(), r["story_id"] or "", r["source"])
    out.print(table)
    out.print(f"{len(rows)} articles")


@handles_errors
def stories(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
) -> None:
    """List stories (clusters of copies and rewrites of one report) with their articles."""
    with open_store(ctx, read_only=True) as store:
        rows = store.stories()
    if as_json:
        print_json(rows)
        return
    for s in rows:
        out.print(
            f"[bold]{s.story_id}[/bold]  {s.first_seen or '?'}..{s.last_seen or '?'}  "
            f"{s.n_articles} articles, {s.n_outlets} outlets  {(s.headline or '')[:80]}"
        )
        for a in s.articles:
            out.print(f"    {a['article_id']}  {a['published'] or '?'}  {a['outlet'] or '-'}  "
                      f"{(a['title'] or '')[:60]}", markup=False)
    out.print(f"{len(rows)} stories")


@handles_errors
def events(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array."),
    actor: str = typer.Option(None, "--actor", help="Actor code or prefix (e.g. PRK)."),
    dyad: str = typer.Option(None, "--dyad", help="Two actor codes: A,B (A acts on B)."),
    code: str = typer.Option(None, "--code", help="CAMEO code prefix (e.g. 19)."),
    modality: str = typer.Option(None, "--modality", help="Only this modality."),
    since: str = typer.Option(None, "--since", help="Events ending on or after this date."),
    until: str = typer.Option(None, "--until", help="Events starting on or before this date."),
    mentions: bool = typer.Option(False, "--mentions", help="Include each event's mentions."),
) -> None:
    """List stored events (one row per event, however many articles mention it)."""
    with usage_errors():
        pair = parse_dyad(dyad)
        since_date = parse_published(since, input="--since")
        until_date = parse_published(until, input="--until")
    with open_store(ctx, read_only=True) as store:
        rows = store.events(
            actor=actor, dyad=pair, cameo=code, modality=modality,
            since=since_date, until=until_date,
            with_mentions=mentions or as_json,
        )
    if as_json:
        print_json([e.to_dict() for e in rows])
        return
    table = Table("event_id", "date", "actor", "cameo", "recipient", "modality", "by",
                  "plover", "n")
    for e in rows:
        table.add_row(e.event_id, date_span(e.date_start, e.date_end), ",".join(e.actor),
                      e.cameo_code, ",".join(e.recipient),
                      e.modality, ",".join(e.attributed_to), e.plover_type or "",
                      str(e.n_mentions))
    out.print(table)
    out.print(f"{len(rows)} events")


@handles_errors
def doctor(ctx: typer.Context) -> None:
    """Check the install: versions, the spaCy model, a writable database. Exit 1 if one fails."""
    from sitrep.doctor import run_checks, versions

    out.print(versions(), markup=False)
    checks = run_checks(settings_of(ctx))
    for c in checks:
        out.print(f"{'ok  ' if c.ok else 'FAIL'} {c.name} {c.detail}", markup=False)
    raise typer.Exit(0 if all(c.ok for c in checks) else 1)
