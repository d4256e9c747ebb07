"""`sitrep code`: code events from JSON Lines records without storing them (issue 3)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from sitrep.cli.common import handles_errors, report_error, settings_of
from sitrep.errors import EXIT_OK, EXIT_REJECTED, NotFound


def register(app: typer.Typer) -> None:
    app.command("code")(code)


@handles_errors
def code(
    ctx: typer.Context,
    file: str = typer.Argument("-", help="JSON Lines of {id, text, published?}, or - (stdin)."),
    dictionaries: list[Path] = typer.Option(
        None, "--dictionaries", help="A PETRARCH/TABARI dictionary folder (repeatable)."),
    no_builtin: bool = typer.Option(
        False, "--no-builtin", help="Use only the --dictionaries folders."),
) -> None:
    """Write one JSON line {id, events: [...]} per input record (see docs/coding.md).

    Exit codes: 0 all records coded; 1 some records rejected (each named on stderr);
    4 bad dictionaries; 5 FILE not found.
    """
    from sitrep.coding import make_coder
    from sitrep.coding.jsonl import code_jsonl

    settings = settings_of(ctx).with_(dictionaries=tuple(dictionaries or ()),
                                      builtin_dictionaries=not no_builtin)
    rejected = 0

    def on_error(e) -> None:
        nonlocal rejected
        rejected += 1
        report_error(e)

    if file == "-":
        stream, source = sys.stdin, "stdin"
    else:
        path = Path(file)
        if not path.is_file():
            raise NotFound("E401", input=file, kind="file", value=file)
        stream, source = path.open(encoding="utf-8"), file
    coder = make_coder(settings)
    try:
        for obj in code_jsonl(stream, coder, source=source, on_error=on_error):
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    finally:
        if stream is not sys.stdin:
            stream.close()
    raise typer.Exit(EXIT_REJECTED if rejected else EXIT_OK)
