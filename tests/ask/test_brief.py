"""`sitrep ask`: briefs over a synthetic store, citations, implication rules, the writer."""

from __future__ import annotations

import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from ask_synthetic import SEED_QUESTION
from typer.testing import CliRunner

from sitrep.ask import ask, build_brief, check_citations, render
from sitrep.ask.implications import derive
from sitrep.ask.resources import implication_rules
from sitrep.ask.writer import check_sentences
from sitrep.cli import app
from sitrep.errors import BadConfig, BadInput
from sitrep.models import Event


def _fact(brief, event):
    return next(f for f in brief["facts"] if f["event_ids"] == [event.event_id])


def test_seed_brief_key_facts_contested_implications(synth_ask):
    store, ev = synth_ask
    brief = build_brief(store, SEED_QUESTION)
    arms = _fact(brief, ev["arms_alleged"])
    assert arms["modality"] == "alleged" and arms["attributed_to"] == ["USAGOV"]
    assert arms["text"].startswith("Alleged by United States")
    denial = _fact(brief, ev["deny"])
    assert set(denial["actor"]) == {"PRKGOV", "RUSGOV"}
    summit = _fact(brief, ev["summit"])
    assert summit["date_start"] == "2023-08-18" and summit["place"] == "Camp David"
    drills = _fact(brief, ev["drills"])
    assert (drills["date_start"], drills["date_end"]) == ("2023-08-21", "2023-08-31")
    for item in (arms, denial, summit, drills):
        assert item["citations"], item["text"]
    # the grain and earthquake stories are not part of this answer
    ids = {i for f in brief["facts"] for i in f["event_ids"]}
    assert ev["aid_spain"].event_id not in ids and ev["grain_halt"].event_id not in ids
    assert check_citations(store, brief) == []
    # contested: alleged by the US vs denied by North Korea and Russia
    contested = brief["contested"]
    assert len(contested) == 1
    assert {c["modality"] for c in contested[0]["claims"]} == {"alleged", "denied"}
    assert set(contested[0]["event_ids"]) == {ev["arms_alleged"].event_id,
                                              ev["arms_denied"].event_id}
    # implications: each names >= 2 events and cites them
    rules = {i["rule"]: i for i in brief["implications"]}
    assert {"bloc_alignment", "escalation_risk", "contested_narrative"} <= set(rules)
    assert set(rules["bloc_alignment"]["event_ids"]) == {ev["arms_alleged"].event_id,
                                                         ev["summit"].event_id}
    assert ev["drills"].event_id in rules["escalation_risk"]["event_ids"]
    assert "2023-08-21..2023-08-31" in rules["escalation_risk"]["text"]
    for imp in brief["implications"]:
        assert len(imp["event_ids"]) >= 2
        assert len({c["article_id"] + str(c["sentence_index"]) for c in imp["citations"]}) >= 2
    # upcoming in date order; trends asserted only; gaps name the unverified claim
    assert [u["event_id"] for u in brief["upcoming"]] == [ev["summit"].event_id,
                                                         ev["drills"].event_id]
    assert "asserted events only" in brief["trends"]["note"]
    assert all(r["n_events"] > 0 for r in brief["trends"]["asserted"])
    gap_text = " ".join(g["text"] for g in brief["gaps"])
    assert "No asserted evidence" in gap_text and "one outlet" in gap_text


def test_unrelated_question_answered_from_its_story(synth_ask):
    store, ev = synth_ask
    brief = build_brief(store, "Which countries sent rescue teams to Morocco after the quake?")
    ids = {i for f in brief["facts"] for i in f["event_ids"]}
    assert ids == {ev["aid_spain"].event_id, ev["aid_britain"].event_id}
    assert [i["rule"] for i in brief["implications"]] == ["aid_support"]
    brief = build_brief(store, "Why did Russia halt the Black Sea grain arrangement?")
    ids = {i for f in brief["facts"] for i in f["event_ids"]}
    assert ev["grain_halt"].event_id in ids
    assert ids <= {ev[k].event_id for k in ("grain_halt", "grain_condemn", "grain_appeal")}


def test_no_match_says_so(synth_ask):
    store, _ev = synth_ask
    brief = build_brief(store, "What did Brazil and Argentina agree about beef?")
    assert brief["facts"] == [] and brief["implications"] == []
    assert any("No stored event involves Brazil" in g["text"] for g in brief["gaps"])
    with pytest.raises(BadInput):
        build_brief(store, "   ")


def test_check_citations_catches_a_bad_citation(synth_ask):
    store, _ev = synth_ask
    brief = build_brief(store, SEED_QUESTION)
    c = brief["facts"][0]["citations"][0]
    c["sentence"] = c["sentence"].replace("summit", "meeting", 1) + " (edited)"
    brief["implications"][0]["citations"].append(
        {"article_id": "0000000000000000", "sentence_index": 0, "sentence": "x"})
    problems = check_citations(store, brief)
    assert len(problems) == 2
    assert "differs" in problems[0] and "no such article" in problems[1]


def _ev(name, actor, recipient, code, plover, modality="asserted", day=None, quad=None):
    return Event(actor=actor, recipient=recipient, cameo_code=code, plover_type=plover,
                 modality=modality, date_start=day, quad_class=quad, event_id=name)


def test_rules_are_generic_over_actor_codes():
    text = json.dumps(implication_rules())
    for code in ("PRK", "RUS", "USA", "KOR", "JPN"):
        assert f'"{code}' not in text
    events = [
        _ev("t", ["IRNGOV"], ["SYRMIL"], "072", "AID", "alleged"),
        _ev("s", ["FRAGOV", "DEUGOV"], ["FRAGOV", "DEUGOV"], "043", "CONSULT", "planned",
            date(2024, 5, 2), 1),
        _ev("d", ["IRNGOV", "SYRGOV"], ["GBRGOV"], "072", "AID", "denied"),
        _ev("lone", ["CHNGOV"], ["CHN"], "043", "CONSULT"),
    ]
    got = {i["rule"]: i for i in derive(events, namer=lambda c: c)}
    assert got["bloc_alignment"]["event_ids"] == ["s", "t"]
    assert "IRN" in got["bloc_alignment"]["text"] and "FRA" in got["bloc_alignment"]["text"]
    # the denial is by other parties about another recipient: not the same claim
    assert "contested_narrative" not in got
    # one event alone never makes an implication
    assert derive(events[3:], namer=lambda c: c) == []


def test_rule_with_unknown_placeholder_is_a_config_error():
    rules = implication_rules("""
rules:
  - id: broken
    title: Broken
    description: a rule whose text names a role it does not have
    roles:
      a: {cameo: ["07"]}
      b: {cameo: ["07"]}
    constraints: [{same_recipient: [a, b]}, {different_actor: [a, b]}]
    text: "{a.actors} and {c.actors}"
    min_events: 2
""")
    events = [_ev("x", ["AAAGOV"], ["CCC"], "073", "AID"), _ev("y", ["BBBGOV"], ["CCC"], "073",
                                                                  "AID")]
    with pytest.raises(BadConfig, match="c.actors"):
        derive(events, namer=lambda c: c, rules=rules)
    with pytest.raises(BadConfig):
        implication_rules("rules: [{id: x, title: y}]")  # schema violation


def test_rule_within_days_rules_out_distant_events():
    events = [
        _ev("drill", ["AAAMIL", "BBBMIL"], ["CCC"], "152", "MOBILIZE", "planned",
            date(2024, 1, 10), 4),
        _ev("threat", ["CCCGOV"], ["AAAGOV"], "138", "THREATEN", "asserted", date(2024, 6, 1), 4),
    ]
    assert derive(events, namer=lambda c: c) == []
    events[1].date_start = date(2024, 1, 20)
    assert [i["rule"] for i in derive(events, namer=lambda c: c)] == ["escalation_risk"]


def test_writer_sentence_check():
    evidence = {"E1": {"event_id": "a", "citations": [{"article_id": "x"}]},
                "E2": {"event_id": "b", "citations": []}}
    kept, dropped = check_sentences(
        "Arms may be flowing [E1]. This will surely end in war. Both deny it. [E2] "
        "A third claim [E9].", evidence)
    assert [k["text"] for k in kept] == ["Arms may be flowing [E1].", "Both deny it. [E2]"]
    assert kept[0]["event_ids"] == ["a"]
    assert dropped == ["This will surely end in war.", "A third claim [E9]."]


class _FakeChat(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, body))
        content = ("North Korea is alleged to be supplying arms to Russia [E1]. "
                   "War on the peninsula is now certain.")
        data = json.dumps({"choices": [{"message": {"role": "assistant",
                                                    "content": content}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_server():
    server = HTTPServer(("127.0.0.1", 0), _FakeChat)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_openai_writer_drops_uncited_sentences(synth_ask, fake_server, db_path, tmp_path):
    store, _ev = synth_ask
    url = f"http://127.0.0.1:{fake_server.server_port}"
    brief = ask(store, SEED_QUESTION, writer="openai", endpoint=url, model="tiny")
    path, body = fake_server.requests[0]
    assert path == "/v1/chat/completions" and body["model"] == "tiny"
    assert "E1:" in body["messages"][1]["content"]
    narrative = brief["narrative"]
    assert [s["text"] for s in narrative["sentences"]] == [
        "North Korea is alleged to be supplying arms to Russia [E1]."]
    assert narrative["dropped"] == ["War on the peninsula is now certain."]
    assert narrative["sentences"][0]["citations"]
    assert check_citations(store, brief) == []
    store.close()
    res = CliRunner().invoke(app, ["--db", str(db_path), "ask", SEED_QUESTION, "--format", "md",
                                   "--writer", "openai", "--endpoint", url + "/v1"])
    assert res.exit_code == 0, res.output
    assert "supplying arms to Russia [E1]" in res.stdout and "now certain" not in res.stdout


def test_writer_endpoint_down(synth_ask):
    store, _ev = synth_ask
    with pytest.raises(BadConfig, match="E601"):
        ask(store, SEED_QUESTION, writer="openai", endpoint="http://127.0.0.1:9")


def test_cli_ask_json_and_formats(synth_ask, db_path, tmp_path):
    store, _ev = synth_ask
    store.close()
    runner = CliRunner()
    res = runner.invoke(app, ["--db", str(db_path), "ask", SEED_QUESTION, "--format", "json"])
    assert res.exit_code == 0, res.output
    brief = json.loads(res.stdout)
    for key in ("focus", "facts", "contested", "implications", "upcoming", "trends", "gaps"):
        assert key in brief
    for item in brief["facts"] + brief["contested"] + brief["implications"]:
        assert {"text", "event_ids", "citations"} <= set(item)
        for c in item["citations"]:
            assert {"article_id", "sentence_index", "sentence"} <= set(c)
    events = runner.invoke(app, ["--db", str(db_path), "events", "--json"])
    known = {e["event_id"] for e in json.loads(events.stdout)}
    cited = {i for section in ("facts", "contested", "implications", "upcoming")
             for item in brief[section] for i in item["event_ids"]}
    assert cited and cited <= known
    for fmt in ("md", "text", "html"):
        out = tmp_path / f"brief.{fmt}"
        res = runner.invoke(app, ["--db", str(db_path), "ask", SEED_QUESTION, "--format", fmt,
                                  "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert "Camp David" in out.read_text()
    res = runner.invoke(app, ["--db", str(db_path), "ask", "x", "--format", "pdf"])
    assert res.exit_code == 2 and "E112" in res.output


def test_render_markdown_has_every_section(synth_ask):
    store, _ev = synth_ask
    md = render(build_brief(store, SEED_QUESTION), "md")
    for title in ("## Focus", "## Key facts", "## Contested claims", "## Dyad trends",
                  "## Upcoming", "## Implications", "## Gaps", "## Evidence"):
        assert title in md


def test_mirrored_events_share_one_fact_worded_actor_first(synth_ask):
    store, ev = synth_ask
    a = ev["arms_alleged"]
    mirror = Event(actor=list(a.recipient), recipient=list(a.actor), cameo_code=a.cameo_code,
                   plover_type=a.plover_type, modality="alleged", attributed_to=["USAGOV"],
                   event_id="0" * 16, mentions=list(a.mentions), story_id=a.story_id)
    store.add_events([mirror])
    brief = build_brief(store, SEED_QUESTION)
    fact = next(f for f in brief["facts"] if mirror.event_id in f["event_ids"])
    assert set(fact["event_ids"]) == {mirror.event_id, a.event_id}
    assert fact["actor"] == ["PRKGOV"]  # "...charged that Pyongyang is shipping arms to Moscow"
    assert fact["text"].startswith("Alleged by United States: North Korea provided aid to Russia")
    assert {m["event_id"] for m in fact["members"]} == {mirror.event_id, a.event_id}
