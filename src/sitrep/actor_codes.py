"""The anatomy of an actor code (`PRKGOV`, `IGOWAFBUSWAS`, `---MED`): one place for it.

State actors are an ISO 3166 alpha-3 country then 3-letter sector codes; organisations start with
an organisation prefix and their body code; `---` marks an actor whose country is unknown.
The CAMEO/Phoenix dictionaries also use codes that are no current country
(data/actors/code_history.csv): a constituent of a dissolved federation in its dated roles
(SCGSRB, Serbia within Serbia and Montenegro: its country is Serbia, SRB), an old or
Phoenix-only spelling of a country (TMP for Timor-Leste, TLS), and regions (MEA, the Middle
East: no country).
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources

# Organisation prefixes: the party is the prefix plus the body code (IGOWAFBUSWAS -> IGOWAF).
ORG_PREFIXES = ("IGO", "NGO", "MNC", "IMG")
UNKNOWN = "---"


def is_org(code: str) -> bool:
    return code[:3].upper() in ORG_PREFIXES


def party(code: str) -> str:
    """The country (or organisation) part of an actor code: PRKGOV -> PRK, IGOUNO -> IGOUNO,
    SCGSRBGOV -> SRB (`country_of`), MEAREB -> MEA."""
    code = (code or "").upper()
    return code[:6] if is_org(code) else (country_of(code) or code[:3])


def after_country(code: str) -> str:
    """What follows the country in a state actor code: ALBREB -> REB, and past a federation's
    constituent, whose country it is (`country_of`), SCGSRBCOP -> COP."""
    code = (code or "").upper()
    if code_history().get(code[:6], ("",))[0] == "constituent":
        return code[6:]
    return code[3:]


def actor_table(name: str) -> list[dict[str, str]]:
    """The rows of the CSV file data/actors/NAME.csv, each checked against
    schemas/NAME.schema.json (a bad row: `BadConfig` E202 naming the file and line)."""
    import jsonschema

    from sitrep.errors import BadConfig

    data = resources.files("sitrep").joinpath("data")
    schema = json.loads(data.joinpath("schemas", f"{name}.schema.json").read_text("utf-8"))
    text = data.joinpath("actors", f"{name}.csv").read_text("utf-8")
    rows = []
    for i, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            jsonschema.validate(row, schema)
        except jsonschema.ValidationError as exc:
            raise BadConfig("E202", input=f"data/actors/{name}.csv:{i}",
                            detail=exc.message) from exc
        rows.append(row)
    return rows


@cache
def code_history() -> dict[str, tuple[str, str]]:
    """code -> (kind, successor) of data/actors/code_history.csv, each row schema-checked."""
    return {row["code"]: (row["kind"], row["successor"]) for row in actor_table("code_history")}


def country_of(code: str) -> str | None:
    """The country of a state actor code, as a current ISO alpha-3 code where there is one
    (SCGSRBGOV -> SRB, TMPGOV -> TLS, PRKGOV -> PRK); None for organisations, regions and
    `---`."""
    code = (code or "").upper()
    head = code[:3]
    if len(head) != 3 or not head.isalpha() or is_org(code):
        return None
    history = code_history()
    kind, successor = history.get(code[:6], ("", ""))
    if kind == "constituent":
        return successor
    kind, successor = history.get(head, ("", ""))
    if kind == "region":
        return None
    return successor or head


def is_region(code: str) -> bool:
    """Whether a code starts with a region code (MEAREB: the Middle East), no country."""
    return code_history().get((code or "")[:3].upper(), ("",))[0] == "region"


def home(code: str) -> str:
    """A code's country where it has one (`country_of`), else its first three letters: the
    key the coder compares sides by (SCGSRBGOV -> SRB, IGOUNO -> IGO, ---GOV -> ---)."""
    return country_of(code) or (code or "")[:3].upper()


def sectors(code: str) -> set[str]:
    """Every three-letter part after the country of a state actor code (`after_country`):
    BIHSRPMIL -> {SRP, MIL}, SCGSRBCOP -> {COP}, TJKCOP -> {COP}."""
    rest = after_country(code)
    return {rest[k:k + 3] for k in range(0, len(rest), 3)}


def sector_of(code: str) -> str | None:
    """The first sector code of a state actor (`PRKGOV` -> GOV), or an organisation's body."""
    return code[3:6] or None


@cache
def country_name(alpha3: str) -> str | None:
    """The common English name of an ISO alpha-3 country code (pycountry), else None."""
    import pycountry

    c = pycountry.countries.get(alpha_3=alpha3.upper()) if len(alpha3) == 3 else None
    return (getattr(c, "common_name", None) or c.name) if c else None
