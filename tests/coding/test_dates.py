"""Event dates resolved against the published date, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.coding.dates import resolve_event_date

PUBLISHED = date(2024, 3, 13)  # a Wednesday


def resolve(coder, text: str, word: str, published: date | None = PUBLISHED):
    doc = coder.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return resolve_event_date(trigger.sent, trigger, published)


D = date
CASES = [
    # weekday: past tense looks back, future looks forward (the published day included)
    ("Gunmen ambushed the convoy on Monday.", "ambushed", (D(2024, 3, 11), D(2024, 3, 11), "day")),
    ("The envoys will meet on Friday.", "meet", (D(2024, 3, 15), D(2024, 3, 15), "day")),
    ("Gunmen ambushed the convoy on Wednesday.", "ambushed",
     (D(2024, 3, 13), D(2024, 3, 13), "day")),
    ("Gunmen ambushed the convoy last Friday.", "ambushed", (D(2024, 3, 8), D(2024, 3, 8), "day")),
    ("Police arrested the editor yesterday.", "arrested", (D(2024, 3, 12), D(2024, 3, 12), "day")),
    ("The cabinet resigned three days ago.", "resigned", (D(2024, 3, 10), D(2024, 3, 10), "day")),
    # calendar units
    ("Artillery pounded the valley last week.", "pounded",
     (D(2024, 3, 4), D(2024, 3, 10), "range")),
    ("The minister will travel to Cairo next month.", "travel",
     (D(2024, 4, 1), D(2024, 4, 30), "month")),
    ("The militia staged two raids earlier this month.", "staged",
     (D(2024, 3, 1), D(2024, 3, 12), "range")),
    ("Grain exports have collapsed this year.", "collapsed",
     (D(2024, 1, 1), D(2024, 12, 31), "year")),
    ("The garrison surrendered days before the ceasefire.", "surrendered",
     (D(2024, 3, 6), D(2024, 3, 12), "range")),
    # explicit ranges
    ("The navies will hold drills from April 2 to 9.", "hold",
     (D(2024, 4, 2), D(2024, 4, 9), "range")),
    ("The navies will hold drills April 2 to 9.", "hold", (D(2024, 4, 2), D(2024, 4, 9), "range")),
    ("The navies will hold drills between 2 and 9 April.", "hold",
     (D(2024, 4, 2), D(2024, 4, 9), "range")),
    ("Talks ran from March 28 to April 3.", "ran", (D(2023, 3, 28), D(2023, 4, 3), "range")),
    # a day without a year: the nearest year in the event's direction
    ("The presidents will meet on March 20.", "meet", (D(2024, 3, 20), D(2024, 3, 20), "day")),
    ("The presidents met on March 20.", "met", (D(2023, 3, 20), D(2023, 3, 20), "day")),
    ("The presidents will meet on 2 February.", "meet", (D(2025, 2, 2), D(2025, 2, 2), "day")),
    ("The presidents met on February 2.", "met", (D(2024, 2, 2), D(2024, 2, 2), "day")),
    ("The treaty was signed on June 5, 2019.", "signed", (D(2019, 6, 5), D(2019, 6, 5), "day")),
    # months and years
    ("The rebels seized the town in October 2021.", "seized",
     (D(2021, 10, 1), D(2021, 10, 31), "month")),
    ("The rebels seized the town in January.", "seized", (D(2024, 1, 1), D(2024, 1, 31), "month")),
    ("The rebels seized the town in 2017.", "seized", (D(2017, 1, 1), D(2017, 12, 31), "year")),
    # a scheduled summit: the date on the noun dates the planned meeting
    ("The premiers are due to confer at a summit on April 4 in Hanoi.", "confer",
     (D(2024, 4, 4), D(2024, 4, 4), "day")),
    # nothing: the published date, marked as such
    ("The two armies exchanged fire.", "exchanged", (PUBLISHED, PUBLISHED, "reported")),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_date_forms(coder, text, word, expected):
    assert resolve(coder, text, word) == expected


def test_the_claim_is_not_dated_by_its_accusation(coder):
    text = "Canada accused Freedonia on Monday of shelling the post in 2019."
    assert resolve(coder, text, "shelling") == (D(2019, 1, 1), D(2019, 12, 31), "year")
    assert resolve(coder, text, "accused") == (D(2024, 3, 11), D(2024, 3, 11), "day")


def test_no_published_date(coder):
    assert resolve(coder, "Gunmen ambushed the convoy on Monday.", "ambushed", None) == \
        (None, None, "reported")
    assert resolve(coder, "The treaty was signed on June 5, 2019.", "signed", None) == \
        (D(2019, 6, 5), D(2019, 6, 5), "day")


def test_a_date_under_another_verb_is_not_the_triggers(coder):
    text = "Chile and Peru announced that they will hold drills from April 2 to 9."
    assert resolve(coder, text, "announced") == (PUBLISHED, PUBLISHED, "reported")
    assert resolve(coder, text, "hold") == (D(2024, 4, 2), D(2024, 4, 9), "range")


def test_days_before_dates_the_main_clause(coder):
    text = "The warning came days before the navies are set to begin their drills."
    assert resolve(coder, text, "came")[2] == "range"
    assert resolve(coder, text, "begin") == (PUBLISHED, PUBLISHED, "reported")
