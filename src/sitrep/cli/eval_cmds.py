"""`sitrep eval ...`: quality figures against gold data (see docs/benchmarks.md).

Each subcommand calls one function of `sitrep.evaluation` and prints its metrics; `--json`
prints one object.
"""

from __future__ import annotations

import typer

eval_app = typer.Typer(help="Measure sitrep against gold data from ../shared (or --file).",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
