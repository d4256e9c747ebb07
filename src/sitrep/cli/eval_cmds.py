"""`sitrep eval ...`: quality figures against gold data (see docs/benchmarks.md).

Each subcommand calls one function of `sitrep.evaluation` and prints its metrics; `--json`
prints one object.
"""

from __future__ import annotations

from collections.abc import Callable

import typer

eval_app = typer.Typer(help="Measure sitrep against gold data from ../shared (or --file).",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


def _json_option() -> bool:
    return typer.Option(False, "--json", help="Print one JSON object.")


def _split_option() -> str:
    return typer.Option(None, "--split", help="Only one half of the file: odd or even (PLOVER: "
                        "by the number ending the record id; ConfliBERT: by the sentence's "
                        "0-based position).")


def _dictionaries_option(default_note: str = "") -> list[str]:
    note = f" {default_note}" if default_note else ""
    return typer.Option(None, "--dictionaries",
                        help=f"A PETRARCH/TABARI dictionary folder (repeatable){note}.")


def _show(compute: Callable[[], object], format_result: Callable[[object], str],
          as_json: bool) -> None:
    """Run `compute` (errors mapped to one line and an exit code), then print its result:
    one JSON object with --json, else `format_result`'s text."""
    from sitrep.cli.common import handles_errors, out, print_json

    def run() -> None:
        result = compute()
        if as_json:
            print_json(result)
        else:
            out.print(format_result(result), markup=False)

    handles_errors(run)()


# -- issue 4: story dedup -------------------------------------------------------------------
@eval_app.command("dedup")
def eval_dedup(
    corpus: str = typer.Option(..., "--corpus", help="ecbplus, basil or mrpc."),
    as_json: bool = _json_option(),
    limit: int = typer.Option(None, "--limit", help="Only the first N documents (or pairs)."),
    shared: str = typer.Option(None, "--shared", help="The shared data folder [../shared]."),
) -> None:
    """B-cubed P/R/F1 of stories against gold groups (pairwise P/R/F1 for mrpc)."""
    from sitrep.evaluation.dedup import default_shared, evaluate_dedup, format_result

    _show(lambda: evaluate_dedup(corpus, default_shared(shared), limit=limit),
          format_result, as_json)


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
    dictionaries: list[str] = _dictionaries_option(),
    as_json: bool = _json_option(),
    limit: int = typer.Option(None, "--limit", help="Only the first N records."),
    prefix_countries: bool = typer.Option(
        False, "--prefix-countries", help="Read a code's country as its first three letters "
        "(SCGSRB -> SCG), not as sitrep does (SCGSRB -> SRB, TMP -> TLS)."),
    split: str = _split_option(),
) -> None:
    """PLOVER event-type accuracy, actor/recipient country match, confusions."""
    from sitrep.evaluation.plover import evaluate_plover, format_result

    _show(lambda: evaluate_plover(_coder_settings(ctx, dictionaries), file, limit=limit,
                                  prefix_countries=prefix_countries, split=split),
          format_result, as_json)


@eval_app.command("conflibert")
def eval_conflibert(
    ctx: typer.Context,
    file: str = typer.Option(None, "--file", help="A sentence<TAB>label file "
                             "[../shared/peers/conflibert_cameo/cameo_class/train.tsv]; with "
                             "--spans a CoNLL 'token tag' file [.../cameo_ner/train.txt]."),
    spans: bool = typer.Option(False, "--spans", help="Score source/target actor spans "
                               "(cameo_ner) instead of the classes."),
    dictionaries: list[str] = _dictionaries_option(),
    as_json: bool = _json_option(),
    limit: int = typer.Option(None, "--limit", help="Only the first N sentences."),
    split: str = _split_option(),
) -> None:
    """Macro-F1 of the 5 conflict/cooperation classes, per-class P/R/F1, confusion; with
    --spans, source/target span precision, recall and F1."""
    if spans:
        from sitrep.evaluation.conflibert_spans import evaluate_spans as evaluate
        from sitrep.evaluation.conflibert_spans import format_result
    else:
        from sitrep.evaluation.conflibert import evaluate_conflibert as evaluate
        from sitrep.evaluation.conflibert import format_result

    _show(lambda: evaluate(_coder_settings(ctx, dictionaries), file, limit=limit, split=split),
          format_result, as_json)


# -- issue 3: event coder (PETRARCH unit-test records) --------------------------------------
@eval_app.command("petrarch")
def eval_petrarch(
    ctx: typer.Context,
    file: str = typer.Option(None, "--file", help="PETRARCH records as JSON Lines "
                             "[../shared/peers/petrarch2/validation.jsonl]."),
    dictionaries: list[str] = _dictionaries_option(
        "[dictionaries/validate beside the records]"),
    builtin: bool = typer.Option(False, "--builtin", help="Also load the built-in dictionaries."),
    as_json: bool = _json_option(),
    limit: int = typer.Option(None, "--limit", help="Only the first N records."),
) -> None:
    """Exact-record rate and triple P/R/F1 on PETRARCH's unit-test records, with confusions."""
    from sitrep.evaluation.petrarch import evaluate_petrarch, format_result

    _show(lambda: evaluate_petrarch(_coder_settings(ctx, dictionaries), file, builtin=builtin,
                                    limit=limit),
          format_result, as_json)
