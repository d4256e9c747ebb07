"""The typer app, global options, and the command groups."""

from __future__ import annotations

from pathlib import Path

import typer

from sitrep import __version__
from sitrep.cli import analyse_cmds, ask_cmds, code_cmds, eval_cmds, store_cmds
from sitrep.config import load_settings

app = typer.Typer(
    name="sitrep",
    help="Turn raw news into stories, coded events and cited briefs. Exit codes: docs/errors.md.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Path = typer.Option(
        None, "--db", envvar="SITREP_DB", help="DuckDB file to use [default: ./sitrep.duckdb]."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Global options go before the command: `sitrep --db PATH ingest ...`."""
    ctx.obj = {"settings": load_settings(db=db)}


store_cmds.register(app)
eval_cmds.register(app)
code_cmds.register(app)
analyse_cmds.register(app)
ask_cmds.register(app)


def main() -> None:
    app()
