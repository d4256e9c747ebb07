"""Who says an event happened, on sentences written for these tests (issue 3)."""

from __future__ import annotations

from sitrep.coding.attribution import attribution_of
from sitrep.coding.cues import load_cues


def spans(coder, text: str, word: str) -> list[str]:
    doc = coder.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return [s.text for s in attribution_of(trigger, load_cues())]




def test_according_to_names_the_outlet(coder):
    text = "The premier ordered new border checks, according to the news agency Tanjug."
    assert spans(coder, text, "ordered") == ["Tanjug"]


def test_officials_said_before_the_claim(coder):
    assert spans(coder, "Officials said the militia burned the depot.", "burned") == ["Officials"]


def test_officials_said_after_the_claim(coder):
    text = "The militia burned the depot, officials said on Friday."
    assert spans(coder, text, "burned") == ["officials"]


def test_accuser_is_the_source_of_the_embedded_claim(coder):
    text = "Canada has accused Freedonia of shelling a border post."
    assert spans(coder, text, "shelling") == ["Canada"]
    assert spans(coder, text, "accused") == []


def test_each_denier_is_its_own_span(coder):
    text = "Both Chile and Peru have denied any arms deliveries."
    assert spans(coder, text, "deliveries") == ["Chile", "Peru"]


def test_passive_reporting_verb_gives_its_agent(coder):
    text = "The mayor was accused by opposition councillors of taking bribes."
    assert spans(coder, text, "taking") == ["opposition councillors"]


def test_no_source(coder):
    assert spans(coder, "Police arrested five protesters in the square.", "arrested") == []
