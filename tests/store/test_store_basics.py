"""The store on a real DuckDB file: schema, migrations, idempotent writes, rollback."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from sitrep.errors import StoreError
from sitrep.models import Article
from sitrep.pipeline import ingest_articles
from sitrep.store import SCHEMA_VERSION, Store

A1 = "The foreign ministers of Ghana and Togo met in Accra on Monday to discuss trade."
A2 = "Floods in Libya destroyed two dams near the city of Derna on Sunday, officials said."


def art(text, **kw):
    return Article(text=text, source="test", outlet=kw.pop("outlet", "Test Wire"),
                   published=kw.pop("published", date(2023, 9, 11)), **kw)


def test_new_file_has_every_table_and_the_current_schema(db_path):
    with Store(db_path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        counts = s.counts()
    assert set(counts) >= {"articles", "stories", "events", "mentions", "actors", "sentences"}
    assert all(n == 0 for n in counts.values())


def test_reopening_does_not_migrate_again(db_path):
    Store(db_path).close()
    with Store(db_path) as s:
        rows = s.con.execute("SELECT count(*) FROM schema_version").fetchone()[0]
    assert rows == SCHEMA_VERSION


def test_newer_schema_is_refused(db_path):
    with Store(db_path) as s:
        s.con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError) as exc:
        Store(db_path)
    assert exc.value.code == "E303" and exc.value.exit_code == 3


def test_missing_folder_and_missing_read_only_file(tmp_path):
    with pytest.raises(StoreError) as exc:
        Store(tmp_path / "no" / "such" / "x.duckdb")
    assert exc.value.code == "E301"
    with pytest.raises(StoreError) as exc:
        Store(tmp_path / "absent.duckdb", read_only=True)
    assert exc.value.code == "E301"


def test_table_counts_cover_every_table(store):
    counts = store.table_counts()
    assert set(store.counts()) <= set(counts) and "schema_version" not in counts


def test_add_article_twice_changes_nothing(store):
    a = art(A1, metadata={"desk": "west africa"})
    a.story_id = a.article_id
    store.add_article(a)
    before = store.counts()
    store.add_article(art(A1))
    assert store.counts() == before
    [row] = store.articles()
    assert row["metadata"] == {"desk": "west africa"}
    assert row["published"] == date(2023, 9, 11)
    assert store.existing_article_ids([a.article_id, "nope"]) == {a.article_id}


def test_failed_write_rolls_back_the_whole_transaction(store):
    store.add_article(art(A1))
    with pytest.raises(StoreError) as exc:
        with store.transaction():
            store.add_article(art(A2))
            store.con.execute("INSERT INTO articles (article_id) VALUES (?)", ["x"])  # NOT NULL
    assert exc.value.code == "E302" and exc.value.exit_code == 3
    assert [r["text"] for r in store.articles()] == [A1]


def test_any_error_rolls_back(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_article(art(A2))
            raise RuntimeError("boom")
    assert store.counts()["articles"] == 0


def test_store_failure_mid_batch_keeps_earlier_batches(store, settings, coder, monkeypatch):
    ingest_articles([art(A1)], store, settings, coder=coder)
    before = store.table_counts()
    calls = []

    def failing(story_id):
        calls.append(story_id)
        if len(calls) == 2:  # the second story of the batch fails to write
            raise duckdb.IOException("disk full")

    monkeypatch.setattr(store, "refresh_story", failing)
    third = "Chile and Argentina agreed on Friday to build a new road through the Andes."
    with pytest.raises(StoreError):
        ingest_articles([art(A2), art(third)], store, settings, coder=coder)
    assert len(calls) == 2
    assert store.table_counts() == before
    assert [r["text"] for r in store.articles()] == [A1]


def test_ingest_articles_is_idempotent(store, settings, coder):
    first = ingest_articles([art(A1), art(A2), art(A1)], store, settings, coder=coder)
    assert (first.stored, first.duplicates) == (2, 1)
    counts = store.table_counts()
    again = ingest_articles([art(A2), art(A1)], store, settings, coder=coder)
    assert (again.stored, again.duplicates) == (0, 2)
    assert store.table_counts() == counts
    assert counts["articles"] == 2 and counts["stories"] >= 1


def test_claims_are_kept_as_coded_and_read_back_whole(db_path):
    from sitrep.models import Event, Mention, Place

    ev = Event(["GHAGOV"], ["TGO"], "043", plover_type="CONSULT", modality="planned",
               date_start=date(2023, 9, 18), date_end=date(2023, 9, 19), date_precision="range",
               place=Place("Accra", "GHA", 5.56, -0.2), trigger="meet", sentence_index=0,
               event_id="e1", mentions=[Mention("a1", 0, "They will meet.", "meet")])
    assert Event.from_dict(ev.to_dict()) == ev
    with Store(db_path) as s:
        with s.transaction():
            s.add_claims("s1", "a1", [ev])
            s.add_claims("s2", "a2", [])
        claims, ids = s.story_claims("s1")
    assert claims == [ev] and ids == {"a1"}
