"""The seed report and its rewrite, from two outlets: one story, each event stored once."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.dedup import StoryAssigner
from sitrep.dedup.events import same_event
from sitrep.models import Article
from sitrep.pipeline import ingest_articles

DAY = date(2023, 8, 14)


@pytest.fixture(scope="module")
def seed_pair(shared):
    path = sorted((shared / "seed").glob("000_*.txt"))[0]
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    original = "\n".join(lines[:5])
    rewrite = "\n".join(lines[-4:])
    return (Article(text=original, source=path.name, outlet="Outlet One", published=DAY),
            Article(text=rewrite, source=path.name + "#rewrite", outlet="Outlet Two",
                    published=DAY))


def test_seed_pair_is_one_story_without_the_coder(store, seed_pair):
    a = StoryAssigner(store)
    first = a.assign(seed_pair[0])
    assert a.assign(seed_pair[1]) == first
    assert a.last_match.layer in ("near", "rewrite")


@pytest.mark.issue(4)
def test_seed_pair_ingested_end_to_end(store, settings, coder, seed_pair):
    report = ingest_articles(list(seed_pair), store, settings, coder=coder)
    assert report.stored == 2
    stories = store.stories()
    assert len(stories) == 1
    s = stories[0]
    assert (s.n_articles, s.n_outlets) == (2, 2)
    assert {a["outlet"] for a in s.articles} == {"Outlet One", "Outlet Two"}
    events = store.events(with_mentions=True)
    # each event is one row: no two stored events of the story are the same event
    for i, e in enumerate(events):
        assert e.n_mentions == len(e.mentions) > 0
        for other in events[i + 1:]:
            assert not same_event(e, other)
    by_article: dict[str, set] = {}
    for e in events:
        for m in e.mentions:
            by_article.setdefault(m.article_id, set()).add(e.event_id)
    ids = [a.article_id for a in seed_pair]
    if all(by_article.get(i) for i in ids):  # the coder found events in both articles
        shared_events = by_article[ids[0]] & by_article[ids[1]]
        assert shared_events, "an event reported by both articles must be merged"
        for e in events:
            if e.event_id in shared_events:
                assert (e.n_articles, e.n_outlets) == (2, 2)
    # the events both reports tell (docs/architecture.md's table): each stored once, with a
    # mention from each article
    def parties(codes):
        return sorted({c[:3] for c in codes})

    told_by_both = {
        "accusation": lambda e: e.cameo_code.startswith("11") and parties(e.actor) == ["USA"]
        and parties(e.recipient) == ["PRK"],
        "alleged transfer": lambda e: e.modality == "alleged" and parties(e.actor) == ["PRK"]
        and parties(e.recipient) == ["RUS"] and parties(e.attributed_to) == ["USA"],
        "denied transfer": lambda e: e.modality == "denied" and parties(e.actor) == ["PRK"]
        and parties(e.recipient) == ["RUS"] and parties(e.attributed_to) == ["PRK", "RUS"],
        "denial": lambda e: e.plover_type == "REJECT" and parties(e.actor) == ["PRK", "RUS"],
        "summit": lambda e: parties(e.actor) == ["JPN", "KOR", "USA"]
        and e.date_start == date(2023, 8, 18),
        "drills": lambda e: e.cameo_code.startswith("15") and parties(e.actor) == ["KOR", "USA"]
        and e.modality == "planned"
        and (e.date_start, e.date_end) == (date(2023, 8, 21), date(2023, 8, 31)),
        "production order": lambda e: e.cameo_code == "154" and parties(e.actor) == ["PRK"]
        and e.modality == "asserted",
    }
    for name, pred in told_by_both.items():
        hits = [e for e in events if pred(e)]
        assert len(hits) == 1, (name, [(e.actor, e.cameo_code, e.recipient, e.modality)
                                       for e in hits])
        assert {m.article_id for m in hits[0].mentions} == set(ids), name
        assert (hits[0].n_articles, hits[0].n_outlets) == (2, 2), name
    # no event is aimed at its own several actors unless they act on each other (03-06)
    for e in events:
        assert e.actor or e.recipient
        assert not (len(e.actor) > 1 and set(e.recipient) == set(e.actor)
                    and e.cameo_root not in ("03", "04", "05", "06"))
    # ingesting the same two texts again changes nothing
    before = store.counts()
    again = ingest_articles(list(seed_pair), store, settings, coder=coder)
    assert again.duplicates == 2 and store.counts() == before


@pytest.mark.issue(4)
def test_seed_pair_events_do_not_depend_on_order_or_batches(tmp_path, coder, seed_pair):
    from sitrep.config import load_settings
    from sitrep.store import Store

    def stored(batches):
        path = tmp_path / f"order{len(batches)}.duckdb"
        with Store(path) as st:
            for batch in batches:
                ingest_articles(list(batch), st, load_settings(db=path), coder=coder)
            return sorted((e.event_id, e.cameo_code, tuple(sorted(e.actor)),
                           tuple(sorted((m.article_id, m.sentence_index) for m in e.mentions)))
                          for e in st.events(with_mentions=True))

    together = stored([seed_pair])
    rewrite_first = stored([[seed_pair[1]], [seed_pair[0]]])
    assert together and together == rewrite_first


@pytest.mark.issue(4)
def test_events_stored_before_claims_were_kept_still_merge(tmp_path, coder, seed_pair):
    """A file from before migration 5 has events but no claims for its articles: the next
    article of the story merges with those events instead of dropping them."""
    from sitrep.config import load_settings
    from sitrep.store import Store

    path = tmp_path / "old.duckdb"
    with Store(path) as st:
        ingest_articles([seed_pair[0]], st, load_settings(db=path), coder=coder)
        st.con.execute("DELETE FROM claims")  # as a file written before claims were kept
        first = {m.article_id for e in st.events(with_mentions=True) for m in e.mentions}
        ingest_articles([seed_pair[1]], st, load_settings(db=path), coder=coder)
        after = {m.article_id for e in st.events(with_mentions=True) for m in e.mentions}
    assert first and first < after
