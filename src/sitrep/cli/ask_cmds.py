"""`sitrep ask`: a cited brief for an analyst's question (issue 5; docs/ask.md)."""

from __future__ import annotations

from pathlib import Path

import typer

from sitrep.cli.common import err, handles_errors, open_store, out
from sitrep.errors import BadInput


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)


@handles_errors
def ask(
    ctx: typer.Context,
    question: str = typer.Argument(..., help="The question, in quotes."),
    fmt: str = typer.Option("text", "--format", help="text, md, html or json."),
    out_path: Path = typer.Option(None, "--out", help="Write the brief to this file."),
    writer: str = typer.Option(
        None, "--writer", help="openai: phrase the brief through an OpenAI-compatible server."),
    endpoint: str = typer.Option(None, "--endpoint", help="The writer's base URL."),
    model: str = typer.Option("default", "--model", help="The writer's model name."),
) -> None:
    """Answer a question from the stored events: focus, key facts with citations, contested
    claims, dyad trends, upcoming events, implications and gaps."""
    from sitrep.ask import ask as run
    from sitrep.ask.render import FORMATS, render, rich_renderable

    if fmt not in FORMATS:
        raise BadInput("E112", input="--format", value=fmt, choices=", ".join(FORMATS))
    with open_store(ctx, read_only=True) as store:
        brief = run(store, question, writer=writer, endpoint=endpoint, model=model)
    if out_path is not None:
        try:
            out_path.write_text(render(brief, fmt), "utf-8")
        except OSError as exc:
            raise BadInput("E201", input=str(out_path), detail=exc.strerror or str(exc)) \
                from exc
        err.print(f"sitrep: wrote the brief to {out_path}", markup=False)
    elif fmt == "text":
        out.print(rich_renderable(brief))
    else:
        typer.echo(render(brief, fmt), nl=False)
