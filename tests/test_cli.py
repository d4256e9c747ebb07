"""The `sitrep` command: ingest of every format, listing, exit codes, stdin, idempotence."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli.app import app
from sitrep.errors import EXIT_OK, EXIT_REJECTED, EXIT_STORE, EXIT_USAGE
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

TXT = "The president of Ecuador declared a state of emergency on Tuesday after a prison riot."
HTML_TEXT = ("Farmers in Poland blocked the border with Ukraine on Monday to protest against "
             "grain imports, police said.")
JSONL_TEXT = "The navy of Japan and the navy of India held joint exercises on Wednesday."
CSV_TEXT = "Workers at a car plant in Detroit went on strike on Friday over wages."
FEED_TEXT = "Ukraine and Poland signed an agreement on grain transit on Thursday."


@pytest.fixture
def runner(monkeypatch, coder):
    """A CLI runner whose ingest uses the session's loaded coder instead of loading spaCy."""
    monkeypatch.setattr("sitrep.pipeline.make_coder", lambda settings: coder)
    monkeypatch.delenv("SITREP_DB", raising=False)
    return CliRunner()


def sitrep(runner, db, *args, input=None):
    return runner.invoke(app, ["--db", str(db), *args], input=input)


def mixed_folder(root: Path) -> Path:
    """A folder with all five formats (one in a subfolder) and one binary file."""
    folder = root / "inbox"
    (folder / "feeds").mkdir(parents=True)
    (folder / "note.txt").write_text(f"Emergency in Ecuador\n\n{TXT}\n")
    (folder / "page.html").write_text(
        "<html><head><title>Border blocked</title></head><body><article><h1>Border blocked</h1>"
        f"<p>{HTML_TEXT}</p></article></body></html>")
    (folder / "rows.jsonl").write_text(
        json.dumps({"text": JSONL_TEXT, "outlet": "Ocean Desk", "published": "2023-06-07"}) + "\n")
    with open(folder / "rows.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "title", "published", "outlet", "desk"])
        w.writerow([CSV_TEXT, "Strike", "2023-09-15", "Motor Times", "labour"])
    (folder / "feeds" / "news.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Vistula Wire</title><item>"
        f"<title>Grain transit</title><description>{FEED_TEXT}</description>"
        "<pubDate>Thu, 21 Sep 2023 09:00:00 GMT</pubDate></item></channel></rss>")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    return folder


def counts(db) -> dict[str, int]:
    """Row count of every table in the file."""
    with Store(db, read_only=True) as s:
        return s.table_counts()


def test_done_when_mixed_folder(runner, tmp_path):
    """All five formats and a binary file: the good ones stored, the bad one named, exit 1;
    a second identical run leaves every table's row count unchanged."""
    folder = mixed_folder(tmp_path)
    db = tmp_path / "x.duckdb"
    first = sitrep(runner, db, "ingest", str(folder))
    assert first.exit_code == EXIT_REJECTED
    [bad_line] = [ln for ln in first.stderr.splitlines() if "[E" in ln]
    assert str(folder / "photo.jpg") in bad_line and "[E103]" in bad_line
    assert "5 stored, 0 skipped as duplicate, 1 rejected" in first.stderr
    after_first = counts(db)
    assert after_first["articles"] == 5
    assert {"articles", "sentences", "stories", "events", "mentions", "actors"} <= set(after_first)

    second = sitrep(runner, db, "ingest", str(folder))
    assert second.exit_code == EXIT_REJECTED
    assert "0 stored, 5 skipped as duplicate, 1 rejected" in second.stderr
    assert counts(db) == after_first

    listed = json.loads(sitrep(runner, db, "articles", "--json").stdout)
    by_text = {a["text"]: a for a in listed}
    assert set(by_text) == {TXT, HTML_TEXT, JSONL_TEXT, CSV_TEXT, FEED_TEXT}
    assert by_text[CSV_TEXT]["metadata"] == {"desk": "labour"}
    assert by_text[FEED_TEXT]["outlet"] == "Vistula Wire"
    assert by_text[FEED_TEXT]["source"] == str(folder / "feeds" / "news.rss")


def test_examples_are_ingested_with_outlets_and_dates(runner, tmp_path):
    db = tmp_path / "demo.duckdb"
    result = sitrep(runner, db, "ingest", str(EXAMPLES))
    assert result.exit_code == EXIT_OK, result.stderr
    rows = json.loads(sitrep(runner, db, "articles", "--json").stdout)
    assert len(rows) == 9
    for row in rows:
        assert {"article_id", "url", "source", "outlet", "title", "published", "story_id",
                "text"} <= set(row)
        assert row["outlet"] in ("Harbor Wire", "Meridian Daily")
        assert row["published"] and row["title"] and row["story_id"]
    assert {Path(r["source"]).suffix for r in rows} == {".jsonl", ".txt", ".html", ".xml", ".csv"}
    korea = [r for r in rows if "Ulchi Freedom Guardian" in r["text"]]
    assert sorted((r["outlet"], r["published"]) for r in korea) == [
        ("Harbor Wire", "2023-08-14"), ("Meridian Daily", "2023-08-15")]

    stories = sitrep(runner, db, "stories", "--json")
    assert stories.exit_code == 0
    story_rows = json.loads(stories.stdout)
    assert sum(s["n_articles"] for s in story_rows) == 9
    events = sitrep(runner, db, "events", "--json")
    assert events.exit_code == 0 and isinstance(json.loads(events.stdout), list)

    text_out = sitrep(runner, db, "stories")
    assert "Harbor Wire" in text_out.stdout and "stories" in text_out.stdout


def test_stdin_with_options(runner, tmp_path):
    db = tmp_path / "s.duckdb"
    result = sitrep(runner, db, "ingest", "-", "--published", "14 August 2023",
                    "--outlet", "Pipe News", input=TXT + "\n")
    assert result.exit_code == EXIT_OK, result.stderr
    [row] = json.loads(sitrep(runner, db, "articles", "--json").stdout)
    assert (row["source"], row["outlet"], row["published"], row["text"]) == (
        "stdin", "Pipe News", "2023-08-14", TXT)


def test_format_option_and_json_report(runner, tmp_path):
    f = tmp_path / "rows.txt"
    f.write_text(json.dumps({"text": JSONL_TEXT, "outlet": "Ocean Desk"}) + "\n")
    result = sitrep(runner, tmp_path / "f.duckdb", "ingest", "--format", "jsonl", "--json",
                    str(f))
    assert result.exit_code == EXIT_OK
    report = json.loads(result.stdout)
    assert report["stored"] == 1 and report["rejected"] == [] and len(report["article_ids"]) == 1


def test_rejected_inputs_are_listed_in_the_json_report(runner, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = sitrep(runner, tmp_path / "r.duckdb", "ingest", "--json", str(tmp_path / "empty.txt"),
                    str(tmp_path / "missing.txt"))
    assert result.exit_code == EXIT_REJECTED
    assert [e["code"] for e in json.loads(result.stdout)["rejected"]] == ["E102", "E101"]


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", "--format", "pdf", "x.txt"],
        ["ingest", "--published", "not a real date", "x.txt"],
        ["ingest"],
        ["ingest", "--no-such-option", "x.txt"],
        ["events", "--dyad", "PRK"],
        ["events", "--since", "the year dot"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(runner, tmp_path, args):
    result = sitrep(runner, tmp_path / "u.duckdb", *args)
    assert result.exit_code == EXIT_USAGE
    assert "Traceback" not in result.output


def test_database_error_exits_3_with_one_line(runner, tmp_path):
    result = sitrep(runner, tmp_path / "no" / "folder" / "x.duckdb", "ingest", str(EXAMPLES))
    assert result.exit_code == EXIT_STORE
    assert result.stderr.strip().count("\n") == 0 and "[E301]" in result.stderr


def test_a_file_that_is_not_a_database(runner, tmp_path):
    db = tmp_path / "junk.duckdb"
    db.write_text("this is not a database file")
    result = sitrep(runner, db, "articles")
    assert result.exit_code == EXIT_STORE and "[E301]" in result.stderr


def test_db_from_environment(runner, tmp_path, monkeypatch):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("SITREP_DB", str(db))
    result = runner.invoke(app, ["ingest", "-"], input=TXT)
    assert result.exit_code == EXIT_OK
    assert counts(db)["articles"] == 1


def test_version_and_help(runner):
    assert runner.invoke(app, ["--version"]).stdout.startswith("sitrep ")
    help_text = runner.invoke(app, ["--help"]).stdout
    for command in ("ingest", "articles", "stories", "events", "doctor"):
        assert command in help_text


def test_doctor(runner, tmp_path):
    result = sitrep(runner, tmp_path / "d.duckdb", "doctor")
    assert result.exit_code == 0, result.stdout
    assert "ok   model" in result.stdout and "ok   database" in result.stdout
    assert not (tmp_path / "d.duckdb").exists()  # checking creates nothing
    with Store(tmp_path / "e.duckdb"):
        pass
    result = sitrep(runner, tmp_path / "e.duckdb", "doctor")
    assert result.exit_code == 0 and "writable, schema" in result.stdout
    result = sitrep(runner, tmp_path / "no" / "such" / "f.duckdb", "doctor")
    assert result.exit_code == 1 and "FAIL database" in result.stdout


def test_real_process_reads_stdin(tmp_path):
    """One real run of the installed command, piping JSON Lines into `sitrep ingest -`."""
    db = tmp_path / "p.duckdb"
    lines = (EXAMPLES / "articles.jsonl").read_text()
    env = {k: v for k, v in os.environ.items() if k != "SITREP_DB"}
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep", "--db", str(db), "ingest", "-"],
        input=lines, capture_output=True, text=True, timeout=300, env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "4 stored, 0 skipped as duplicate, 0 rejected" in proc.stderr
    with Store(db, read_only=True) as s:
        rows = s.articles()
    assert len(rows) == 4 and {r["source"] for r in rows} == {"stdin"}


@pytest.mark.parametrize("command", ["articles", "stories", "events", "timeline", "dyads"])
def test_listing_a_missing_database_names_it_and_creates_nothing(runner, tmp_path, command):
    db = tmp_path / "never-made.duckdb"
    result = runner.invoke(app, ["--db", str(db), command])
    assert result.exit_code == 5
    assert "never-made.duckdb" in result.output and "E401" in result.output
    assert not db.exists()
