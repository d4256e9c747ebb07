"""Merging the mentions of one event within a story into one event row.

Two event claims of a story are the same event when they are **compatible** (docs/dedup.md,
"Events within a story"):

* the same modality;
* CAMEO codes of the same family (the same 3-digit code, or one code's root/family is a prefix
  of the other's: `03` ~ `031` ~ `0311`, never `031` ~ `032`);
* each side (actors, recipients) has the same codes; between claims of different articles
  (no article in common: two reports of the event, whose wording and coding differ) the side
  may instead have the same countries, a bare country code fitting any of its sectors (USA ~
  USAGOV; two different sectors do not: PRKMED is not PRKGOV), or be empty in one claim (that
  report's coder did not find it). Within one article a sentence naming a party and one naming
  none ("North Korea" / "Kim") stay two claims. At least one side is known on both and agrees,
  so two events that share no known party never merge;
* dates overlap, where a `reported` date (the coder fell back to the report's date: the real
  date is unknown) and an undated claim are compatible with any date in the story.

Grouping is order-independent: the claims are sorted most specific first (more known sides,
sectored codes, a precise date) with a content key for ties, and each claim joins the first
group whose merged event it is compatible with (the best match if several: most fields equal);
groups whose merged events are still compatible are merged until none are. The merged event
keeps the most specific codes of each country (USAGOV over USA), the known side where one is
empty, the most precise date (day, range, month, year, then reported), the longest code of the
family, the first place named, and the union of attributions (by country, most specific).

The event id is the smallest id among the group's claims (the coder's id of each mention, or
the id of an event already stored, itself the smallest of its claims), so the same claims give
the same id whatever the order or the batches they came in; a group of claims without ids gets
a hash of its countries, code family, modality and first mention.

`one_a_day` (off by default, `--one-a-day` on ingest): the Phoenix rule across stories, an event
with the same actors, recipients, CAMEO code and single day as an event of another story is
counted as that event (its mentions move there).
"""

from __future__ import annotations

import copy
from datetime import date

from sitrep.models import Event, Mention, stable_id

PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "reported": 4}
UNKNOWN_DATE = 5


def code_family(code: str) -> str:
    """The CAMEO family used for merging: the first three digits (or the root if shorter)."""
    return (code or "")[:3]


def _codes_compatible(a: str, b: str) -> bool:
    fa, fb = code_family(a), code_family(b)
    return fa.startswith(fb) or fb.startswith(fa)


def _countries(codes: list[str]) -> frozenset[str]:
    return frozenset(c[:3] for c in codes if c)


def _date_rank(e: Event) -> int:
    if e.date_start is None:
        return UNKNOWN_DATE
    return PRECISION_RANK.get(e.date_precision or "reported", UNKNOWN_DATE)


def _span(e: Event) -> tuple[date | None, date | None]:
    return e.date_start, e.date_end or e.date_start


def _dates_overlap(a: Event, b: Event) -> bool:
    """Overlapping ranges; an undated or `reported` (date unknown) claim overlaps any."""
    if _date_rank(a) >= PRECISION_RANK["reported"] or \
            _date_rank(b) >= PRECISION_RANK["reported"]:
        return True
    (s1, e1), (s2, e2) = _span(a), _span(b)
    return s1 <= e2 and s2 <= e1


def _side_agrees(x: list[str], y: list[str], relaxed: bool) -> bool:
    """The same codes; or, `relaxed`, the same countries where a bare country code fits any of
    its sectors (USA ~ USAGOV) and two claims that both name sectors share one (PRKMED is not
    PRKGOV)."""
    if not relaxed:
        return set(x) == set(y)
    if _countries(x) != _countries(y):
        return False
    for cty in _countries(x):
        sx = {c for c in x if c[:3] == cty and len(c) > 3}
        sy = {c for c in y if c[:3] == cty and len(c) > 3}
        if sx and sy and not sx & sy:
            return False
    return True


def _articles(e: Event) -> set[str]:
    return {m.article_id for m in e.mentions}


def _sides_compatible(a: Event, b: Event) -> bool:
    # an empty side and a bare country code are compatible only between different reports
    # (no article in common): within one article, a sentence that names a party and one that
    # does not ("North Korea" / "Kim") are two claims
    relaxed = not (_articles(a) & _articles(b))
    anchored = False
    for x, y in ((a.actor, b.actor), (a.recipient, b.recipient)):
        if not x and not y:
            continue
        if not x or not y:
            if not relaxed:
                return False
            continue  # unknown in one report: compatible
        if not _side_agrees(x, y, relaxed):
            return False  # a different known dyad
        anchored = True
    return anchored


def same_event(a: Event, b: Event) -> bool:
    """Whether two claims of one story report the same event (see the module doc)."""
    return (
        a.modality == b.modality
        and _codes_compatible(a.cameo_code, b.cameo_code)
        and _sides_compatible(a, b)
        and _dates_overlap(a, b)
    )


def _first_mention(e: Event) -> tuple[str, int]:
    if e.mentions:
        m = min(e.mentions, key=lambda m: (m.article_id, m.sentence_index))
        return m.article_id, m.sentence_index
    return "", e.sentence_index if e.sentence_index is not None else -1


def _specificity_key(e: Event) -> tuple:
    """Most specific first, then a content key (no dependence on input order)."""
    known = bool(e.actor) + bool(e.recipient)
    sectored = sum(len(c) > 3 for c in e.actor + e.recipient)
    return (-known, _date_rank(e), -sectored, -len(e.cameo_code or ""), e.cameo_code or "",
            sorted(e.actor), sorted(e.recipient), e.modality, _first_mention(e),
            e.trigger or "", e.event_id or "")


def _agreement(a: Event, b: Event) -> int:
    """How many fields two compatible claims share exactly (to pick among several groups)."""
    return ((sorted(a.actor) == sorted(b.actor)) + (sorted(a.recipient) == sorted(b.recipient))
            + (a.cameo_code == b.cameo_code) + (_span(a) == _span(b)))


def _merge_codes(sides: list[list[str]], union: bool = False) -> list[str]:
    """One side from several claims (most specific first): the first known side, each
    country-only code replaced by the sectored codes of that country found in another claim;
    with `union`, countries named by any claim are all kept (attributions)."""
    known = [s for s in sides if s]
    if not known:
        return []
    base = list(known[0])
    if union:
        for s in known[1:]:
            have = _countries(base)
            base += [c for c in s if c[:3] not in have]
    out: list[str] = []
    for c in base:
        if len(c) <= 3:
            for s in known:
                spec = [x for x in s if x[:3] == c[:3] and len(x) > 3]
                if spec:
                    out += [x for x in spec if x not in out]
                    break
            else:
                if c not in out:
                    out.append(c)
        elif c not in out:
            out.append(c)
    return out


def merge_events(story_id: str, events: list[Event], outlets: dict[str, str | None]) -> list[Event]:
    """Group the events of one story that report the same event; one event per group.

    `events` are the story's stored events (with their mentions) and new ones, in any order;
    `outlets` maps article_id -> outlet, for n_outlets. Returns the merged events.
    """
    groups: list[tuple[Event, list[Event]]] = []  # (merged event, members)
    for e in sorted(events, key=_specificity_key):
        fits = [g for g in groups if same_event(g[0], e)]
        if fits:
            best = max(fits, key=lambda g: _agreement(g[0], e))  # max keeps the first on ties
            best[1].append(e)
            groups[groups.index(best)] = (_combine(best[1]), best[1])
        else:
            groups.append((_combine([e]), [e]))
    changed = True
    while changed:  # merged events that became compatible with each other
        changed = False
        groups.sort(key=lambda g: _specificity_key(g[0]))
        for i, (gi, mi) in enumerate(groups):
            j = next((j for j in range(i + 1, len(groups)) if same_event(gi, groups[j][0])),
                     None)
            if j is not None:
                members = mi + groups[j][1]
                members.sort(key=_specificity_key)
                groups[i] = (_combine(members), members)
                del groups[j]
                changed = True
                break
    return [_finish(story_id, merged, members, outlets) for merged, members in groups]


def _combine(group: list[Event]) -> Event:
    """The merged fields of a group (members sorted most specific first)."""
    head = copy.copy(group[0])
    head.actor = _merge_codes([e.actor for e in group])
    head.recipient = _merge_codes([e.recipient for e in group])
    head.attributed_to = _merge_codes([e.attributed_to for e in group], union=True)
    for side, names in (("actor", "actor_names"), ("recipient", "recipient_names")):
        if not getattr(head, names) or (getattr(head, side) and not getattr(group[0], side)):
            # (names of a party the dictionaries lack give way to a coded member's)
            donor = next((e for e in group if getattr(e, side) and getattr(e, names)), None)
            if donor is not None:
                setattr(head, names, list(getattr(donor, names)))
    dated = min(group, key=_date_rank)
    head.date_start, head.date_end, head.date_precision = (
        dated.date_start, dated.date_end, dated.date_precision)
    for e in group[1:]:  # the most specific code of the family
        if len(e.cameo_code or "") > len(head.cameo_code or "") and \
                e.cameo_code.startswith(head.cameo_code or ""):
            head.cameo_code = e.cameo_code
            head.plover_type, head.plover_mode = e.plover_type, e.plover_mode
            head.goldstein, head.quad_class = e.goldstein, e.quad_class
        if head.place.name is None and e.place.name is not None:
            head.place = e.place
        head.confidence = max(head.confidence, e.confidence)
    return head


def _finish(story_id: str, head: Event, group: list[Event],
            outlets: dict[str, str | None]) -> Event:
    ids = sorted(e.event_id for e in group if e.event_id)
    mentions: dict[tuple[str, int], Mention] = {}
    for e in sorted(group, key=_first_mention):
        for m in e.mentions:
            mentions.setdefault((m.article_id, m.sentence_index), m)
    first = min(mentions) if mentions else _first_mention(head)
    event_id = ids[0] if ids else stable_id(
        "event", story_id, sorted(_countries(head.actor)), sorted(_countries(head.recipient)),
        code_family(head.cameo_code), head.modality, *first)
    head.event_id = event_id
    head.story_id = story_id
    head.mentions = [mentions[k] for k in sorted(mentions)]
    for m in head.mentions:
        m.event_id = event_id
    count(head, outlets)
    return head


def count(e: Event, outlets: dict[str, str | None]) -> None:
    """Set n_mentions, n_articles, n_outlets from the event's mentions."""
    arts = {m.article_id for m in e.mentions}
    e.n_mentions = len({(m.article_id, m.sentence_index) for m in e.mentions})
    e.n_articles = len(arts)
    e.n_outlets = len({outlets.get(a) or a for a in arts})


def one_a_day(store, story_id: str, events: list[Event]) -> list[Event]:
    """Fold events that repeat a same-day event of another story into it; return the rest."""
    keep = []
    for e in events:
        single_day = e.date_start is not None and (e.date_end in (None, e.date_start))
        other = store.same_day_event(story_id, e.actor, e.recipient, e.cameo_code,
                                     e.modality, e.date_start) if single_day else None
        if other is None:
            keep.append(e)
        else:
            store.add_mentions(other, e.mentions)
            store.recount_event(other)
    return keep
