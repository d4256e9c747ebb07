"""Retrieval: the events that answer a question, ranked.

Two signals are combined: the question's focus (actors, groups, event kinds, period) matched
against event fields, and BM25 sentence search (bm25s) over every stored sentence, which also
ranks stories so that a question about one story is answered from that story's events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitrep.analyse.common import parties
from sitrep.ask.focus import Focus
from sitrep.models import Event
from sitrep.store import Store

_TOKEN = re.compile(r"[a-z0-9]+")
# Function words and question words carry no evidence (a tiny constant list, not data).
_STOP = frozenset(
    "a an and are as at be been but by can could did do does for from had has have how if in "
    "into is it its itself may might more most of on or our over so such than that the their "
    "them then there these they this those to under up was we were what when where which while "
    "who whom why will with would about against between potential implications implication "
    "regional international relations security effect effects impact".split()
)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens without stop words, crudely stemmed (plural s, -ing, -ed)."""
    out = []
    for t in _TOKEN.findall(text.lower()):
        if t in _STOP or len(t) < 2:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if len(t) > len(suffix) + 3 and t.endswith(suffix):
                t = t[: -len(suffix)]
                break
        out.append(t)
    return out


STORY_SHARE = 0.5


@dataclass
class Hit:
    event: Event
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class Retrieval:
    hits: list[Hit]
    sentence_hits: list[dict]  # {article_id, sentence_index, text, score}
    story_scores: dict[str, float]


def sentence_search(store: Store, query: str, k: int = 30) -> list[dict]:
    """The k stored sentences that best match the query under BM25 (score > 0 only)."""
    import bm25s

    rows = store.sentences()
    q = tokens(query)
    if not rows or not q:
        return []
    corpus = [tokens(r["text"]) or ["_"] for r in rows]
    vocab = {t for doc in corpus for t in doc}
    q = [t for t in q if t in vocab]
    if not q:
        return []
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    docs, scores = retriever.retrieve([q], k=min(k, len(rows)), show_progress=False)
    out = []
    for idx, score in zip(docs[0], scores[0], strict=True):
        if score <= 0:
            continue
        r = rows[int(idx)]
        out.append({"article_id": r["article_id"], "sentence_index": r["sentence_index"],
                    "text": r["text"], "score": float(score)})
    return out


def event_kind_match(event: Event, kind: dict) -> bool:
    code = event.cameo_code or ""
    return any(code.startswith(c) for c in kind.get("cameo", [])) or (
        event.plover_type is not None and event.plover_type in kind.get("plover", []))


def retrieve(store: Store, focus: Focus, *, limit: int = 40) -> Retrieval:
    """Rank events for a focus. Scores (documented in docs/ask.md):
    +2 per focus party among the event's parties, +2 when the event involves two or more
    parties of one named group, +1.5 when it is of a kind the question names, up to +2 from its
    best-matching mention sentence (BM25, scaled to the best hit), and up to +3 from how well its
    story matches the question. An event is kept when its story scores at least STORY_SHARE of
    the best story, or it involves two focus parties, or one focus party and a kind asked
    about with some text match (or, for a question naming no actor, a kind or a sentence
    match), so that one story's
    events are not diluted by others that merely share an actor. Events outside the question's
    period are dropped, and so are self-directed readings of a claim that another event tells
    with its target (`_superseded_self_readings`)."""
    sentence_hits = sentence_search(store, focus.question)
    best = max((h["score"] for h in sentence_hits), default=0.0) or 1.0
    by_sentence = {(h["article_id"], h["sentence_index"]): h["score"] / best
                   for h in sentence_hits}
    story_of = {a["article_id"]: a["story_id"] for a in store.articles(with_text=False)}
    story_raw: dict[str, float] = {}
    for h in sentence_hits:
        sid = story_of.get(h["article_id"]) or h["article_id"]
        story_raw[sid] = story_raw.get(sid, 0.0) + h["score"]
    top_story = max(story_raw.values(), default=0.0) or 1.0
    story_scores = {s: v / top_story for s, v in story_raw.items()}

    candidates: dict[str, Event] = {}
    for code in focus.codes:
        for e in store.events(actor=code, with_mentions=True):
            candidates[e.event_id] = e
    linked = store.event_ids_by_sentence(list(by_sentence))
    ids = sorted({i for v in linked.values() for i in v} - set(candidates))
    if ids:
        for e in store.events(event_ids=ids, with_mentions=True):
            candidates[e.event_id] = e

    focus_parties = set(parties(focus.codes))
    self_readings = _superseded_self_readings(list(candidates.values()))
    hits = []
    for e in candidates.values():
        if not _in_period(e, focus) or e.event_id in self_readings:
            continue
        reasons, score = [], 0.0
        eparties = set(parties(e.actor + e.recipient))
        shared = eparties & focus_parties
        if shared:
            score += 2 * len(shared)
            reasons.append("actors " + ",".join(sorted(shared)))
        for group in focus.groups:
            if len(eparties & set(parties(group))) >= 2:
                score += 2
                reasons.append("group " + ",".join(group))
                break
        kinds = [k["name"] for k in focus.kinds if event_kind_match(e, k)]
        if kinds:
            score += 1.5
            reasons.append("kind " + "; ".join(kinds))
        text = max((by_sentence.get((m.article_id, m.sentence_index), 0.0)
                    for m in e.mentions), default=0.0)
        if text:
            score += 2 * text
            reasons.append(f"text {text:.2f}")
        stories = {story_of.get(m.article_id) or m.article_id for m in e.mentions}
        story = max((story_scores.get(s, 0.0) for s in stories), default=0.0)
        if story:
            score += 3 * story
            reasons.append(f"story {story:.2f}")
        relevant = (
            story >= STORY_SHARE
            or len(shared) >= 2
            or (shared and kinds and (text or story))
            or (not focus_parties and (kinds or text))
        )
        if relevant and score > 0:
            hits.append(Hit(e, round(score, 3), reasons))
    hits.sort(key=lambda h: (-h.score, h.event.date_start is None, str(h.event.date_start),
                             h.event.event_id))
    return Retrieval(hits[:limit], sentence_hits, story_scores)


def _superseded_self_readings(events: list[Event]) -> set[str]:
    """Events aimed at their own parties ("North Korea condemned North Korea", the coder's
    self-directed reading of a claim) when another event tells the same claim (same acting
    parties, CAMEO root and modality) with a target outside them: the directed one is kept."""
    directed = set()
    for e in events:
        acting, receiving = frozenset(parties(e.actor)), frozenset(parties(e.recipient))
        if acting and receiving - acting:
            directed.add((acting, e.cameo_root, e.modality))
    out = set()
    for e in events:
        acting, receiving = frozenset(parties(e.actor)), frozenset(parties(e.recipient))
        if acting and receiving and receiving <= acting and \
                (acting, e.cameo_root, e.modality) in directed:
            out.add(e.event_id)
    return out


def _in_period(e: Event, focus: Focus) -> bool:
    start = e.date_start
    end = e.date_end or e.date_start
    if start is None:
        return True
    if focus.since and end and end < focus.since:
        return False
    if focus.until and start > focus.until:
        return False
    return True
