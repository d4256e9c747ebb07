"""`sitrep code`, `sitrep ingest` storing coded events, `sitrep eval petrarch` (issue 3)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

RECORDS = [
    {"id": "r1", "text": "Peru accused Bolivia of shelling a border post.",
     "published": "2024-05-02"},
    {"id": 7, "text": "The stock market closed higher on Tuesday."},
]


@pytest.fixture
def runner(monkeypatch, coder):
    """A runner whose commands use the session's loaded coder (the built-in dictionaries)."""
    monkeypatch.setattr("sitrep.coding.make_coder", lambda settings, **kw: coder)
    monkeypatch.setattr("sitrep.pipeline.make_coder", lambda settings: coder)
    monkeypatch.delenv("SITREP_DB", raising=False)
    return CliRunner()


def test_code_writes_one_line_per_record(runner, tmp_path):
    lines = "\n".join(json.dumps(r) for r in RECORDS) + "\nnot json\n"
    result = runner.invoke(app, ["--db", str(tmp_path / "x.duckdb"), "code", "-"], input=lines)
    assert result.exit_code == 1  # one record rejected
    assert "stdin:3" in result.stderr and "E106" in result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["r1", 7]
    assert out[1]["events"] == []
    ev = next(e for e in out[0]["events"] if e["cameo_code"].startswith("11"))
    assert ev["actor"] == ["PER"] and ev["recipient"] == ["BOL"]
    for key in ("plover_type", "plover_mode", "goldstein", "quad_class", "modality",
                "attributed_to", "date_start", "date_end", "date_precision", "place",
                "trigger", "sentence_index"):
        assert key in ev
    assert ev["date_start"] == "2024-05-02"


def test_code_missing_file_is_not_found(runner, tmp_path):
    result = runner.invoke(app, ["code", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 5


def test_ingest_stores_events_and_mentions(runner, tmp_path):
    db = tmp_path / "s.duckdb"
    text = "Peru accused Bolivia of shelling a border post."
    result = runner.invoke(app, ["--db", str(db), "ingest", "-", "--published", "2024-05-02"],
                           input=text)
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["--db", str(db), "events", "--json"])
    events = json.loads(result.stdout)
    alleged = [e for e in events if e["modality"] == "alleged"]
    assert alleged and alleged[0]["attributed_to"] == ["PER"]
    assert alleged[0]["mentions"][0]["sentence"] == text


def test_eval_petrarch_json(shared):
    result = CliRunner().invoke(app, ["eval", "petrarch", "--limit", "12", "--json"])
    assert result.exit_code == 0, result.stderr
    r = json.loads(result.stdout)
    assert r["records"] == 12
    assert 0.0 <= r["exact_record_rate"] <= 1.0 and 0.0 <= r["triple_f1"] <= 1.0
    assert r["dictionaries"][0].endswith("validate") and r["builtin"] is False
