"""Event merge within a story: one row per event, every mention kept, stable ids."""

from __future__ import annotations

from datetime import date

from sitrep.config import load_settings
from sitrep.dedup import merge_events
from sitrep.dedup.events import _combine, one_a_day
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


# -- compatibility rules (docs/dedup.md, "Events within a story") ------------------------------
def rep(article: str, sent: int, **kw) -> Event:
    """A claim whose date is the report's date (the coder found no date of its own)."""
    e = ev(article, sent, **kw)
    e.date_start = e.date_end = date(2023, 8, 14)
    e.date_precision = "reported"
    return e


def test_reported_date_fits_any_date_and_the_precise_one_is_kept():
    drills = dict(code="152", actor=("KOR", "USA"), recipient=(), modality="planned")
    a = rep("a1", 3, **drills)
    b = ev("a2", 5, start=date(2023, 8, 21), end=date(2023, 8, 31), **drills)
    merged = merge_events("s1", [a, b], OUTLETS)
    assert len(merged) == 1
    e = merged[0]
    assert (e.date_start, e.date_end, e.date_precision) == (
        date(2023, 8, 21), date(2023, 8, 31), "range")
    assert e.n_articles == 2
    # two precise dates that do not overlap stay apart, a reported one joins one of them
    c = ev("a3", 1, start=date(2023, 9, 10), **drills)
    assert len(merge_events("s1", [a, b, c], OUTLETS)) == 2


def test_empty_side_fits_across_articles_and_the_known_codes_are_kept():
    a = ev("a1", 2, code="031", actor=(), recipient=("PRK",))
    b = ev("a2", 4, code="031", actor=("KOR", "USA"), recipient=("PRK",))
    merged = merge_events("s1", [a, b], OUTLETS)
    assert len(merged) == 1
    assert sorted(merged[0].actor) == ["KOR", "USA"] and merged[0].recipient == ["PRK"]
    # within one article, a sentence naming the actors and one naming none are two claims
    c = ev("a1", 6, code="031", actor=("KOR", "USA"), recipient=("PRK",))
    assert len(merge_events("s1", [a, c], OUTLETS)) == 2


def test_bare_country_fits_its_sectors_across_articles_most_specific_kept():
    a = ev("a1", 0, code="016", actor=("PRK", "RUS"), recipient=("USA",))
    b = ev("a2", 3, code="016", actor=("PRKGOV", "RUSGOV"), recipient=("USAGOV",))
    merged = merge_events("s1", [a, b], OUTLETS)
    assert len(merged) == 1
    assert sorted(merged[0].actor) == ["PRKGOV", "RUSGOV"]
    assert merged[0].recipient == ["USAGOV"]
    # two different sectors of one country are two actors (state media is not the government)
    c = ev("a1", 1, code="010", actor=("PRKMED",), recipient=())
    d = ev("a2", 1, code="010", actor=("PRKGOV",), recipient=())
    assert len(merge_events("s1", [c, d], OUTLETS)) == 2


def test_never_merge_different_dyads_families_modalities_or_no_shared_party():
    base = dict(code="072", actor=("PRK",), recipient=("RUS",))
    events = [
        ev("a1", 0, modality="alleged", **base),
        ev("a2", 0, modality="denied", **base),  # other modality
        ev("a2", 1, code="072", actor=("PRK",), recipient=("SYR",)),  # other known recipient
        ev("a2", 2, code="073", actor=("PRK",), recipient=("RUS",)),  # other family
    ]
    assert len(merge_events("s1", events, OUTLETS)) == 4
    # one claim knows only the actor, the other only the recipient: nothing to anchor them
    x = ev("a1", 5, code="190", actor=(), recipient=("UKR",))
    y = ev("a2", 5, code="190", actor=("UKR",), recipient=())
    assert len(merge_events("s1", [x, y], OUTLETS)) == 2


def test_grouping_and_ids_do_not_depend_on_order():
    from itertools import permutations

    def claims():
        return [
            rep("a1", 3, code="152", actor=("KOR", "USA"), recipient=(), modality="planned"),
            ev("a1", 8, code="152", actor=("KOR", "USA"), recipient=(), modality="planned",
               start=date(2023, 8, 21), end=date(2023, 8, 31)),
            rep("a2", 4, code="152", actor=("KOR", "USA"), recipient=(), modality="planned"),
            rep("a2", 7, code="112", actor=("USAGOV",), recipient=("PRK",)),
            rep("a1", 11, code="112", actor=("USA",), recipient=("PRK",)),
            rep("a2", 9, code="031", actor=(), recipient=("PRK",), modality="planned"),
        ]

    results = set()
    for order in permutations(range(6)):
        evs = claims()
        merged = merge_events("s1", [evs[i] for i in order], OUTLETS)
        results.add(tuple(sorted(
            (e.event_id, tuple(sorted(e.actor)), tuple((m.article_id, m.sentence_index)
                                                       for m in e.mentions))
            for e in merged)))
    assert len(results) == 1
    (result,) = results
    assert len(result) == 3  # the drills, the accusation, the 031 claim


def test_the_name_of_an_uncoded_party_gives_way_to_a_coded_members_names():
    # the first member (most specific) named a party the dictionaries lack
    a = ev("a1", 2, code="0311", actor=(), recipient=("PRK",))
    a.actor_names = ["Jane Roe"]
    b = ev("a2", 4, code="031", actor=("KOR",), recipient=("PRK",))
    b.actor_names = ["Seoul"]
    head = _combine([a, b])
    assert head.actor == ["KOR"] and head.actor_names == ["Seoul"], head
