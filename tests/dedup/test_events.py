"""Event merge within a story: one row per event, every mention kept, stable ids."""

from __future__ import annotations

from datetime import date

from sitrep.config import load_settings
from sitrep.dedup import merge_events
from sitrep.dedup.events import one_a_day
from sitrep.models import Article, Event, Mention

OUTLETS = {"a1": "Outlet A", "a2": "Outlet B", "a3": "Outlet B"}


def ev(article: str, sent: int, code: str = "112", modality: str = "asserted",
       actor=("USA",), recipient=("PRK",), start=None, end=None) -> Event:
    precision = "reported" if start is None else ("range" if end else "day")
    return Event(actor=list(actor), recipient=list(recipient), cameo_code=code,
                 modality=modality, date_start=start, date_end=end, date_precision=precision,
                 mentions=[Mention(article, sent, f"sentence {sent} of {article}",
                                   modality=modality)])


def test_same_event_from_two_articles_is_one_row():
    merged = merge_events("s1", [ev("a1", 3), ev("a2", 1, code="1121")], OUTLETS)
    assert len(merged) == 1
    e = merged[0]
    assert (e.n_mentions, e.n_articles, e.n_outlets) == (2, 2, 2)
    assert {m.article_id for m in e.mentions} == {"a1", "a2"}
    assert all(m.event_id == e.event_id for m in e.mentions)
    assert e.cameo_code == "1121"  # the more specific code of the family is kept


def test_different_modality_code_family_actors_or_dates_stay_apart():
    events = [
        ev("a1", 0),
        ev("a2", 0, modality="alleged"),
        ev("a2", 1, code="111"),  # same root 11, other 3-digit family
        ev("a2", 2, actor=("RUS",)),
        ev("a1", 4, code="043", start=date(2023, 8, 18)),
        ev("a2", 4, code="043", start=date(2023, 9, 1)),
    ]
    assert len(merge_events("s1", events, OUTLETS)) == 6


def test_overlapping_dates_and_root_code_merge():
    a = ev("a1", 0, code="138", start=date(2023, 8, 21), end=date(2023, 8, 31))
    b = ev("a2", 5, code="13", start=date(2023, 8, 25))
    merged = merge_events("s1", [a, b], OUTLETS)
    assert len(merged) == 1 and merged[0].n_articles == 2


def test_event_id_is_stable_when_more_mentions_join():
    first = merge_events("s1", [ev("a1", 3)], OUTLETS)
    eid = first[0].event_id
    again = merge_events("s1", [ev("a1", 3)], OUTLETS)
    assert again[0].event_id == eid  # deterministic
    later = merge_events("s1", first + [ev("a2", 0), ev("a3", 7)], OUTLETS)
    assert len(later) == 1 and later[0].event_id == eid
    assert (later[0].n_mentions, later[0].n_articles, later[0].n_outlets) == (3, 3, 2)


def test_repeated_mention_is_counted_once():
    merged = merge_events("s1", [ev("a1", 3), ev("a1", 3)], OUTLETS)
    assert merged[0].n_mentions == 1 and len(merged[0].mentions) == 1


def test_one_a_day_folds_same_day_events_of_other_stories(store):
    day = date(2024, 5, 2)
    store.add_article(Article(text="one", source="t", outlet="A", article_id="a1",
                              story_id="s1"))
    store.add_article(Article(text="two", source="t", outlet="B", article_id="a2",
                              story_id="s2"))
    first = merge_events("s1", [ev("a1", 0, code="190", start=day)], {"a1": "A"})
    store.replace_story_events("s1", first)
    second = merge_events("s2", [ev("a2", 0, code="190", start=day),
                                 ev("a2", 1, code="190", start=date(2024, 5, 3))], {"a2": "B"})
    kept = one_a_day(store, "s2", second)
    assert [e.date_start for e in kept] == [date(2024, 5, 3)]
    stored = store.events(event_ids=[first[0].event_id], with_mentions=True)[0]
    assert (stored.n_mentions, stored.n_articles, stored.n_outlets) == (2, 2, 2)
    assert load_settings().one_a_day is False  # off by default
