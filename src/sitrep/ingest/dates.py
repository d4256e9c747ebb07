"""Parsing the published date of an input (ISO, RFC 822, '14 August 2023', ...)."""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

from sitrep.errors import BadInput

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "YMD",
    "PARSERS": ["timestamp", "absolute-time", "custom-formats"],
}


def parse_published(value: object, *, input: str | None = None) -> date | None:
    """A date from a string, datetime or date; None for empty; BadInput (E110) if unparseable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if _ISO.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
    parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    if parsed is None or not (1800 <= parsed.year <= 2200):
        raise BadInput("E110", input=input, value=text)
    return parsed.date()
