"""The seed report's first five lines yield the events of docs/architecture.md's table (issue 3).

Read from ../shared (never copied); published 2023-08-14, the day the visits were reported.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2023, 8, 14)


@pytest.fixture(scope="module")
def seed_events(coder, shared):
    path = next((shared / "seed").glob("000_*.txt"))
    text = " ".join(path.read_text(encoding="utf-8").splitlines()[:5])
    return coder.code_text(text, PUB, article_id="seed")


def pick(events, **want):
    def ok(e):
        for k, v in want.items():
            got = getattr(e, k)
            if callable(v):
                if not v(got):
                    return False
            elif got != v:
                return False
        return True

    hits = [e for e in events if ok(e)]
    assert hits, [(e.trigger, e.actor, e.cameo_code, e.recipient, e.modality) for e in events]
    return hits[0]


def test_us_accuses_north_korea(seed_events):
    ev = pick(seed_events, trigger="accused")
    assert ev.actor == ["USA"] and ev.recipient == ["PRK"]
    assert ev.cameo_code.startswith("11") and ev.plover_type == "ACCUSE"
    assert ev.modality == "asserted"


def test_arms_to_russia_alleged_by_the_us(seed_events):
    ev = pick(seed_events, trigger="providing")
    assert ev.actor == ["PRK"] and ev.recipient == ["RUS"]
    assert ev.cameo_code.startswith("07") and ev.plover_type == "AID"
    assert ev.modality == "alleged" and ev.attributed_to == ["USA"]


def test_arms_transfer_denied_by_both(seed_events):
    deny = pick(seed_events, trigger="denied")
    assert sorted(deny.actor) == ["PRK", "RUS"] and deny.recipient == ["USA"]
    assert deny.plover_type == "REJECT"
    ev = pick(seed_events, modality="denied")
    assert ev.actor == ["PRK"] and ev.recipient == ["RUS"]  # the alleged claim's dyad
    assert ev.plover_type == "AID" and sorted(ev.attributed_to) == ["PRK", "RUS"]


def test_exercise_planned_for_august_21_to_31(seed_events):
    ev = pick(seed_events, trigger="hold")
    assert sorted(ev.actor) == ["KOR", "USA"]
    assert ev.plover_type == "MOBILIZE" and ev.modality == "planned"
    assert (ev.date_start, ev.date_end) == (date(2023, 8, 21), date(2023, 8, 31))
    assert ev.date_precision == "range"
    # "set to begin their annual military drills": the same exercise, not aimed at its own
    # actors (no self-dyad)
    begin = pick(seed_events, trigger="begin")
    assert sorted(begin.actor) == ["KOR", "USA"] and begin.cameo_code == ev.cameo_code
    assert begin.recipient == [] and begin.modality == "planned"


def test_trilateral_meeting_planned_at_camp_david(seed_events):
    ev = pick(seed_events, actor=lambda a: sorted(a) == ["JPNGOV", "KORGOV", "USAGOV"])
    assert ev.modality == "planned"
    assert ev.cameo_code.startswith(("03", "04"))  # a scheduled meeting: intent to meet (036)
    assert ev.date_start == date(2023, 8, 18) and ev.date_precision == "day"
    assert ev.place.name == "Camp David" and ev.place.country == "USA"


def test_north_korea_condemns_the_drills(seed_events):
    ev = pick(seed_events, trigger="condemned")
    assert ev.actor == ["PRK"] and sorted(ev.recipient) == ["KOR", "USA"]
    assert ev.plover_type == "ACCUSE" and ev.date_start == PUB


def test_kims_production_order(seed_events):
    ev = pick(seed_events, trigger="called")
    assert ev.actor == ["PRKGOV"] and ev.cameo_code == "154"
    assert ev.plover_type == "MOBILIZE" and ev.modality == "asserted"
    assert ev.attributed_to == ["PRKMED"]  # "according to state media KCNA"
