"""How the brief names parties (issue 5)."""

from sitrep.ask.brief import name_of


def test_unknown_country_codes_are_named_not_printed_raw():
    assert name_of("---MED") == "an unidentified party"
    assert name_of("PRKGOV") == "North Korea"
