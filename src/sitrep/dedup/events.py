"""Merging the mentions of one event within a story into one event row.

Two event claims of a story are the same event when they have the same actors and recipients
(as sets of codes), the same modality, CAMEO codes of the same family (the same 3-digit code,
or one code's root/family is a prefix of the other's: `03` ~ `031` ~ `0311`, never `031` ~
`032`) and overlapping dates (an undated claim overlaps any date). Each group becomes one event
with all its mentions (one per article sentence) and n_mentions / n_articles / n_outlets.

The event id is stable: a group that contains an event already stored keeps that event's id;
a new group gets an id from its signature and its first mention, so the same input in the same
order always gives the same ids.

`one_a_day` (off by default, `--one-a-day` on ingest): the Phoenix rule across stories, an event
with the same actors, recipients, CAMEO code and single day as an event of another story is
counted as that event (its mentions move there).
"""

from __future__ import annotations

from datetime import date

from sitrep.models import Event, Mention, stable_id


def code_family(code: str) -> str:
    """The CAMEO family used for merging: the first three digits (or the root if shorter)."""
    return (code or "")[:3]


def _codes_compatible(a: str, b: str) -> bool:
    fa, fb = code_family(a), code_family(b)
    return fa.startswith(fb) or fb.startswith(fa)


def _span(e: Event) -> tuple[date | None, date | None]:
    return e.date_start, e.date_end or e.date_start


def _dates_overlap(a: Event, b: Event) -> bool:
    (s1, e1), (s2, e2) = _span(a), _span(b)
    if s1 is None or s2 is None:
        return True
    return s1 <= e2 and s2 <= e1


def same_event(a: Event, b: Event) -> bool:
    return (
        sorted(a.actor) == sorted(b.actor)
        and sorted(a.recipient) == sorted(b.recipient)
        and a.modality == b.modality
        and _codes_compatible(a.cameo_code, b.cameo_code)
        and _dates_overlap(a, b)
    )


def _first_mention(e: Event) -> tuple[str, int]:
    if e.mentions:
        m = min(e.mentions, key=lambda m: (m.article_id, m.sentence_index))
        return m.article_id, m.sentence_index
    return "", e.sentence_index if e.sentence_index is not None else -1


def merge_events(story_id: str, events: list[Event], outlets: dict[str, str | None]) -> list[Event]:
    """Group the events of one story that report the same event; one event per group.

    `events` are the story's stored events (with their mentions) followed by new ones;
    `outlets` maps article_id -> outlet, for n_outlets. Returns the merged events.
    """
    groups: list[list[Event]] = []
    for e in events:  # stored events come first, so they lead their group
        for g in groups:
            if same_event(g[0], e):
                g.append(e)
                break
        else:
            groups.append([e])
    return [_merge_group(story_id, g, outlets) for g in groups]


def _merge_group(story_id: str, group: list[Event], outlets: dict[str, str | None]) -> Event:
    head = group[0]
    stored = sorted(e.event_id for e in group if e.event_id and e.story_id == story_id)
    if stored:
        event_id = stored[0]
    else:
        event_id = stable_id("event", story_id, sorted(head.actor), sorted(head.recipient),
                             code_family(head.cameo_code), head.modality, *_first_mention(head))
    mentions: dict[tuple[str, int], Mention] = {}
    for e in group:
        for m in e.mentions:
            mentions.setdefault((m.article_id, m.sentence_index), m)
    # fill what the head lacks from the others: a more specific code, dates, place
    for e in group[1:]:
        if len(e.cameo_code or "") > len(head.cameo_code or "") and \
                e.cameo_code.startswith(head.cameo_code or ""):
            head.cameo_code = e.cameo_code
        if head.date_start is None and e.date_start is not None:
            head.date_start, head.date_end, head.date_precision = (
                e.date_start, e.date_end, e.date_precision)
        if head.place.name is None and e.place.name is not None:
            head.place = e.place
        head.confidence = max(head.confidence, e.confidence)
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
