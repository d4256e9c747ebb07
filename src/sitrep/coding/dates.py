"""When an event happened: its date range resolved against the article's published date.

`resolve_event_date(sent, trigger, published)` returns (start, end, precision), precision one of
day | range | month | year | reported.

Which date expression: every date expression of the sentence (spaCy DATE entities and the
patterns below) is ranked by how it attaches to the trigger: first those whose path up the parse
reaches the trigger without passing another verb ("held talks on Tuesday", "a summit on
August 18"); then those attached to a clause that the trigger continues through a conjunct or an
"xcomp" ("are set to hold ... from August 21 to 31", with the date on either verb). A date
under another verb dates that verb's event, not the trigger's, and the dates of a reporting or
accusing verb do not date the claim it reports. "days before X happens" dates the clause it
hangs from, not X. Ties go to the nearest expression. No expression -> (published,
published, "reported").

Direction: an event that is planned or hypothetical (see modality), or whose verb carries
"will", looks forward from the published date; a past-tense one looks back; otherwise back
(news mostly reports what happened). "on Tuesday" is the nearest Tuesday in that direction
(the published day itself included); a day or month without a year takes the year that puts it
nearest in that direction. Relative phrases ("yesterday", "last week", "earlier this month",
"days ago") come from data/cues/dates.yaml.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from sitrep.coding.cues import Cues, load_cues
from sitrep.coding.modality import governors, modality_of

_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}

_M = r"(?P<{n}>(?:" + "|".join(
    sorted({calendar.month_name[i] for i in range(1, 13)} |
           {calendar.month_abbr[i] + r"\.?" for i in range(1, 13)} | {r"Sept\.?"},
           key=len, reverse=True)) + r"))"
_D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{n}>(?:19|20)\d\d)"
_SEP = r"\s*(?:-|–|—|to|through|until|till|and)\s*"
_LEAD = r"(?:(?:from|between)\s+)?"


def _p(template: str, **names: str) -> str:
    out = template
    for key, name in names.items():
        out = out.replace("{" + key + "}", name)
    return out


def _m(n: str) -> str:
    return _M.replace("{n}", n)


def _d(n: str) -> str:
    return _D.replace("{n}", n)


def _y(n: str) -> str:
    return _Y.replace("{n}", n)


# (kind, compiled pattern) in order of preference (longest forms first); month names are
# matched case-sensitively so that "may" the modal is not May the month.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("range_md_md", re.compile(_LEAD + _m("m1") + r"\s+" + _d("d1") + _SEP + _m("m2") + r"\s+"
                               + _d("d2") + r"(?:,?\s+" + _y("y") + ")?\\b")),
    ("range_dm_dm", re.compile(_LEAD + _d("d1") + r"\s+" + _m("m1") + _SEP + _d("d2") + r"\s+"
                               + _m("m2") + r"(?:,?\s+" + _y("y") + ")?\\b")),
    ("range_mdd", re.compile(_LEAD + _m("m1") + r"\s+" + _d("d1") + _SEP + _d("d2")
                             + r"(?:,?\s+" + _y("y") + ")?\\b")),
    ("range_ddm", re.compile(_LEAD + r"\b" + _d("d1") + _SEP + _d("d2") + r"\s+" + _m("m1")
                             + r"(?:,?\s+" + _y("y") + ")?\\b")),
    ("iso", re.compile(r"\b" + _y("y") + r"-(?P<mn>[01]\d)-(?P<d1>[0-3]\d)\b")),
    ("day_md", re.compile(r"\b" + _m("m1") + r"\s+" + _d("d1") + r"\b(?:,?\s+" + _y("y") + ")?")),
    ("day_dm", re.compile(r"\b" + _d("d1") + r"\s+" + _m("m1") + r"(?:,?\s+" + _y("y") + ")?")),
    ("month", re.compile(r"(?:(?i:\b(?:in|since|by|until|during|early|mid|late|of|this|last|"
                         r"next|before|after)[\s-]+))" + _m("m1") + r"(?:,?\s+" + _y("y")
                         + ")?\\b")),
    ("month_year", re.compile(r"\b" + _m("m1") + r",?\s+" + _y("y") + r"\b")),
    ("year", re.compile(r"(?i:\b(?:in|since|during|by|of|early|late|mid)[\s-]+)" + _y("y")
                        + r"\b")),
    ("weekday", re.compile(r"(?i:\b(?:(?P<rel>last|next|this|on|on\s+last|on\s+next)\s+)?)"
                           r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"\b")),
    ("n_ago", re.compile(r"(?i)\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?)"
                         r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|before|"
                         r"later|from now)\b")),
]


def _phrase_patterns(cues: Cues) -> list[tuple[str, re.Pattern, object]]:
    out: list[tuple[str, re.Pattern, object]] = []
    for table, kind in ((cues.date_calendar, "calendar"), (cues.date_ranges, "rel_range"),
                        (cues.date_days, "rel_day")):
        for phrase, value in table.items():
            pat = re.compile(r"(?i)\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b")
            out.append((kind, pat, value))
    out.sort(key=lambda x: -len(x[1].pattern))
    return out


def _year_for(month: int, day: int, published: date, direction: int) -> int:
    best: tuple[int, int] | None = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        delta = (d - published).days
        if direction < 0 and delta > 0 or direction > 0 and delta < 0:
            penalty = 10_000 + abs(delta)
        else:
            penalty = abs(delta)
        if best is None or penalty < best[0]:
            best = (penalty, y)
    return best[1] if best else published.year


def _year_or_guess(year: int | None, month: int, day: int, published: date | None,
                   direction: int) -> int | None:
    """`year` if the text gave one, else the year `_year_for` picks (None without `published`)."""
    if year is not None:
        return year
    if published is None:
        return None
    return _year_for(month, day, published, direction)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_no(text: str) -> int:
    return _MONTHS[text.rstrip(".").lower()]


def _resolve_match(kind: str, m: re.Match, published: date | None,
                   direction: int) -> tuple[date, date, str] | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if kind.startswith("range"):
        m1 = _month_no(g["m1"])
        m2 = _month_no(g["m2"]) if g.get("m2") else m1
        d1, d2 = int(g["d1"]), int(g["d2"])
        year = _year_or_guess(year, m1, d1, published, direction)
        if year is None:
            return None
        start = _safe(year, m1, d1)
        end = _safe(year + (1 if m2 < m1 else 0), m2, d2)
        if start is None or end is None or end < start:
            return None
        return start, end, "range"
    if kind == "iso":
        d = _safe(int(g["y"]), int(g["mn"]), int(g["d1"]))
        return (d, d, "day") if d else None
    if kind in ("day_md", "day_dm"):
        mo, dd = _month_no(g["m1"]), int(g["d1"])
        year = _year_or_guess(year, mo, dd, published, direction)
        if year is None:
            return None
        d = _safe(year, mo, dd)
        return (d, d, "day") if d else None
    if kind in ("month", "month_year"):
        mo = _month_no(g["m1"])
        if year is None and published is not None and published.month == mo:
            year = published.year  # "in May", published in May: this May
        year = _year_or_guess(year, mo, 15, published, direction)
        if year is None:
            return None
        return date(year, mo, 1), _month_end(year, mo), "month"
    if kind == "year":
        return date(year, 1, 1), date(year, 12, 31), "year"
    if published is None:
        return None
    if kind == "weekday":
        wd = _WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower().split()[-1:] or [""]
        rel_word = rel[0]
        back = (published.weekday() - wd) % 7
        ahead = (wd - published.weekday()) % 7
        if rel_word == "last":
            d = published - timedelta(days=back or 7)
        elif rel_word == "next":
            d = published + timedelta(days=ahead or 7)
        elif direction > 0:
            d = published + timedelta(days=ahead)
        else:
            d = published - timedelta(days=back)
        return d, d, "day"
    if kind == "n_ago":
        n_text = g["n"].lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        sign = -1 if g["dir"].lower() in ("ago", "earlier", "before") else 1
        unit = g["unit"].lower()
        if unit == "day":
            d = published + timedelta(days=sign * n)
            return d, d, "day"
        if unit == "week":
            mid = published + timedelta(days=sign * 7 * n)
            return mid - timedelta(days=3), mid + timedelta(days=3), "range"
        if unit == "month":
            mo = published.month + sign * n
            y = published.year + (mo - 1) // 12
            mo = (mo - 1) % 12 + 1
            return date(y, mo, 1), _month_end(y, mo), "month"
        y = published.year + sign * n
        return date(y, 1, 1), date(y, 12, 31), "year"
    return None


def _resolve_phrase(kind: str, value, published: date) -> tuple[date, date, str]:
    if kind == "rel_day":
        d = published + timedelta(days=int(value))
        return d, d, "day"
    if kind == "rel_range":
        a, b = value
        return published + timedelta(days=a), published + timedelta(days=b), "range"
    unit, shift, part = value
    if unit in ("week", "weekend"):
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        start, end = monday, monday + timedelta(days=6)
        if unit == "weekend":
            start = monday + timedelta(days=5)
        precision = "range"
    elif unit == "month":
        mo = published.month + shift
        y = published.year + (mo - 1) // 12
        mo = (mo - 1) % 12 + 1
        start, end, precision = date(y, mo, 1), _month_end(y, mo), "month"
    else:
        y = published.year + shift
        start, end, precision = date(y, 1, 1), date(y, 12, 31), "year"
    if part == "before":
        end = max(start, published - timedelta(days=1))
        precision = "range"
    elif part == "after":
        start = min(end, published + timedelta(days=1))
        precision = "range"
    return start, end, precision


def _direction(trigger: Token, cues: Cues) -> int:
    kind, _ = modality_of(trigger, cues)
    if kind in ("planned", "hypothetical"):
        return 1
    verbs = [trigger] + [g for g, _how, _dep in governors(trigger)]
    for v in verbs:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if auxes & cues.modality["planned"].auxiliaries:
            return 1
        if v.tag_ == "VBD" or auxes & {"has", "have", "had", "was", "were", "did"}:
            return -1
        return 0
    return 0


def _attachment(span: Span, trigger: Token) -> int | None:
    """Rank of a date expression for this trigger (lower is better; None: unrelated)."""
    root = span.root
    if trigger.i in range(span.start, span.end):
        return None
    chain = governors(trigger)
    # governors whose date also dates the trigger: reached only through conj / xcomp steps
    shared: set[int] = set()
    for gov, how, dep in chain:
        if how == "conj" or dep == "xcomp":
            shared.add(gov.i)
            continue
        break
    ancestors = list(root.ancestors)
    # "came days before X are set to begin": the phrase dates the clause that the subordinate
    # clause hangs from, not the subordinate clause's own event
    subordinators = ("before", "after", "since", "until")
    marks = [t for t in span if t.dep_ == "mark" and t.lower_ in subordinators]
    if marks:
        ancestors = list(marks[0].head.ancestors)
    elif root.head.dep_ == "mark" and root.head.lower_ in subordinators:
        ancestors = list(root.head.head.ancestors)
    elif any(c.dep_ == "mark" and c.lower_ in subordinators and c.i == span.end
             for c in root.head.children):
        ancestors = list(root.head.ancestors)
    for anc in ancestors:
        if anc.i == trigger.i:
            return 0
        if anc.i in shared:
            return 1
        # another verb between: the date belongs to that verb's event (a participle that
        # modifies a noun, "a summit scheduled for May 2", is transparent)
        if anc.pos_ == "VERB" and anc.dep_ not in ("amod", "acl"):
            return None
    return None


def _candidates(sent: Span, published: date | None, direction: int,
                cues: Cues) -> list[tuple[Span, tuple[date, date, str]]]:
    """Every date expression in the sentence with its resolution (non-overlapping, longest
    first)."""
    text = sent.text
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, tuple[date, date, str]]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            a, b = m.span()
            if not free(a, b):
                continue
            res = _resolve_match(kind, m, published, direction)
            if res:
                taken.append((a, b))
                found.append((a, b, res))
    if published is not None:
        for kind, pat, value in _phrase_patterns(cues):
            for m in pat.finditer(text):
                a, b = m.span()
                if free(a, b):
                    taken.append((a, b))
                    found.append((a, b, _resolve_phrase(kind, value, published)))
    out = []
    for a, b, res in found:
        span = sent.doc.char_span(sent.start_char + a, sent.start_char + b,
                                  alignment_mode="expand")
        if span is not None:
            out.append((span, res))
    return out


def resolve_event_date(sent: Span, trigger: Token,
                       published: date | None) -> tuple[date | None, date | None, str]:
    """(start, end, precision) of the event of `trigger` in `sent` (see the module doc)."""
    cues = load_cues()
    direction = _direction(trigger, cues)
    ranked = []
    for span, res in _candidates(sent, published, direction, cues):
        rank = _attachment(span, trigger)
        if rank is not None:
            ranked.append((rank, abs(span.root.i - trigger.i), span.start, res))
    if ranked:
        ranked.sort(key=lambda r: r[:3])
        return ranked[0][3]
    return published, published, "reported"
