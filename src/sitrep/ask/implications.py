"""Implications derived by documented rules (data/rules/implications.yaml) over event patterns.

A rule has roles (event filters) and constraints between roles over the events' parties and
dates. Every assignment of distinct events to the roles that meets the constraints is a match;
matches over the same parties merge into one implication that names all their events. An
implication needs `min_events` (>= 2) distinct supporting events. See docs/ask.md.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from sitrep.analyse.common import parties
from sitrep.ask.resources import cameo_roots, implication_rules
from sitrep.errors import BadConfig
from sitrep.models import Event

MAX_COMBINATIONS = 20000  # per rule; stops a pathological store from running away


def role_matches(event: Event, role: dict) -> bool:
    """Does an event fill a role? CAMEO prefix or PLOVER type (either, when both are given),
    and modality, quad class, minimum parties, excluded CAMEO prefixes."""
    code = event.cameo_code or ""
    cameo, plover = role.get("cameo"), role.get("plover")
    if cameo or plover:
        by_code = any(code.startswith(c) for c in cameo or [])
        by_type = event.plover_type is not None and event.plover_type in (plover or [])
        if not (by_code or by_type):
            return False
    if any(code.startswith(c) for c in role.get("exclude_cameo", [])):
        return False
    if "modality" in role and event.modality not in role["modality"]:
        return False
    if "quad_class" in role and event.quad_class not in role["quad_class"]:
        return False
    if len(parties(event.actor + event.recipient)) < role.get("min_parties", 1):
        return False
    return True


def _span(e: Event, reported: dict[str, date]) -> tuple[date, date] | None:
    start = e.date_start or reported.get(e.event_id)
    if start is None:
        return None
    return start, e.date_end or start


def _check(kind: str, args: list, chosen: dict[str, Event], reported: dict[str, date]) -> bool:
    a, b = chosen[args[0]], chosen[args[1]]
    pa_act, pa_rec = set(parties(a.actor)), set(parties(a.recipient))
    pb_act, pb_rec = set(parties(b.actor)), set(parties(b.recipient))
    if kind == "disjoint":
        return not ((pa_act | pa_rec) & (pb_act | pb_rec))
    if kind == "share_party":
        return bool((pa_act | pa_rec) & (pb_act | pb_rec))
    if kind == "same_actor":
        return bool(pa_act & pb_act)
    if kind == "same_recipient":
        return bool(pa_rec & pb_rec)
    if kind == "different_actor":
        return bool(pa_act) and bool(pb_act) and not (pa_act & pb_act)
    if kind == "same_claim":
        return (bool(pa_act & pb_act) and (pa_rec == pb_rec or bool(pa_rec & pb_rec))
                and a.cameo_root == b.cameo_root)
    if kind == "share_two":
        return len((pa_act | pa_rec) & (pb_act | pb_rec)) >= 2
    if kind == "rejects_claim":
        claim_parties = pb_act | pb_rec
        told_by = set(parties(b.attributed_to))
        return bool(pa_act & claim_parties) and (
            not pa_rec or bool(pa_rec & (told_by | claim_parties)))
    if kind == "responds_to":
        return bool(pa_act & pb_rec) and bool(pa_rec & pb_act)
    if kind == "within_days":
        sa, sb = _span(a, reported), _span(b, reported)
        if sa is None or sb is None:
            return True  # undated events are not ruled out by time (a gap says so)
        gap = max((sb[0] - sa[1]).days, (sa[0] - sb[1]).days, 0)
        return gap <= int(args[2])
    raise ValueError(f"unknown constraint {kind}")


def _names(codes: list[str], namer) -> str:
    ps = parties(codes)
    if not ps:
        return "(no recipient)"
    names = [namer(p) for p in ps]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _dates(events: list[Event]) -> str:
    spans = sorted({(e.date_start, e.date_end or e.date_start) for e in events if e.date_start})
    if not spans:
        return "undated"
    return "; ".join(s.isoformat() if s == t else f"{s.isoformat()}..{t.isoformat()}"
                     for s, t in spans)


def derive(events: list[Event], *, namer, reported: dict[str, date] | None = None,
           rules: list[dict] | None = None) -> list[dict]:
    """Implications over `events`: [{rule, title, text, event_ids, parties}]."""
    rules = implication_rules() if rules is None else rules
    reported = reported or {}
    roots = cameo_roots()
    out = []
    for rule in rules:
        roles = list(rule["roles"])
        pools = [[e for e in events if role_matches(e, rule["roles"][r])] for r in roles]
        if any(not p for p in pools):
            continue
        merged: dict[frozenset, dict] = {}
        for n, combo in enumerate(itertools.product(*pools)):
            if n >= MAX_COMBINATIONS:
                break
            if len({e.event_id for e in combo}) < len(combo):
                continue
            chosen = dict(zip(roles, combo, strict=True))
            ok = all(_check(kind, args, chosen, reported)
                     for c in rule.get("constraints", []) for kind, args in c.items())
            if not ok:
                continue
            # Matches over the same parties (in either direction) are one implication.
            key = frozenset(
                (r, frozenset(parties(e.actor + e.recipient)))
                for r, e in chosen.items() if r in rule.get("merge_on", roles)
            )
            if rule_is_symmetric(rule):
                key = frozenset(k[1:] for k in key)
            slot = merged.setdefault(key, {r: [] for r in roles})
            for r, e in chosen.items():
                if e not in slot[r]:
                    slot[r].append(e)
        for slot in merged.values():
            ids = sorted({e.event_id for es in slot.values() for e in es})
            if len(ids) < rule["min_events"]:
                continue
            values = {}
            everything = []
            for es in slot.values():
                everything += [e for e in es if e not in everything]
            for r, es in [*slot.items(), ("all", everything)]:
                values[r] = _values(es, namer, roots)
            text = " ".join(rule["text"].split())
            for r, vals in values.items():
                for k, v in vals.items():
                    text = text.replace("{" + f"{r}.{k}" + "}", v)
            left = re.search(r"\{[\w.]+\}", text)
            if left:
                raise BadConfig("E202", input=f"implication rule {rule['id']}",
                                detail=f"unknown placeholder {left.group(0)}")
            all_parties = sorted({p for es in slot.values() for e in es
                                  for p in parties(e.actor + e.recipient)})
            out.append({"rule": rule["id"], "title": rule["title"], "text": text,
                        "event_ids": ids, "parties": all_parties,
                        "roles": {r: [e.event_id for e in es] for r, es in slot.items()}})
    # Same rule, same or fewer events than another implication of the rule: keep the larger.
    unique = []
    for imp in out:
        ids = set(imp["event_ids"])
        if any(o["rule"] == imp["rule"] and ids <= set(o["event_ids"]) and o is not imp
               and (ids != set(o["event_ids"]) or out.index(o) < out.index(imp))
               for o in out):
            continue
        unique.append(imp)
    return unique


def _values(es: list[Event], namer, roots: dict) -> dict[str, str]:
    """The placeholders of one role (see data/rules/implications.yaml)."""
    first = es[0]
    root = roots.get(first.cameo_root, {})
    seen = first.actor + first.recipient
    codes = sorted({c for e in es for c in e.actor + e.recipient},
                   key=lambda c: (seen.index(c) if c in seen else len(seen), c))
    return {
        "actors": _names(first.actor, namer),
        "recipients": _names(first.recipient, namer),
        "parties": _names(codes, namer),
        "dates": _dates(es),
        "kind": root.get("verb", "acted towards"),
        "label": root.get("label", "act"),
        "by": _names(first.attributed_to or first.actor, namer),
        "modality": "/".join(dict.fromkeys(e.modality for e in es)),
        "each": "; ".join(dict.fromkeys(_phrase(e, namer, roots) for e in es)),
    }


def _phrase(e: Event, namer, roots: dict) -> str:
    root = roots.get(e.cameo_root, {})
    if not e.recipient:
        return f"{_names(e.actor, namer)}: {root.get('label', 'act')}"
    return f"{_names(e.actor, namer)} {root.get('verb', 'acted towards')} " \
           f"{_names(e.recipient, namer)}"


def rule_is_symmetric(rule: dict) -> bool:
    """Two roles with identical filters (e.g. two aid events): (a, b) and (b, a) are one match."""
    specs = list(rule["roles"].values())
    return len(specs) == 2 and specs[0] == specs[1]
