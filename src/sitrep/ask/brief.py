"""Assemble a brief for a question: focus, key facts, contested claims, dyad trends, upcoming
events, implications and gaps, every item naming its events and citing stored sentences."""

from __future__ import annotations

from datetime import date

from sitrep.analyse.common import event_summary, parties
from sitrep.analyse.dyads import dyads
from sitrep.ask.citations import CitationIndex
from sitrep.ask.focus import Focus, country_name, find_actor_mentions, find_focus
from sitrep.ask.implications import derive
from sitrep.ask.resources import cameo_roots, event_kinds
from sitrep.ask.retrieve import Hit, event_kind_match, retrieve
from sitrep.errors import BadInput
from sitrep.models import Event
from sitrep.store import Store

MAX_FACTS = 20
_CLAIM_MODALITIES = ("asserted", "alleged", "denied", "negated")
_REJECTION_KIND = "denial or rejection"  # the event kind (data/ask/event_kinds.yaml) of denials


def name_of(code: str) -> str:
    if code.startswith("---"):  # an actor whose country the text does not say
        return "an unidentified party"
    return country_name(code) or code


def _who(codes: list[str]) -> str:
    names = [name_of(p) for p in parties(codes)]
    if not names:
        return "unnamed parties"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _when(e: Event) -> str:
    if e.date_start is None:
        return ""
    if e.date_end and e.date_end != e.date_start:
        return f" from {e.date_start.isoformat()} to {e.date_end.isoformat()}"
    if e.date_precision == "reported":
        return f" (reported {e.date_start.isoformat()})"
    return f" on {e.date_start.isoformat()}"


def describe(e: Event) -> str:
    """One plain sentence for an event: who did what to whom, when, where, says who."""
    verb = cameo_roots().get(e.cameo_root, {}).get("verb", "acted towards")
    label = cameo_roots().get(e.cameo_root, {}).get("label", "act")
    if not e.recipient:
        core = f"{_who(e.actor)}: {label}"
    elif set(parties(e.recipient)) == set(parties(e.actor)):
        among = "with each other" if len(parties(e.actor)) > 1 else "domestic"
        core = f"{_who(e.actor)}: {label} ({among})"
    else:
        core = f"{_who(e.actor)} {verb} {_who(e.recipient) if e.recipient else ''}".strip()
    where = f" at {e.place.name}" if e.place and e.place.name else ""
    code = f" [CAMEO {e.cameo_code}" + (f", {e.plover_type}" if e.plover_type else "") + "]"
    by = f" by {_who(e.attributed_to)}" if e.attributed_to else ""
    text = {
        "asserted": f"{core}{where}{_when(e)}",
        "alleged": f"Alleged{by}: {core}{where}{_when(e)}",
        "denied": f"Denied{by}: {core}{where}{_when(e)}",
        "planned": f"Planned: {core}{where}{_when(e)}",
        "hypothetical": f"Possible: {core}{where}{_when(e)}",
        "negated": f"Did not happen: {core}{where}{_when(e)}",
    }.get(e.modality, f"{core}{_when(e)}")
    if e.modality == "asserted" and e.attributed_to:
        text += f" (according to {_who(e.attributed_to)})"
    return text[0].upper() + text[1:] + code + "."


def _actor_first(e: Event) -> bool:
    """Does a mention sentence name one of the event's actors before its recipients?"""
    acts, recs = set(parties(e.actor)), set(parties(e.recipient))
    for m in e.mentions:
        seen = [code for _s, _e, code, _t in find_actor_mentions(m.sentence or "")]
        a = next((i for i, c in enumerate(seen) if c in acts and c not in recs), None)
        r = next((i for i, c in enumerate(seen) if c in recs and c not in acts), None)
        if a is not None and r is not None:
            return a < r
    return False


class _Builder:
    def __init__(self, store: Store, focus: Focus, hits: list[Hit]) -> None:
        self.store = store
        self.focus = focus
        self.hits = hits
        self.events = [h.event for h in hits]
        # Events whose sentence names the actor first lead when several word the same thing.
        self.worded = sorted(self.events, key=lambda e: not _actor_first(e))
        self.cite = CitationIndex(store)
        self.evidence: dict[str, str] = {}  # event_id -> E1...
        self.reported: dict[str, date] = {}
        for e in self.events:
            days = [a.get("published") for m in e.mentions
                    if (a := self.cite.article(m.article_id)) and a.get("published")]
            if days:
                self.reported[e.event_id] = min(days)

    def eid(self, event_id: str) -> str:
        return self.evidence.setdefault(event_id, f"E{len(self.evidence) + 1}")

    def item(self, text: str, events: list[Event], per_event: int = 2) -> dict:
        citations = []
        for e in events:
            self.eid(e.event_id)
            for c in self.cite.cite(e, limit=per_event):
                if c not in citations:
                    citations.append(c)
        return {"text": text, "event_ids": [e.event_id for e in events],
                "evidence": [self.eid(e.event_id) for e in events], "citations": citations}

    def facts(self) -> list[dict]:
        """The best-ranked events, one item each; events that tell the same thing in either
        direction (same parties, CAMEO root, modality and dates) share one item."""
        out: list[dict] = []
        groups: dict[tuple, list[Hit]] = {}
        order: list[tuple] = []
        for h in self.hits:
            e = h.event
            key = (frozenset(parties(e.actor + e.recipient)), e.cameo_root, e.modality,
                   e.date_start, e.date_end)
            if key not in groups:
                order.append(key)
            groups.setdefault(key, []).append(h)
        for key in order[:MAX_FACTS]:
            # Of mirrored events, word the one whose actor the sentence names before its
            # recipient (English puts the doer first).
            hits = sorted(groups[key], key=lambda h: not _actor_first(h.event))
            e = hits[0].event
            item = self.item(describe(e), [h.event for h in hits], per_event=3)
            item.update({k: v for k, v in event_summary(e).items() if k != "event_id"})
            item["score"] = max(h.score for h in hits)
            item["why"] = hits[0].reasons
            if len(hits) > 1:
                item["members"] = [event_summary(h.event) for h in hits]
            out.append(item)
        return out

    def contested(self) -> list[dict]:
        """Claims told with different modalities (alleged vs denied, asserted vs negated):
        same acting and receiving parties, same CAMEO root."""
        groups: dict[tuple, list[Event]] = {}
        for e in self.worded:
            if e.modality not in _CLAIM_MODALITIES:
                continue
            key = (frozenset(parties(e.actor)), frozenset(parties(e.recipient)), e.cameo_root)
            groups.setdefault(key, []).append(e)
        out = []
        for (_a, _r, _root), events in groups.items():
            modalities = {e.modality for e in events}
            mention_modalities = {m.modality for e in events for m in e.mentions}
            if len(modalities) < 2 and len(mention_modalities) < 2:
                continue
            if not (modalities | mention_modalities) & {"alleged", "denied", "negated"}:
                continue
            first = events[0]
            claims = []
            for e in sorted(events, key=lambda x: _CLAIM_MODALITIES.index(x.modality)):
                who = _who(e.attributed_to) if e.attributed_to else "the reports"
                claims.append({"event_id": e.event_id, "modality": e.modality,
                               "by": list(e.attributed_to), "says": f"{e.modality} by {who}"})
            verb = cameo_roots().get(first.cameo_root, {}).get("verb", "acted towards")
            text = (f"Whether {_who(first.actor)} {verb} {_who(first.recipient)}: "
                    + "; ".join(c["says"] for c in claims) + ".")
            item = self.item(text, events)
            item["claims"] = claims
            out.append(item)
        out += self._rejected_claims({i for item in out for i in item["event_ids"]})
        return out

    def _rejected_claims(self, done: set[str]) -> list[dict]:
        """Alleged claims that their parties reject in a separate (asserted) event, e.g.
        "X and Y denied the accusation". Claims over the same parties, in either direction,
        are one item."""
        kind = next(k for k in event_kinds() if k["name"] == _REJECTION_KIND)
        rejections = [e for e in self.events if e.modality == "asserted" and
                      event_kind_match(e, kind)]
        grouped: dict[frozenset, tuple[list[Event], list[Event]]] = {}
        for c in self.worded:
            if c.modality != "alleged" or c.event_id in done:
                continue
            claim_parties = set(parties(c.actor + c.recipient))
            told_by = set(parties(c.attributed_to))
            answers = [d for d in rejections
                       if set(parties(d.actor)) & claim_parties and (
                           not d.recipient
                           or set(parties(d.recipient)) & (told_by | claim_parties))]
            if not answers:
                continue
            claims, denials = grouped.setdefault(frozenset(claim_parties), ([], []))
            claims.append(c)
            denials += [d for d in answers if d not in denials]
        out = []
        for claims, denials in grouped.values():
            first = claims[0]
            verb = cameo_roots().get(first.cameo_root, {}).get("verb", "acted towards")
            by = sorted({a for c in claims for a in c.attributed_to})
            deniers = [a for d in denials for a in d.actor]
            says = [{"event_id": c.event_id, "modality": "alleged", "by": list(c.attributed_to),
                     "says": "alleged by " + (_who(c.attributed_to) if c.attributed_to
                                              else "the reports")}
                    for c in claims]
            says += [{"event_id": d.event_id, "modality": "rejected", "by": list(d.actor),
                      "says": f"rejected by {_who(d.actor)}"} for d in denials]
            text = (f"Whether {_who(first.actor)} {verb} {_who(first.recipient)}: alleged by "
                    f"{_who(by) if by else 'the reports'}; rejected by {_who(deniers)}.")
            item = self.item(text, claims + denials, per_event=1)
            item["claims"] = says
            out.append(item)
        return out

    def upcoming(self) -> list[dict]:
        planned = sorted((e for e in self.events if e.modality == "planned"),
                         key=lambda e: (e.date_start is None, e.date_start or date.max))
        out = []
        for e in planned:
            row = event_summary(e)
            row.update(self.item(describe(e), [e]))
            out.append(row)
        return out

    def trends(self) -> dict:
        codes = self.focus.codes or sorted({p for e in self.events
                                            for p in parties(e.actor + e.recipient)})
        asserted = dyads(self.store, by="day", modality="asserted", actors=codes)
        every = dyads(self.store, by="day", modality="all", actors=codes)
        return {
            "note": "dyad series count asserted events only; `all` adds alleged, denied, "
                    "planned, hypothetical and negated events for context",
            "actors": codes,
            "asserted": asserted["rows"],
            "all": every["rows"],
        }

    def implications(self) -> list[dict]:
        by_id = {e.event_id: e for e in self.events}
        out = []
        for imp in derive(self.worded, namer=name_of, reported=self.reported):
            item = self.item(imp["text"], [by_id[i] for i in imp["event_ids"]], per_event=1)
            item.update({"rule": imp["rule"], "title": imp["title"], "parties": imp["parties"],
                         "roles": imp["roles"]})
            out.append(item)
        return out

    def gaps(self, facts: list[dict]) -> list[dict]:
        out = []
        ev = self.events
        asserted_keys = {(frozenset(parties(e.actor)), frozenset(parties(e.recipient)),
                          e.cameo_root) for e in ev if e.modality == "asserted"}
        for e in ev:
            key = (frozenset(parties(e.actor)), frozenset(parties(e.recipient)), e.cameo_root)
            if e.modality == "alleged" and key not in asserted_keys:
                who = _who(e.attributed_to) if e.attributed_to else "unnamed sources"
                out.append(self._gap(
                    f"No asserted evidence that {describe(e)[len('Alleged'):].split(': ', 1)[-1]}"
                    f" The claim rests on {who}.", [e]))
        single = [e for e in ev if len(self._outlets(e)) <= 1]
        if single:
            out.append(self._gap(
                f"{len(single)} of {len(ev)} retrieved events are reported by one outlet only "
                "(no independent second source).", single))
        undated = [e for e in ev if e.date_start is None or e.date_precision == "reported"]
        if undated:
            out.append(self._gap(
                f"{len(undated)} events carry no date of their own (only the date of the "
                "report, or none).", undated))
        planned = [e for e in ev if e.modality == "planned"]
        if planned:
            out.append(self._gap(
                "Scheduled events are announcements: the stored reporting does not say whether "
                "they took place.", planned))
        found = {p for e in ev for p in parties(e.actor + e.recipient)}
        for a in self.focus.actors:
            if a["code"] not in found and not any(p.startswith(a["code"]) for p in found):
                out.append({"text": f"No stored event involves {a['name']} ({a['code']}).",
                            "event_ids": [], "evidence": [], "citations": []})
        for k in self.focus.kinds:
            if not any(event_kind_match(e, k) for e in ev):
                out.append({"text": f"No retrieved event is of the kind asked about: "
                                    f"{k['name']}.", "event_ids": [], "evidence": [],
                            "citations": []})
        if not ev:
            out.append({"text": "No stored event matches the question.", "event_ids": [],
                        "evidence": [], "citations": []})
        return out

    def _outlets(self, e: Event) -> set[str]:
        return {(self.cite.article(m.article_id) or {}).get("outlet") or m.article_id
                for m in e.mentions}

    def _gap(self, text: str, events: list[Event]) -> dict:
        return {"text": text, "event_ids": [e.event_id for e in events],
                "evidence": [self.eid(e.event_id) for e in events], "citations": []}


def build_brief(store: Store, question: str) -> dict:
    """The brief for a question, as a JSON-ready dict (see docs/ask.md for every field)."""
    question = " ".join((question or "").split())
    if not question:
        raise BadInput("E102", input="QUESTION")
    focus = find_focus(question, store)
    found = retrieve(store, focus)
    b = _Builder(store, focus, found.hits)
    facts = b.facts()
    brief = {
        "question": question,
        "focus": focus.to_dict(),
        "facts": facts,
        "contested": b.contested(),
        "trends": b.trends(),
        "upcoming": b.upcoming(),
        "implications": b.implications(),
        "gaps": b.gaps(facts),
    }
    brief["evidence"] = [
        {"id": eid, "event_id": event_id}
        for event_id, eid in sorted(b.evidence.items(), key=lambda t: int(t[1][1:]))
    ]
    brief["method"] = (
        "Deterministic: events retrieved by focus and BM25 sentence search; implications by the "
        "rules in data/rules/implications.yaml; dyad trends count asserted events only."
    )
    return brief
