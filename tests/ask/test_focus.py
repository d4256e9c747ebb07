"""The focus of a question: actors by name, demonym and capital; groups; kinds; period."""

from __future__ import annotations

from datetime import date

from ask_synthetic import SEED_QUESTION

from sitrep.ask import find_focus
from sitrep.ask.resources import actor_aliases, cameo_roots, event_kinds, implication_rules


def test_seed_question_focus():
    f = find_focus(SEED_QUESTION)
    assert f.codes == ["PRK", "RUS", "KOR", "USA", "JPN"]
    assert f.groups == [["KOR", "USA", "JPN"]]
    names = {k["name"] for k in f.kinds}
    assert {"weapons provision", "summit or meeting"} <= names
    assert f.since is None and f.until is None


def test_demonyms_capitals_and_short_names():
    f = find_focus("Did Pyongyang's talks with Moscow worry American and Japanese officials?")
    assert f.codes == ["PRK", "RUS", "USA", "JPN"]
    # "us" the pronoun is not the United States; "US" is
    assert find_focus("what does this mean for us").codes == []
    assert find_focus("what does this mean for the US").codes == ["USA"]


def test_bilateral_group_and_period():
    f = find_focus("What came of the bilateral talks between Saudi Arabia and Iran in March 2023?")
    assert f.groups == [["SAU", "IRN"]]
    assert f.since == date(2023, 3, 1) and f.until == date(2023, 3, 31)
    assert find_focus("events since 2022").since == date(2022, 1, 1)


def test_data_files_load_and_validate():
    assert len(actor_aliases()) > 50
    assert set(cameo_roots()) == {f"{i:02d}" for i in range(1, 21)}
    assert any(k["name"] == "sanctions" for k in event_kinds())
    rules = implication_rules()
    assert len(rules) >= 5
    assert all(r["min_events"] >= 2 for r in rules)
