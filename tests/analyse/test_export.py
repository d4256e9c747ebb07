"""`sitrep export`: csv, jsonl, parquet (DuckDB COPY) and the GDELT 2.0 event table layout."""

from __future__ import annotations

import csv
import json

import duckdb
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store.export import GDELT_COLUMNS, export, gdelt_id


def test_gdelt_has_61_columns():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[26:31] == ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_jsonl_csv_parquet_carry_mentions(synth, tmp_path):
    store, ev = synth
    n_all = len(ev)
    assert export(store, "jsonl", tmp_path / "e.jsonl") == n_all
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    rows = {json.loads(x)["event_id"]: json.loads(x) for x in lines}
    arms = rows[ev["arms_alleged"].event_id]
    assert arms["modality"] == "alleged" and arms["attributed_to"] == ["USAGOV"]
    assert len(arms["mentions"]) == 2 and arms["mentions"][0]["sentence"]
    assert export(store, "csv", tmp_path / "e.csv", modality="planned") == 2
    with open(tmp_path / "e.csv", newline="") as f:
        got = list(csv.DictReader(f))
    assert {r["event_id"] for r in got} == {ev["summit"].event_id, ev["drills"].event_id}
    assert json.loads(got[0]["mentions"])[0]["article_id"]
    assert export(store, "parquet", tmp_path / "e.parquet") == n_all
    with duckdb.connect() as con:
        n, m = con.execute(
            f"SELECT count(*), sum(len(mentions)) FROM '{tmp_path / 'e.parquet'}'").fetchone()
    assert n == n_all and m == sum(len(e.mentions) for e in ev.values())


def test_gdelt_rows(synth, tmp_path):
    store, ev = synth
    out = tmp_path / "e.tsv"
    n = export(store, "gdelt", out)
    lines = out.read_text().splitlines()
    assert n == len(lines)
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 61 for r in rows)
    col = {c: i for i, c in enumerate(GDELT_COLUMNS)}
    # asserted only by default: no row of the planned drills (KOR and USA -> PRK)
    ids = {int(r[0]) for r in rows}
    assert gdelt_id(ev["drills"].event_id, 0) not in ids
    deny = [r for r in rows if int(r[0]) // 100 == int(ev["deny"].event_id[:13], 16)]
    assert [(r[col["Actor1Code"]], r[col["Actor2Code"]]) for r in deny] == [
        ("PRKGOV", "USAGOV"), ("RUSGOV", "USAGOV")]
    r = deny[0]
    assert r[col["SQLDATE"]] == "20230815" and r[col["MonthYear"]] == "202308"
    assert r[col["Actor1CountryCode"]] == "PRK" and r[col["Actor1Type1Code"]] == "GOV"
    assert r[col["EventCode"]] == "120" and r[col["EventRootCode"]] == "12"
    assert r[col["QuadClass"]] == "3" and r[col["GoldsteinScale"]] == "-4.0"
    assert r[col["SOURCEURL"]].startswith("https://")
    assert len(r[col["DATEADDED"]]) == 14
    with_all = export(store, "gdelt", tmp_path / "all.tsv", modality="all", header=True)
    text = (tmp_path / "all.tsv").read_text().splitlines()
    assert text[0].split("\t") == list(GDELT_COLUMNS)
    assert with_all == len(text) - 1 > n
    summit = [x.split("\t") for x in text[1:]
              if int(x.split("\t")[0]) // 100 == int(ev["summit"].event_id[:13], 16)]
    assert summit[0][col["ActionGeo_FullName"]] == "Camp David"
    assert summit[0][col["ActionGeo_Lat"]] == "39.648"


def test_cli_export(synth, db_path, tmp_path):
    store, _ev = synth
    store.close()
    runner = CliRunner()
    res = runner.invoke(app, ["--db", str(db_path), "export", "--format", "gdelt"])
    assert res.exit_code == 0
    assert all(len(x.split("\t")) == 61 for x in res.stdout.splitlines())
    res = runner.invoke(app, ["--db", str(db_path), "export", "--format", "jsonl"])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 13
    res = runner.invoke(app, ["--db", str(db_path), "export", "--format", "xml"])
    assert res.exit_code == 2 and "E112" in res.output
    res = runner.invoke(app, ["--db", str(db_path), "export", "--format", "parquet"])
    assert res.exit_code == 2 and "--out" in res.output
