"""One reading of actor codes for every module (store export, analyses, briefs, ingest)."""

from sitrep.actor_codes import country_name, country_of, is_org, party, sector_of


def test_state_codes_split_into_country_and_sector():
    assert (party("PRKGOV"), country_of("PRKGOV"), sector_of("PRKGOV")) == ("PRK", "PRK", "GOV")
    assert country_name("KOR") in ("Korea, Republic of", "South Korea")


def test_organisations_and_unknown_countries_have_no_country():
    for code in ("IGOWAFBUSWAS", "NGOAMN", "MNCUSA", "IMGMUS"):
        assert is_org(code) and country_of(code) is None
    assert party("IGOWAFBUSWAS") == "IGOWAF"
    assert country_of("---MED") is None and sector_of("---MED") == "MED"
