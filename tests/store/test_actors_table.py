"""The actors table is filled from the events ingest codes (issue 2, data model)."""

from __future__ import annotations

from sitrep.models import Event
from sitrep.pipeline import actor_rows
from sitrep.store import Store


def test_actor_rows_split_country_and_sector_and_keep_names():
    ev = Event(actor=["PRKGOV"], recipient=["RUS", "IGOUNO"], cameo_code="072",
               actor_names=["Kim Jong Un"], recipient_names=["Moscow", "the United Nations"])
    rows = {r["code"]: r for r in actor_rows([ev])}
    assert rows["PRKGOV"]["country"] == "PRK" and rows["PRKGOV"]["sector"] == "GOV"
    assert rows["PRKGOV"]["aliases"] == ["Kim Jong Un"]
    assert rows["RUS"]["name"] == "Russian Federation" or rows["RUS"]["name"] == "Russia"
    assert rows["IGOUNO"]["country"] is None


def test_record_actors_merges_aliases(tmp_path):
    with Store(tmp_path / "a.duckdb") as store:
        store.record_actors([{"code": "KORGOV", "name": "Seoul", "country": "KOR",
                              "sector": "GOV", "aliases": ["Seoul"]}])
        store.record_actors([{"code": "KORGOV", "name": "Yoon", "country": "KOR",
                              "sector": "GOV", "aliases": ["Yoon Suk Yeol", "Seoul"]}])
        (row,) = store.actors()
    assert row["name"] == "Seoul"
    assert row["aliases"] == ["Seoul", "Yoon Suk Yeol"]
