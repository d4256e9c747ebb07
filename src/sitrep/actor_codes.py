"""The anatomy of an actor code (`PRKGOV`, `IGOWAFBUSWAS`, `---MED`): one place for it.

State actors are an ISO 3166 alpha-3 country then 3-letter sector codes; organisations start with
an organisation prefix and their body code; `---` marks an actor whose country is unknown.
"""

from __future__ import annotations

from functools import cache

# Organisation prefixes: the party is the prefix plus the body code (IGOWAFBUSWAS -> IGOWAF).
ORG_PREFIXES = ("IGO", "NGO", "MNC", "IMG")
UNKNOWN = "---"


def is_org(code: str) -> bool:
    return code[:3].upper() in ORG_PREFIXES


def party(code: str) -> str:
    """The country (or organisation) part of an actor code: PRKGOV -> PRK, IGOUNO -> IGOUNO."""
    code = (code or "").upper()
    return code[:6] if is_org(code) else code[:3]


def country_of(code: str) -> str | None:
    """The ISO alpha-3 country of a state actor code; None for organisations and `---`."""
    head = code[:3]
    return head if head.isalpha() and len(head) == 3 and not is_org(code) else None


def sector_of(code: str) -> str | None:
    """The first sector code of a state actor (`PRKGOV` -> GOV), or an organisation's body."""
    return code[3:6] or None


@cache
def country_name(alpha3: str) -> str | None:
    """The common English name of an ISO alpha-3 country code (pycountry), else None."""
    import pycountry

    c = pycountry.countries.get(alpha_3=alpha3.upper()) if len(alpha3) == 3 else None
    return (getattr(c, "common_name", None) or c.name) if c else None
