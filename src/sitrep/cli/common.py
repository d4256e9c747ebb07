"""What every command shares: the settings from global options, output, error mapping."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import wraps
from typing import NoReturn

import typer
from rich.console import Console

from sitrep.config import Settings
from sitrep.errors import EXIT_INTERNAL, EXIT_USAGE, BadInput, NotFound, SitrepError
from sitrep.store import Store

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def settings_of(ctx: typer.Context) -> Settings:
    return ctx.find_root().obj["settings"]


@contextmanager
def open_store(ctx: typer.Context, *, read_only: bool = False) -> Iterator[Store]:
    settings = settings_of(ctx)
    if read_only and not settings.db.exists():
        # Listing must not create an empty database as a side effect.
        raise NotFound("E401", kind="database", value=f"{settings.db} (run `sitrep ingest` first)")
    store = Store(settings.db, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def report_error(e: SitrepError) -> None:
    err.print(f"sitrep: {e.line()}", markup=False)


def usage_error(e: BadInput) -> NoReturn:
    """A bad option value: one line on stderr, then exit 2 (EXIT_USAGE)."""
    report_error(e)
    raise typer.Exit(EXIT_USAGE) from None


@contextmanager
def usage_errors() -> Iterator[None]:
    """Treat BadInput raised inside (e.g. while parsing an option) as a usage error."""
    try:
        yield
    except BadInput as e:
        usage_error(e)


def parse_dyad(dyad: str | None, *, upper: bool = False) -> tuple[str, str] | None:
    """`--dyad A,B` as (A, B) (upper-cased if `upper`); None when not given."""
    if not dyad:
        return None
    parts = [p.strip() for p in dyad.split(",") if p.strip()]
    if upper:
        parts = [p.upper() for p in parts]
    if len(parts) != 2:
        raise BadInput("E201", input="--dyad", detail="expected two codes: A,B")
    return parts[0], parts[1]


def date_span(start: object, end: object, missing: str = "") -> str:
    """`start` or `missing`, then `..end` when the span ends on another date."""
    when = str(start or missing)
    if end and end != start:
        when += f"..{end}"
    return when


def handles_errors(fn: Callable) -> Callable:
    """Map library errors to one line on stderr and the documented exit code."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except SitrepError as e:
            report_error(e)
            # A bad option value is a usage error (exit 2), whichever layer noticed it.
            option = isinstance(e, BadInput) and (e.input or "").startswith("--")
            raise typer.Exit(EXIT_USAGE if option else e.exit_code) from None
        except KeyboardInterrupt:
            err.print("sitrep: interrupted; nothing from the unfinished batch was stored")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: one line, not a traceback, unless SITREP_DEBUG
            import os

            if os.environ.get("SITREP_DEBUG"):
                raise
            err.print(f"sitrep: internal error: {type(e).__name__}: {e} [E999]", markup=False)
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper


def _default(o: object) -> object:
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if hasattr(o, "to_dict"):
        return o.to_dict()
    if hasattr(o, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(o)
    return str(o)


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=_default, indent=2) + "\n")
