"""Which of a sentence's coded events is its main one, for evaluations that expect one per text.

Rule: leave out events the evaluation's ontology cannot name (`keep`: PLOVER has no type for
most comments, CAMEO 01x) and bare statements (CAMEO 010: "said", "stated"; not other
comments such as denials, 016, or considering an option, 014) when the text has any other
event -- a reporting verb frames the event it reports; so does a verb of telling coded as a
statement or a meeting whose reported clause codes an event ("told his visiting counterpart
that Moscow was willing to expand cooperation": `_telling`); leave an event in a phrase or clause
of time ("after meeting X", `background_marks` of data/cues/roles.yaml), in a condition ("if
they attack", `condition_marks`) or in a participle describing a party ("the visiting
minister") behind the others; then take the
event whose trigger word stands highest in the dependency parse of its sentence (fewest steps
to the root; a bare "-ing" participle the parser made the root above a finite verb stands
below that verb; an investigation stands just above the act it is done for when that act is
a statement, an intent or a meeting: "sent a mission to investigate"; the passive verb of a
sentence whose reduced relative the parser made its verb stands just above that participle:
"leaders detained after the riots were freed"; a protest stands just
above the summons it is made with: "summoned the envoy and lodged a protest"); ties go to the
earlier sentence, then to the trigger written first, then to the event coded first. An event
whose trigger cannot be found in its sentence ranks last. Gold data is never consulted.
"""

from __future__ import annotations

from sitrep.coding.components.events import (
    DISAPPROVE_CODE,
    FINITE,
    INVESTIGATE_ROOT,
    garden_path_verb,
    reported_clauses,
    summoning_verb,
)
from sitrep.coding.cues import load_cues

SERVING_ROOTS = {"01", "03", "04"}  # statements, intents, meetings: acts done for a purpose
STATEMENT_ROOTS = {"01", "04"}  # what a verb of telling codes: a statement, or a meeting
DISAPPROVE_ROOT = DISAPPROVE_CODE[:2]  # criticism, accusation, a formal protest


def _outranked(tok, code: str, codes_at: dict) -> list:
    """The words above the trigger in the parse that its event stands just above: the
    participle a reduced relative the parser made the verb ("[leaders detained after the
    riots] were freed"); the statement, intent or meeting an investigation is done for
    (`_served`); the summons a protest is made with (`summoning_verb`)."""
    out = []
    if garden_path_verb(tok):
        out.append(tok.head)  # the verb of a misparsed sentence
    if code.startswith(INVESTIGATE_ROOT):
        served = _served(tok, codes_at)
        if served is not None:  # the investigation is what the act is for
            out.append(served)
    elif code.startswith(DISAPPROVE_ROOT) and summoning_verb(tok) is not None:
        out.append(tok.head)  # the protest made with a summons is the point
    return out


def _depth(tok) -> int:
    """Steps from the token to its sentence's root; a noun that is the predicate of "be"
    through a preposition ("have been on hunger strike") stands where the copula does. A
    root that is a bare participle with a finite verb under it is a misparsed reduced
    relative ("leaders meeting in Bali pledged to ...": "meeting" hung as the root): it
    stands two steps below the root, behind the finite verb."""
    d, last = 0, tok
    while tok.head.i != tok.i and d < 100:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lemma_ == "be":
            tok = tok.head.head
            continue
        last, (tok, d) = tok, (tok.head, d + 1)
    finite = _finite_under_participle(tok)
    if finite is not None:  # (the finite verb and its words move one step up)
        return 2 if d == 0 else d - 1 if last.i == finite.i else d
    return d


def _finite_under_participle(root):
    """The finite verb under a root "-ing" participle with no auxiliary, else None; a past
    tense the tagger read as a participle counts when it follows the participle's phrase
    with no comma and has no subject or auxiliary of its own ("leaders meeting in Brazil
    called on ...")."""
    if root.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ in ("advcl", "ccomp", "conj", "dep") and (
        c.tag_ in FINITE or (
            c.tag_ == "VBN" and c.dep_ == "advcl" and c.i > root.i and
            not c.doc[c.i - 1].is_punct and
            not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark")
                    for g in c.children)))), None)


def _comment(e) -> bool:
    """A bare statement (CAMEO 010, or the root 01): it frames the event it reports. Other
    comments are events of their own: a denial (016), considering an option (014), an
    optimistic or pessimistic comment (012, 013), condolences (018)."""
    return (getattr(e, "cameo_code", None) or "") in ("01", "010")


def _telling(tok, code: str, codes_at: dict) -> bool:
    """A verb of telling coded as a statement or a meeting (`statement_verbs`: "told his
    visiting counterpart that Moscow was willing to expand cooperation"; "X is ready to talk,
    the minister told a visiting delegation") whose reported clause codes an event of its own:
    like "said", it frames that event."""
    if code[:2] not in STATEMENT_ROOTS or \
            tok.lemma_.lower() not in load_cues().statement_verbs:
        return False
    return any(t.i != tok.i and t.i in codes_at
               for r in reported_clauses(tok) for t in r.subtree)


def _background(tok) -> bool:
    """Whether the trigger word stands in a phrase or clause of time ("after meeting X",
    "before the vote"), in a condition ("if they attack Baidoa", `condition_marks`) or is a
    participle describing a party ("the visiting minister"): a circumstance of the sentence's
    event, not the event."""
    if tok.dep_ == "amod" and tok.tag_ in ("VBG", "VBN"):
        return True  # a participle describing a party: "told visiting President X that ..."
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # the same after the subject: "rebels holding two aid workers promised
        # to free them"
    cues = load_cues()
    if tok.dep_ == "xcomp" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in \
            cues.statement_verbs:
        return True  # the same, misparsed as the complement of a verb of telling ("told
        # visiting South African leader X that ...": no one is told into visiting)
    roles = cues.roles
    marks = roles.background_marks
    conditions = roles.condition_marks
    t = tok
    while t.head.i != t.i:
        if (t.dep_ in ("pcomp", "pobj") and t.head.lower_ in marks) or \
                (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks | conditions
                                           for c in t.children)):
            return True
        t = t.head
    return False


def _served(tok, codes_at: dict) -> object | None:
    """The verb an investigation's to-clause serves, when that verb codes at most a
    statement, an intent or a meeting (CAMEO 01, 03, 04): "sent a mission to Lesotho to
    investigate the raid", "set up a commission to investigate", "decided to appoint a
    rapporteur to investigate"; else None."""
    top, t = None, tok
    for _ in range(6):
        if t.dep_ in ("xcomp", "advcl") and t.head.i != t.i and not any(
                c.dep_ == "mark" and c.lower_ not in ("to", "for") for c in t.children):
            t = t.head  # (a purpose, not a clause of time or condition: "will lift the ban
            # once inspectors have checked the producers")
        elif t.dep_ in ("acl", "relcl") and t.head.dep_ == "dobj" and \
                t.head.head.i != t.head.i and any(c.dep_ == "aux" and c.lower_ == "to"
                                                  for c in t.children):
            t = t.head.head  # "set up a commission to investigate": the setting up
        else:
            break
        if any(c[:2] not in SERVING_ROOTS for c in codes_at.get(t.i, ())):
            return None  # ("arrested 20 people to question them": the arrest stays)
        top = t
    return top


def main_event(events: list, doc, keep=None) -> object | None:
    """The main event of `events` coded from `doc` (see the module doc); None if none. With
    `keep` (a test of an event), only the events it keeps are candidates, when there are
    any: "X claimed responsibility for a car bomb that killed 17 policemen" is the bombing
    for PLOVER, which has no type for a claim (015)."""
    if not events:
        return None
    if keep is not None:
        events = [e for e in events if keep(e)] or events
    framed = [e for e in events if not _comment(e)]
    events = framed or events
    sents = list(doc.sents)
    found = []
    for ev in events:
        idx = ev.sentence_index if ev.sentence_index is not None else 0
        tokens = []
        if ev.trigger and 0 <= idx < len(sents):
            words = ev.trigger.split()
            first = words[0].lower() if words else ""
            tokens = [t for t in sents[idx] if t.lower_ == first]  # the trigger's word(s)
        found.append((idx, tokens))
    codes_at: dict = {}
    for ev, (_, tokens) in zip(events, found, strict=True):
        for t in tokens:
            codes_at.setdefault(t.i, []).append(getattr(ev, "cameo_code", None) or "")
    best = None
    for order, (ev, (idx, tokens)) in enumerate(zip(events, found, strict=True)):
        depth, at, background, telling = 99, 10**6, False, False
        if tokens:
            depth, at = min((_depth(t), t.i) for t in tokens)
            background = _background(tokens[0])
            code = getattr(ev, "cameo_code", None) or ""
            telling = _telling(tokens[0], code, codes_at)
            depth = min([depth, *(_depth(w) - 0.5 for w in _outranked(tokens[0], code,
                                                                       codes_at))])
        key = (telling, background, depth, idx, at, order)
        if best is None or key < best[0]:
            best = (key, ev)
    return best[1]
