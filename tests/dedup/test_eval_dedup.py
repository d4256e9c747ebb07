"""`sitrep eval dedup` on small slices of the gold corpora; B-cubed on known clusterings."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitrep.cli.app import app
from sitrep.evaluation.dedup import bcubed


def test_bcubed_known_values():
    assert bcubed(["x", "x", "y"], ["a", "a", "b"])["bcubed_f1"] == 1.0
    one = bcubed(["x", "x", "x", "x"], ["a", "a", "b", "b"])
    assert one["bcubed_precision"] == 0.5 and one["bcubed_recall"] == 1.0
    split = bcubed(["x", "y"], ["a", "a"])
    assert split["bcubed_precision"] == 1.0 and split["bcubed_recall"] == 0.5


def test_eval_dedup_json(shared):
    runner = CliRunner()
    res = runner.invoke(app, ["eval", "dedup", "--corpus", "basil", "--json", "--limit", "45",
                              "--shared", str(shared)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["n_docs"] == 45 and 0.0 < data["bcubed_f1"] <= 1.0
    res = runner.invoke(app, ["eval", "dedup", "--corpus", "mrpc", "--json", "--limit", "200",
                              "--shared", str(shared)])
    assert res.exit_code == 0, res.output
    assert 0.0 < json.loads(res.stdout)["pairwise_f1"] <= 1.0


def test_eval_dedup_unknown_corpus_is_one_line(shared):
    res = CliRunner().invoke(app, ["eval", "dedup", "--corpus", "nope", "--shared", str(shared)])
    assert res.exit_code == 2  # a bad option value is a usage error
    assert "[E112]" in res.output
    assert "Traceback" not in res.output
