"""Retrieval drops the self-directed reading of a claim that another event tells with its target."""

from __future__ import annotations

from sitrep.ask.retrieve import _superseded_self_readings
from sitrep.models import Event


def event(eid, actor, recipient, code="111", modality="asserted"):
    return Event(actor=actor, recipient=recipient, cameo_code=code, modality=modality,
                 event_id=eid)


def test_self_reading_is_dropped_when_a_directed_reading_exists():
    events = [
        event("self", ["PRK"], ["PRK"]),  # "North Korea condemned ..." read as aimed at itself
        event("directed", ["PRKGOV"], ["KOR", "USA"], code="112"),  # same root, a real target
        event("domestic", ["FRA"], ["FRA"], code="141"),  # no directed protest by France
        event("other modality", ["RUS"], ["RUS"], modality="alleged"),
        event("directed rus", ["RUS"], ["UKR"]),
    ]
    assert _superseded_self_readings(events) == {"self"}
