"""The `sitrep` command: a thin typer shell over the library (see docs/cli.md)."""

from sitrep.cli.app import app, main

__all__ = ["app", "main"]
