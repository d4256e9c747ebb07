"""Measuring sitrep against the field's gold data (docs/benchmarks.md). One module per set."""
