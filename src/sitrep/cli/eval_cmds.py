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


# -- issue 3: event coder (PLOVER GSR, ConfliBERT classes) ----------------------------------
def _coder_settings(ctx: typer.Context, dictionaries: list[str] | None):
    from pathlib import Path

    from sitrep.cli.common import settings_of

    settings = settings_of(ctx)
    if dictionaries:
        settings = settings.with_(dictionaries=tuple(Path(d) for d in dictionaries))
    return settings


@eval_app.command("plover")
def eval_plover(
    ctx: typer.Context,
    file: str = typer.Option(None, "--file", help="A PLOVER GSR JSON file "
                             "[../shared/peers/plover_gsr_cameo/PLOVER_GSR_CAMEO.txt]."),
    dictionaries: list[str] = typer.Option(None, "--dictionaries", help="A PETRARCH/TABARI "
                                           "dictionary folder (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    limit: int = typer.Option(None, "--limit", help="Only the first N records."),
) -> None:
    """PLOVER event-type accuracy, actor/recipient country match, confusions."""
    from sitrep.cli.common import handles_errors, out, print_json
    from sitrep.evaluation.plover import evaluate_plover, format_result

    def run() -> None:
        result = evaluate_plover(_coder_settings(ctx, dictionaries), file, limit=limit)
        if as_json:
            print_json(result)
        else:
            out.print(format_result(result), markup=False)

    handles_errors(run)()


@eval_app.command("conflibert")
def eval_conflibert(
    ctx: typer.Context,
    file: str = typer.Option(None, "--file", help="A sentence<TAB>label file "
                             "[../shared/peers/conflibert_cameo/cameo_class/train.tsv]."),
    dictionaries: list[str] = typer.Option(None, "--dictionaries", help="A PETRARCH/TABARI "
                                           "dictionary folder (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    limit: int = typer.Option(None, "--limit", help="Only the first N sentences."),
) -> None:
    """Macro-F1 of the 5 conflict/cooperation classes, per-class P/R/F1, confusion."""
    from sitrep.cli.common import handles_errors, out, print_json
    from sitrep.evaluation.conflibert import evaluate_conflibert, format_result

    def run() -> None:
        result = evaluate_conflibert(_coder_settings(ctx, dictionaries), file, limit=limit)
        if as_json:
            print_json(result)
        else:
            out.print(format_result(result), markup=False)

    handles_errors(run)()


# -- issue 3: event coder (PETRARCH unit-test records) --------------------------------------
@eval_app.command("petrarch")
def eval_petrarch(
    ctx: typer.Context,
    file: str = typer.Option(None, "--file", help="PETRARCH records as JSON Lines "
                             "[../shared/peers/petrarch2/validation.jsonl]."),
    dictionaries: list[str] = typer.Option(None, "--dictionaries", help="A PETRARCH/TABARI "
                                           "dictionary folder (repeatable) [dictionaries/"
                                           "validate beside the records]."),
    builtin: bool = typer.Option(False, "--builtin", help="Also load the built-in dictionaries."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    limit: int = typer.Option(None, "--limit", help="Only the first N records."),
) -> None:
    """Exact-record rate and triple P/R/F1 on PETRARCH's unit-test records, with confusions."""
    from sitrep.cli.common import handles_errors, out, print_json
    from sitrep.evaluation.petrarch import evaluate_petrarch, format_result

    def run() -> None:
        result = evaluate_petrarch(_coder_settings(ctx, dictionaries), file, builtin=builtin,
                                   limit=limit)
        if as_json:
            print_json(result)
        else:
            out.print(format_result(result), markup=False)

    handles_errors(run)()
