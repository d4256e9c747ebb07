"""Timeline, dyads, network and upcoming over a synthetic store (real DuckDB file)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.analyse import dyads, network, party, timeline, upcoming
from sitrep.cli import app
from sitrep.errors import BadInput


def test_party_of_codes():
    assert party("PRKGOV") == "PRK"
    assert party("usa") == "USA"
    assert party("IGOWAFBUSWAS") == "IGOWAF"


def test_timeline_by_actor_is_dated_in_order(synth):
    store, ev = synth
    result = timeline(store, actor="PRK")
    ids = [e["event_id"] for e in result["events"]]
    assert ev["grain_halt"].event_id not in ids
    assert ev["arms_alleged"].event_id in ids  # every modality by default
    dated = [e["date_start"] for e in result["events"] if e["date_start"]]
    assert dated == sorted(dated)
    assert result["events"][-1]["date_start"] is None  # undated last


def test_timeline_dyad_either_direction(synth):
    store, ev = synth
    ids = {e["event_id"] for e in timeline(store, dyad=("USA", "PRK"))["events"]}
    assert ev["accuse"].event_id in ids  # USA -> PRK
    assert ev["condemn"].event_id in ids  # PRK -> KOR, USA
    assert ev["summit"].event_id not in ids


def test_dyads_asserted_only_by_default(synth):
    store, _ev = synth
    result = dyads(store)
    assert "asserted events only" in result["note"]
    rows = {(r["actor"], r["recipient"], r["period"]): r for r in result["rows"]}
    cell = rows[("PRK", "USA", "2023-08-14")]
    assert cell["n_events"] == 1 and cell["goldstein_sum"] == -2.0 and cell["quad3"] == 1
    assert ("KOR", "PRK", "2023-08-21") not in rows  # the drills are planned
    assert result["skipped_modality"] == 4  # drills, summit, alleged and denied transfer


def test_dyads_all_modalities_by_week(synth):
    store, _ev = synth
    result = dyads(store, by="week", modality="all")
    rows = {(r["actor"], r["recipient"], r["period"]): r for r in result["rows"]}
    week = rows[("PRK", "USA", "2023-08-14")]  # Monday of the week: condemn + deny
    assert week["n_events"] == 2
    assert week["goldstein_sum"] == -6.0 and week["goldstein_mean"] == -3.0
    assert rows[("KOR", "PRK", "2023-08-21")]["quad4"] == 1
    assert result["skipped_undated"] == 2  # the alleged and the denied transfer


def test_dyads_bad_options(synth):
    store, _ev = synth
    with pytest.raises(BadInput):
        dyads(store, by="month")
    with pytest.raises(BadInput):
        dyads(store, modality="rumoured")


def test_network_edges_weighted(synth):
    store, _ev = synth
    data = network(store, modality="all")
    links = {(x["source"], x["target"]): x for x in data["links"]}
    assert links[("PRK", "USA")]["weight"] == 2
    assert links[("ESP", "MAR")]["weight"] == 1
    nodes = {n["id"] for n in data["nodes"]}
    assert {"PRK", "RUS", "USA", "MAR"} <= nodes
    asserted = network(store)
    assert ("KOR", "PRK") not in {(x["source"], x["target"]) for x in asserted["links"]}


def test_upcoming_planned_by_date(synth):
    store, ev = synth
    rows = upcoming(store)
    assert [r["event_id"] for r in rows] == [ev["summit"].event_id, ev["drills"].event_id]
    assert rows[1]["date_end"] == "2023-08-31"


def test_cli_analyses_json(synth, db_path):
    store, ev = synth
    store.close()
    runner = CliRunner()
    for args in (["timeline", "--dyad", "USA,PRK"], ["dyads", "--by", "week"], ["network"],
                 ["upcoming"]):
        res = runner.invoke(app, ["--db", str(db_path), *args, "--json"])
        assert res.exit_code == 0, res.output
        json.loads(res.stdout)
    res = runner.invoke(app, ["--db", str(db_path), "dyads"])
    assert res.exit_code == 0 and "asserted events only" in res.stdout
    res = runner.invoke(app, ["--db", str(db_path), "dyads", "--by", "year"])
    assert res.exit_code == 2 and "E112" in res.output and "Traceback" not in res.output
