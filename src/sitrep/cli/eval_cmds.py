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


# -- issue 4: story dedup -------------------------------------------------------------------
@eval_app.command("dedup")
def eval_dedup(
    corpus: str = typer.Option(..., "--corpus", help="ecbplus, basil or mrpc."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    limit: int = typer.Option(None, "--limit", help="Only the first N documents (or pairs)."),
    shared: str = typer.Option(None, "--shared", help="The shared data folder [../shared]."),
) -> None:
    """B-cubed P/R/F1 of stories against gold groups (pairwise P/R/F1 for mrpc)."""
    from sitrep.cli.common import handles_errors, out, print_json
    from sitrep.evaluation.dedup import default_shared, evaluate_dedup, format_result

    def run() -> None:
        result = evaluate_dedup(corpus, default_shared(shared), limit=limit)
        if as_json:
            print_json(result)
        else:
            out.print(format_result(result), markup=False)

    handles_errors(run)()
