"""Modality of event triggers on sentences written for these tests (issue 3)."""

from __future__ import annotations

import pytest

from sitrep.coding.cues import load_cues
from sitrep.coding.modality import modality_of


def tok(coder, text: str, word: str, nth: int = 0):
    doc = coder.nlp(text)
    hits = [t for t in doc if t.text == word]
    assert len(hits) > nth, f"{word!r} not in {text!r}"
    return hits[nth]


CASES = [
    # asserted
    ("Police detained four students outside the embassy.", "detained", "asserted"),
    ("Canada has accused Freedonia of shelling a border post.", "accused", "asserted"),
    ("Both governments have denied any arms deliveries.", "denied", "asserted"),
    # alleged
    ("Canada has accused Freedonia of shelling a border post.", "shelling", "alleged"),
    ("Militiamen reportedly looted the warehouse.", "looted", "alleged"),
    ("The alleged raid left two guards wounded.", "raid", "alleged"),
    ("The colonel is suspected of ordering the massacre.", "ordering", "alleged"),
    # denied
    ("Both governments have denied any arms deliveries.", "deliveries", "denied"),
    ("The ministry denied that its pilots had bombed the dam.", "bombed", "denied"),
    # planned
    ("The foreign ministers will meet in Oslo.", "meet", "planned"),
    ("Chile and Peru are set to sign a fisheries pact.", "sign", "planned"),
    ("The envoys are scheduled to hold talks at a summit in Lima.", "summit", "planned"),
    ("The cabinet plans to expel two diplomats.", "expel", "planned"),
    ("The upcoming summit will focus on trade.", "summit", "planned"),
    ("The spokesman said the army would withdraw its tanks.", "withdraw", "planned"),
    ("The two presidents are due to sign the accord in Quito.", "sign", "planned"),
    ("Both navies are poised to begin joint patrols.", "begin", "planned"),
    # hypothetical
    ("The rebels could seize the airport.", "seize", "hypothetical"),
    ("Both sides may resume negotiations.", "resume", "hypothetical"),
    ("Ankara threatened to close the pipeline.", "close", "hypothetical"),
    ("The strike is likely to halt rail traffic.", "halt", "hypothetical"),
    ("The talks will collapse if the militia attacks again.", "attacks", "hypothetical"),
    # negated
    ("The navy did not fire on the trawler.", "fire", "negated"),
    ("The general never ordered the strike.", "ordered", "negated"),
    ("The opposition refused to join the cabinet.", "join", "negated"),
    ("No talks were held in the capital.", "talks", "negated"),
    # a claim further out wins over a plan inside it
    ("The ministry denied that it planned to attack the port.", "attack", "denied"),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_modality(coder, text, word, expected):
    kind, cue_words = modality_of(tok(coder, text, word), load_cues())
    assert kind == expected
    assert (cue_words == []) == (expected == "asserted")


def test_cue_words_name_the_governing_verb(coder):
    kind, cue_words = modality_of(
        tok(coder, "Canada has accused Freedonia of shelling a border post.", "shelling"),
        load_cues())
    assert kind == "alleged"
    assert cue_words == ["accused"]


def test_conjunct_inherits_the_embedding(coder):
    t = tok(coder, "Canada accused Freedonia of arming and training the rebels.", "training")
    assert modality_of(t, load_cues())[0] == "alleged"
