"""`sitrep eval conflibert --spans`: source/target span metrics on made-up CoNLL data (issue 3)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.errors import BadInput
from sitrep.evaluation import conflibert_spans as spans

CONLL = """Chilean B-S
troops I-S
shelled O
a O
Peruvian B-T
outpost I-T
. O

Chile B-R
and O
Peru B-R
held O
talks O
. O
"""


def test_loader_reads_roles_and_reciprocal_spans(tmp_path):
    f = tmp_path / "ner.txt"
    f.write_text(CONLL)
    rows = spans.load_gold(f)
    assert [t for t, _ in rows][0][:2] == ["Chilean", "troops"]
    assert rows[0][1]["source"] == [frozenset({0, 1})]
    assert rows[0][1]["target"] == [frozenset({4, 5})]
    assert rows[1][1]["reciprocal"] == [frozenset({0}), frozenset({2})]
    bad = tmp_path / "bad.txt"
    bad.write_text("Chile X-Q\n")
    with pytest.raises(BadInput):
        spans.load_gold(bad)


def test_scores_count_overlaps_and_reciprocal_parties_in_either_role():
    gold = [{"source": [frozenset({0, 1})], "target": [frozenset({4, 5})], "reciprocal": []},
            {"source": [], "target": [], "reciprocal": [frozenset({0}), frozenset({2})]}]
    preds = [{"source": [frozenset({1})], "target": [frozenset({7})]},  # target wrong
             {"source": [frozenset({0})], "target": [frozenset({2})]}]  # both parties found
    r = spans.score(gold, preds)
    assert (r["source"]["precision"], r["source"]["recall"]) == (1.0, 1.0)
    assert r["target"]["precision"] == 0.5 and r["target"]["recall"] == round(2 / 3, 4)
    assert r["both"]["n_gold"] == 6 and r["both"]["n_predicted"] == 4


def test_cli_spans_json(tmp_path):
    from sitrep.cli.app import app

    f = tmp_path / "ner.txt"
    f.write_text(CONLL)
    res = CliRunner().invoke(app, ["eval", "conflibert", "--spans", "--file", str(f), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["n"] == 2 and data["source"]["recall"] == 1.0, data
    assert {"source_f1", "target_f1", "span_f1"} <= set(data)
