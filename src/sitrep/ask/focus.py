"""The focus of a question: the actors it names, the kinds of events it asks about, its period.

Actors are found by name, demonym or capital (data/ask/actor_aliases.csv), by country name
(pycountry) and by the names of actors in the store's `actors` table. Parties listed after
"trilateral"/"bilateral"/"between" are kept together as a group.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache

import pycountry

from sitrep.actor_codes import country_name as actor_country_name
from sitrep.actor_codes import is_org
from sitrep.ask.resources import actor_aliases, event_kinds
from sitrep.store import Store

_GROUP_WORDS = {"bilateral": 2, "trilateral": 3, "quadrilateral": 4, "between": 0, "among": 0}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


@dataclass
class Focus:
    question: str
    actors: list[dict] = field(default_factory=list)  # {code, name, matched}
    groups: list[list[str]] = field(default_factory=list)  # parties named together
    kinds: list[dict] = field(default_factory=list)  # {name, cameo, plover, matched}
    since: date | None = None
    until: date | None = None

    @property
    def codes(self) -> list[str]:
        return [a["code"] for a in self.actors]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["since"] = self.since.isoformat() if self.since else None
        d["until"] = self.until.isoformat() if self.until else None
        return d


def country_name(code: str) -> str | None:
    """A readable name for a party code (ISO alpha-3 via pycountry, else the alias table)."""
    for row in actor_aliases():
        if row["code"] == code and row["kind"] in ("name", "igo"):
            return row["alias"]
    return None if is_org(code) else actor_country_name(code[:3])


def _alias_table(store: Store | None) -> list[tuple[str, str, bool]]:
    if store is None:
        return _builtin_alias_table()
    return _merge_store_aliases(_builtin_alias_table(), store)


@cache
def _builtin_alias_table() -> list[tuple[str, str, bool]]:
    return _build_alias_table(None)


def _merge_store_aliases(table: list, store: Store) -> list[tuple[str, str, bool]]:
    extra = _build_alias_table(store)
    return extra if len(extra) != len(table) else table


def _build_alias_table(store: Store | None) -> list[tuple[str, str, bool]]:
    """(alias, code, case_sensitive) longest first."""
    table: dict[str, tuple[str, bool]] = {}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None)):
            if name and "," not in name:
                table.setdefault(name, (c.alpha_3, False))
    for row in actor_aliases():
        alias = row["alias"]
        # Short upper-case aliases (US, UN, EU) only match as written, so "us" is not the USA.
        table[alias] = (row["code"], alias.isupper() and len(alias) <= 4)
    if store is not None:
        for actor in store.actors():
            for name in [actor.get("name"), *(actor.get("aliases") or [])]:
                if name and len(name) > 3:
                    table.setdefault(name, (actor["code"], False))
    return sorted(((a, c, cs) for a, (c, cs) in table.items()), key=lambda t: -len(t[0]))


def _find_actors(question: str, store: Store | None) -> list[tuple[int, int, str, str]]:
    """(start, end, code, matched text) of each actor mention, non-overlapping, in order."""
    taken: list[tuple[int, int]] = []
    found = []
    for alias, code, case_sensitive in _alias_table(store):
        flags = 0 if case_sensitive else re.I
        pattern = r"(?<![\w.])" + re.escape(alias) + r"(?:'s|’s)?(?![\w])"
        for m in re.finditer(pattern, question, flags):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), code, m.group(0)))
    return sorted(found)


def find_actor_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, code, matched text) of each actor named in a text, in order."""
    return _find_actors(text, None)


def _word_re(word: str) -> re.Pattern:
    w = re.escape(word.lower()).replace(r"\ ", r"\s+")
    if w.endswith(r"\*"):
        w = w[:-2] + r"\w*"
    return re.compile(r"\b" + w + r"\b", re.I)


def _find_kinds(question: str) -> list[dict]:
    kinds = []
    for kind in event_kinds():
        hits = [w for w in kind["words"] if _word_re(w).search(question)]
        if hits:
            kinds.append({"name": kind["name"], "cameo": list(kind.get("cameo", [])),
                          "plover": list(kind.get("plover", [])), "matched": hits})
    return kinds


def _find_groups(question: str, mentions: list[tuple[int, int, str, str]]) -> list[list[str]]:
    groups = []
    for m in re.finditer(r"\b(" + "|".join(_GROUP_WORDS) + r")\b", question, re.I):
        size = _GROUP_WORDS[m.group(1).lower()]
        # The parties of a group are the actors named after the word, up to the clause's end.
        end = len(question)
        stop = re.search(r"[?;:]|\b(have|has|on|could|would|will|in)\b",
                         question[m.end():])
        if stop:
            end = m.end() + stop.start()
        # "trilateral summit between A, B and C": keep reading through "between".
        nxt = re.match(r"\s+\w+\s+(between|among)\b", question[m.end():])
        if nxt and stop and stop.start() < nxt.end():
            end = len(question)
            stop2 = re.search(r"[?;:]|\b(have|has|on|could|would|will|in)\b",
                              question[m.end() + nxt.end():])
            if stop2:
                end = m.end() + nxt.end() + stop2.start()
        codes: list[str] = []
        for s, _e, code, _t in mentions:
            if m.end() <= s < end and code not in codes:
                codes.append(code)
        if size:
            codes = codes[:size]
        if len(codes) >= 2 and codes not in groups:
            groups.append(codes)
    return groups


def _find_period(question: str) -> tuple[date | None, date | None]:
    iso = re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", question)
    if iso:
        days = sorted(date(int(y), int(m), int(d)) for y, m, d in iso)
        return days[0], days[-1] if len(days) > 1 else None
    month = re.search(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", question, re.I)
    if month:
        y, m = int(month.group(2)), _MONTHS[month.group(1).lower()]
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    year = re.search(r"\b(?:in|during|since|of)\s+((?:19|20)\d{2})\b", question, re.I)
    if year:
        y = int(year.group(1))
        if re.search(r"\bsince\s+" + year.group(1), question, re.I):
            return date(y, 1, 1), None
        return date(y, 1, 1), date(y, 12, 31)
    return None, None


def find_focus(question: str, store: Store | None = None) -> Focus:
    """The focus of a question (actors, groups, event kinds, period)."""
    mentions = _find_actors(question, store)
    actors: list[dict] = []
    for _s, _e, code, text in mentions:
        if code not in [a["code"] for a in actors]:
            actors.append({"code": code, "name": country_name(code) or text, "matched": text})
    since, until = _find_period(question)
    return Focus(question=question, actors=actors, groups=_find_groups(question, mentions),
                 kinds=_find_kinds(question), since=since, until=until)
