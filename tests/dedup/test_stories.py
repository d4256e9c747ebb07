"""Story assignment: copies and rewrites join a story; other events stay apart."""

from __future__ import annotations

from datetime import date

import pytest
from dedup_texts import (
    BACKGROUND,
    QUAKE_CHILE,
    QUAKE_CHILE_FOLLOWUP,
    QUAKE_CHILE_REWRITE,
    QUAKE_INDONESIA,
    near_copy,
)

from sitrep.dedup import StoryAssigner
from sitrep.models import Article, article_id_for
from sitrep.store import Store

DAY = date(2024, 3, 5)


def art(text: str, outlet: str = "a", day: date | None = DAY) -> Article:
    return Article(text=text, source="test", outlet=outlet, published=day)


@pytest.fixture
def assigner(store):
    a = StoryAssigner(store)
    for i, text in enumerate(BACKGROUND):
        a.assign(art(text, outlet=f"bg{i}"))
    return a


def test_exact_copy_under_other_case_and_spacing_has_the_same_id():
    messy = "  " + QUAKE_CHILE.upper().replace(" ", "   \n ") + "\n"
    assert article_id_for(messy) == article_id_for(QUAKE_CHILE)
    assert article_id_for(QUAKE_CHILE_REWRITE) != article_id_for(QUAKE_CHILE)


def test_near_copy_joins_by_minhash(assigner):
    first = assigner.assign(art(QUAKE_CHILE))
    second = assigner.assign(art(near_copy(QUAKE_CHILE), outlet="b"))
    assert second == first
    assert assigner.last_match.layer == "near"
    assert assigner.last_match.score >= assigner.config.near_jaccard


def test_rewrite_joins_by_tfidf(assigner):
    first = assigner.assign(art(QUAKE_CHILE))
    second = assigner.assign(art(QUAKE_CHILE_REWRITE, outlet="b"))
    assert second == first
    assert assigner.last_match.layer == "rewrite"


def test_same_topic_different_event_stays_apart(assigner):
    chile = assigner.assign(art(QUAKE_CHILE))
    indonesia = assigner.assign(art(QUAKE_INDONESIA, outlet="b"))
    assert indonesia != chile
    assert assigner.last_match.layer == "new"


def test_background_articles_are_separate_stories(store):
    a = StoryAssigner(store)
    ids = [a.assign(art(t)) for t in BACKGROUND]
    assert len(set(ids)) == len(BACKGROUND)


def test_followup_days_later_joins_within_window_only(assigner):
    first = assigner.assign(art(QUAKE_CHILE))
    later = assigner.assign(art(QUAKE_CHILE_FOLLOWUP, outlet="b", day=date(2024, 3, 8)))
    assert later == first
    # the same follow-up a month later is outside the window: a new story
    other = StoryAssigner(None)
    s1 = other.assign(art(QUAKE_CHILE))
    s2 = other.assign(art(QUAKE_CHILE_FOLLOWUP, day=date(2024, 4, 10)))
    assert s2 != s1


def test_undated_articles_ignore_the_window(assigner):
    first = assigner.assign(art(QUAKE_CHILE, day=date(2020, 1, 1)))
    assert assigner.assign(art(QUAKE_CHILE_REWRITE, day=None)) == first


def test_index_persists_across_processes(db_path):
    with Store(db_path) as st:
        a = StoryAssigner(st)
        with st.transaction():
            ids = a.assign_many([art(t) for t in BACKGROUND] + [art(QUAKE_CHILE)])
    with Store(db_path) as st:
        b = StoryAssigner(st)
        with st.transaction():
            again = b.assign_many([art(QUAKE_CHILE_REWRITE, outlet="b"),
                                   art(QUAKE_INDONESIA, outlet="c")])
        assert again[0] == ids[-1]
        assert again[1] not in ids
        assert b.last_match.layer == "new"
        rows = st.con.execute("SELECT count(*) FROM dedup_stories").fetchone()[0]
        assert rows == len(BACKGROUND) + 2


def test_same_input_same_order_same_stories(tmp_path):
    texts = BACKGROUND + [QUAKE_CHILE, QUAKE_INDONESIA, near_copy(QUAKE_CHILE),
                          QUAKE_CHILE_REWRITE]
    runs = []
    for name in ("one", "two"):
        with Store(tmp_path / f"{name}.duckdb") as st:
            with st.transaction():
                runs.append(StoryAssigner(st).assign_many([art(t) for t in texts]))
    assert runs[0] == runs[1]
    assert len(set(runs[0])) == len(BACKGROUND) + 2
