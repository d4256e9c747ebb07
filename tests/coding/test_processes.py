"""Coding with parser worker processes gives the same events as one process."""

from __future__ import annotations

from datetime import date

from sitrep.models import Article


def test_two_processes_code_the_same_events(coder):
    texts = [
        "The United States accused Iran of sending drones to Russia on Monday.",
        "Egypt and Qatar will host talks between the two sides next week.",
        "Police arrested dozens of protesters in Paris on Thursday.",
    ]
    arts = [Article(text=t, source="test", published=date(2024, 5, 10)) for t in texts]
    one = [c.events for c in coder.code_articles(arts)]
    two = [c.events for c in coder.code_articles(arts, n_process=2)]
    assert sum(len(e) for e in one) >= 3
    key = [[(e.actor, e.cameo_code, e.recipient, e.modality, e.date_start) for e in evs]
           for evs in one]
    assert key == [[(e.actor, e.cameo_code, e.recipient, e.modality, e.date_start) for e in evs]
                   for evs in two]
