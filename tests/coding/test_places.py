"""The offline gazetteer and the place of an event (issue 3)."""

from __future__ import annotations

import pytest

from sitrep.coding.places import Gazetteer, place_of


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def place(coder, gaz, text: str, word: str):
    doc = coder.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return place_of(trigger.sent, trigger, gaz)


@pytest.mark.parametrize(("name", "country"), [
    ("Jordan", "JOR"),        # the country, not a town of that name
    ("Georgia", "GEO"),       # the country, not the US state
    ("Washington", "USA"),    # the most populous city of that name
    ("Kiev", "UKR"),          # an alternate spelling of a city
    ("the United States", "USA"),
    ("Britain", "GBR"),
])
def test_lookup_prefers_countries_then_populous_cities(gaz, name, country):
    kind, p = gaz.lookup(name)
    assert p.country == country


def test_country_has_no_invented_coordinates(gaz):
    kind, p = gaz.lookup("Peru")
    assert kind == "country" and p.lat is None and p.lon is None


def test_curated_venue(gaz):
    kind, p = gaz.lookup("Camp David")
    assert kind == "venue" and p.country == "USA" and p.lat == pytest.approx(39.65, abs=0.05)


def test_unknown_name(gaz):
    assert gaz.lookup("Zorblaxia") is None


def test_city_with_coordinates(coder, gaz):
    p = place(coder, gaz, "The foreign ministers met in Lisbon on Monday.", "met")
    assert (p.name, p.country) == ("Lisbon", "PRT")
    assert p.lat == pytest.approx(38.7, abs=0.2) and p.lon == pytest.approx(-9.1, abs=0.2)


def test_country_alone(coder, gaz):
    p = place(coder, gaz, "Farmers protested in Bolivia.", "protested")
    assert (p.country, p.lat, p.lon) == ("BOL", None, None)


def test_venue_attached_to_a_noun_under_the_trigger(coder, gaz):
    text = "The presidents are due to confer at a summit on April 4 at Camp David."
    p = place(coder, gaz, text, "confer")
    assert (p.name, p.country) == ("Camp David", "USA")


def test_actors_are_not_places(coder, gaz):
    p = place(coder, gaz, "Peru condemned the Chilean naval drills.", "condemned")
    assert p.name is None and p.country is None


def test_place_of_another_clause_is_not_taken(coder, gaz):
    text = "Officials who met in Lima said the army shelled the village."
    p = place(coder, gaz, text, "shelled")
    assert p.name is None


def test_purpose_phrase_is_not_the_place(coder, gaz):
    text = "Freedonia supplied rifles to the militia for use in Bolivia."
    assert place(coder, gaz, text, "supplied").name is None


def test_place_of_the_object_acted_on(coder, gaz):
    p = place(coder, gaz, "Gunmen attacked a checkpoint in Lisbon.", "attacked")
    assert p.country == "PRT"


def test_common_noun_is_not_looked_up_as_a_town(coder, gaz):
    # "summit" is also a town name in the gazetteer; as a common noun it is no place.
    p = place(coder, gaz, "At a summit, the ministers signed a customs pact.", "signed")
    assert p.name is None and p.country is None
    p = place(coder, gaz, "At a summit in Lagos, the ministers signed a customs pact.", "signed")
    assert p.name == "Lagos" and p.country == "NGA"


@pytest.mark.parametrize(("text", "word", "country"), [
    # a city named with its state or country is that one, not the most populous namesake
    ("The mayor spoke at a rally in Santa Rosa, California, on Sunday.", "spoke", "USA"),
    ("Gunmen attacked a police post in Tripoli, Lebanon, on Monday.", "attacked", "LBN"),
    ("Gunmen attacked a police post in Tripoli on Monday.", "attacked", "LBY"),
])
def test_a_city_qualified_by_its_country_or_state(coder, gaz, text, word, country):
    assert place(coder, gaz, text, word).country == country


def test_a_city_actor_qualified_by_its_country(coder):
    from datetime import date

    evs = coder.code_text("Gunmen attacked a police post in Tripoli, Lebanon, on Monday.",
                          date(2020, 1, 6))
    ev = next(e for e in evs if e.trigger == "attacked")
    assert [c[:3] for c in ev.recipient] == ["LBN"], ev  # LBNCOP: the police post's


def test_a_country_the_tagger_takes_for_a_date_is_still_a_place(coder, gaz):
    # the small English model tags "Niger" after "in" as a DATE entity
    p = place(coder, gaz, "Gunmen abducted two Chilean aid workers in Niger.", "abducted")
    assert p.country == "NER", p
    ev = [e for e in coder.code_text("Gunmen abducted two Chilean aid workers in Niger.")
          if e.trigger == "abducted"][0]
    assert ev.actor == ["NERUAF"], ev  # the gunmen are of the place, not of their captives


@pytest.mark.parametrize(("text", "word", "name", "country"), [
    # a place known by its bearing from a city: that city's country, no coordinates
    ("Gunmen killed eight farmers in a hamlet 30 km south of Kabul on Sunday.", "killed",
     "south of Kabul", "AFG"),
    # "the town of X": X, known or not
    ("Soldiers burned houses in the village of Kiboko on Monday.", "burned", "Kiboko", None),
    ("Soldiers burned houses in the town of Tacna on Monday.", "burned", "Tacna", "PER"),
    # a province of a country the gazetteer lacks: the country
    ("Rebels ambushed a convoy in Chile's Zorvala province.", "ambushed", "Chile", "CHL"),
    # marching through a city
    ("Protesters marched through Lima on Saturday.", "marched", "Lima", "PER"),
])
def test_bearings_named_towns_and_owners(coder, gaz, text, word, name, country):
    p = place(coder, gaz, text, word)
    assert (p.name, p.country) == (name, country), p
    if name.startswith("south"):
        assert p.lat is None and p.lon is None


def test_a_demonym_before_a_place_noun_gives_the_unknown_places_country(coder, gaz):
    text = "Rebels shelled an army post in the southern Peruvian town of Qoyllurpata on Monday."
    p = place(coder, gaz, text, "shelled")
    assert p.country == "PER" and p.lat is None
