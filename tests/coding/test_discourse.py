"""Article-level discourse links of `sitrep_discourse_v1` (coding/components/discourse.py).

Sentences written by us; the real spaCy coder (session fixture `coder`).
"""

from __future__ import annotations

from datetime import date

PUB = date(2024, 2, 26)


def code(coder, text):
    return coder.code_text(text, PUB, article_id="disc")


def only(events, **want):
    hits = [e for e in events if all(getattr(e, k) == v for k, v in want.items())]
    assert len(hits) == 1, [(e.trigger, e.actor, e.cameo_code, e.recipient, e.modality)
                            for e in events]
    return hits[0]


def test_denied_claim_takes_the_dyad_of_the_alleged_one(coder):
    events = code(coder, "Canada has accused Venezuela of supplying rifles to Cuba. However, "
                         "Venezuela and Cuba both denied any arms transactions.")
    alleged = only(events, modality="alleged")
    assert (alleged.actor, alleged.recipient) == (["VEN"], ["CUB"])
    denied = only(events, modality="denied")
    assert (denied.actor, denied.recipient) == (["VEN"], ["CUB"])
    assert denied.cameo_code[:2] == alleged.cameo_code[:2] == "07"
    assert sorted(denied.attributed_to) == ["CUB", "VEN"]


def test_denial_without_an_earlier_claim_is_no_self_dyad(coder):
    events = code(coder, "Venezuela and Cuba both denied any arms transactions.")
    denied = only(events, modality="denied")
    assert sorted(denied.actor) == ["CUB", "VEN"] and denied.recipient == []


def test_definite_nominal_refers_back_to_the_earlier_event(coder):
    events = code(coder, "Chile and Peru are set to begin their annual naval drills next week. "
                         "The drills will take place from March 3 to 9 and aim to strengthen "
                         "their ability to respond to threats.")
    again = only(events, trigger="drills")
    assert sorted(again.actor) == ["CHL", "PER"] and again.recipient == []
    assert again.cameo_code == "152" and again.modality == "planned"
    # the clause's verb dates the mention
    assert (again.date_start, again.date_end, again.date_precision) == (
        date(2024, 3, 3), date(2024, 3, 9), "range")
    # the clause it continues ("and aim to ...") takes the same actors: no actor-less event
    assert all(e.actor for e in events)
    first = only(events, trigger="begin")
    assert sorted(first.actor) == ["CHL", "PER"] and first.recipient == []  # no self-dyad


def test_a_condemnation_is_not_the_antecedent_of_the_drills(coder):
    events = code(coder, "Bolivia condemned the drills. The drills will run from March 3 to 9.")
    assert not any(e.trigger == "drills" for e in events)
    events = code(coder, "Chile and Peru will hold a naval exercise next month. Bolivia "
                         "condemned the exercise. The exercise will run from March 3 to 9.")
    again = only(events, trigger="exercise")
    assert sorted(again.actor) == ["CHL", "PER"] and again.cameo_code == "152"


def test_an_indefinite_nominal_is_a_new_event_not_a_reference(coder):
    events = code(coder, "Chile and Peru held naval drills in January. Drills will run again "
                         "from March 3 to 9.")
    assert not any(e.trigger.lower() == "drills" and e.date_start == date(2024, 3, 3)
                   for e in events)


def test_petrarch_mode_is_left_alone():
    from sitrep.coding.components.discourse import DiscourseLinker
    from sitrep.coding.dictionaries import load_dictionaries
    from sitrep.coding.extensions import EventCandidate

    class Doc:  # the linker must not touch the candidates in PETRARCH mode
        class _:
            event_candidates = [EventCandidate(0, "152", ["CHL", "PER"], ["CHL", "PER"])]

    doc = Doc()
    DiscourseLinker(load_dictionaries(), require_dyad=True)(doc)
    assert doc._.event_candidates[0].recipient == ["CHL", "PER"]


def test_a_nominal_refers_back_to_an_event_its_class_codes_by_a_pattern(coder):
    # round 18: "joint drills" are military cooperation (the class's "JOINT *" pattern, 062),
    # planned here (0312): "the drills" still refers back to them
    events = code(coder, "Chile and Peru are set to begin their joint naval drills next week. "
                         "The drills will take place from March 3 to 9.")
    again = only(events, trigger="drills")
    assert (again.cameo_code, sorted(again.actor)) == ("0312", ["CHL", "PER"]), again
