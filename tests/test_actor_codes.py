"""One reading of actor codes for every module (store export, analyses, briefs, ingest)."""

from sitrep.actor_codes import country_name, country_of, is_org, party, sector_of, sectors


def test_state_codes_split_into_country_and_sector():
    assert (party("PRKGOV"), country_of("PRKGOV"), sector_of("PRKGOV")) == ("PRK", "PRK", "GOV")
    assert country_name("KOR") in ("Korea, Republic of", "South Korea")


def test_organisations_and_unknown_countries_have_no_country():
    for code in ("IGOWAFBUSWAS", "NGOAMN", "MNCUSA", "IMGMUS"):
        assert is_org(code) and country_of(code) is None
    assert party("IGOWAFBUSWAS") == "IGOWAF"
    assert country_of("---MED") is None and sector_of("---MED") == "MED"


def test_old_and_constituent_codes_read_as_current_countries():
    assert country_of("SCGSRBGOV") == "SRB" and party("SCGSRBGOV") == "SRB"
    assert country_of("YUGHRV") == "HRV" and country_of("USRUKRMIL") == "UKR"
    assert country_of("TMPGOV") == "TLS"  # Phoenix's spelling of Timor-Leste
    assert country_of("SCGGOV") == "SCG"  # the federation itself stays what it was
    assert country_of("MEAREB") is None and party("MEAREB") == "MEA"  # a region, no country


def test_code_history_table_names_real_codes():
    import pycountry

    from sitrep.actor_codes import code_history

    historic = {c.alpha_3 for c in pycountry.historic_countries}
    for code, (kind, successor) in code_history().items():
        if kind == "region":  # a region code must never shadow a country
            assert pycountry.countries.get(alpha_3=code) is None, code
        else:
            assert successor == "KSV" or pycountry.countries.get(alpha_3=successor) or \
                successor in historic, (code, successor)


def test_home_is_the_country_else_the_first_letters():
    from sitrep.actor_codes import home, is_region

    assert [home(c) for c in ("SCGSRBGOV", "PRKGOV", "IGOUNO", "---GOV", "MEAREB")] == \
        ["SRB", "PRK", "IGO", "---", "MEA"]
    assert is_region("MEAREB") and not is_region("PRKGOV") and not is_region("IGOUNO")


def test_the_spelling_table_maps_words_to_other_words():
    from sitrep.coding.dictionaries import name_word, spellings

    table = spellings()
    assert table["organisation"] == "organization"
    assert all(b != a for b, a in table.items())
    assert name_word("Défence".lower()) == "defense"  # accents folded, then spelt


def test_sectors_are_every_part_after_the_country():
    assert sectors("BIHSRPMIL") == {"SRP", "MIL"}  # an ethnic group's forces
    assert sectors("SCGSRBCOP") == {"COP"}  # past a federation's constituent
    assert sectors("TJK") == set()
