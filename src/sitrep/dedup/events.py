"""Merging the mentions of one event within a story into one event row."""

from __future__ import annotations

from sitrep.models import Event, stable_id


def merge_events(story_id: str, events: list[Event], outlets: dict[str, str | None]) -> list[Event]:
    """Group events with the same signature; each group becomes one event with all mentions.

    `outlets` maps article_id -> outlet, for n_outlets.
    """
    groups: dict[str, Event] = {}
    for e in events:
        key = stable_id(story_id, sorted(e.actor), sorted(e.recipient), e.cameo_code, e.modality,
                        e.date_start, e.date_end)
        if key not in groups:
            e.event_id = key
            e.story_id = story_id
            groups[key] = e
            e.mentions = list(e.mentions)
        else:
            groups[key].mentions.extend(e.mentions)
    for e in groups.values():
        seen = {(m.article_id, m.sentence_index) for m in e.mentions}
        e.mentions = [m for m in e.mentions if (m.article_id, m.sentence_index) in seen]
        for m in e.mentions:
            m.event_id = e.event_id
        arts = {m.article_id for m in e.mentions}
        e.n_mentions = len(seen)
        e.n_articles = len(arts)
        e.n_outlets = len({outlets.get(a) or a for a in arts})
    return list(groups.values())
