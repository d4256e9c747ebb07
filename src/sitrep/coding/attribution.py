"""Attribution of an event: the spans that name who says it happened.

Walking outward from the trigger through the clauses that govern it (see
`sitrep.coding.modality.governors`), the first of these found is the source:
- a source preposition attached there: "according to state media KCNA" -> KCNA;
- a reporting verb placed after the claim: "..., officials said" -> officials;
- a reporting verb that governs the trigger's clause or noun: "The United States has accused
  North Korea of providing ..." -> The United States; "both North Korea and Russia have denied
  any arms transactions" -> North Korea, Russia (each conjunct its own span). A passive reporting
  verb gives its "by" agent.
A source preposition attached to the sentence's root counts for every event of the sentence.
The reporting verb itself is not attributed by its own subject: the empty list means that
nothing in the sentence says who claims the event (the outlet does).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.coding.cues import Cues
from sitrep.coding.modality import governors

SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
NP_SKIP_DEPS = frozenset({"conj", "cc", "appos", "relcl", "acl", "punct", "preconj", "advcl",
                          "parataxis", "prep"})
POSTPOSED_DEPS = ("parataxis", "ccomp", "advcl")


def _np_span(tok: Token) -> Span:
    """The noun phrase headed by `tok` without its conjuncts, appositions or clauses; the named
    entity instead when the head word lies in one ("state media KCNA" -> "KCNA")."""
    doc = tok.doc
    if tok.pos_ == "NOUN":
        # "the news agency Tanjug": the name in apposition names the source
        names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if names:
            return _np_span(names[0])
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ not in ("DATE", "TIME", "CARDINAL",
                                                               "ORDINAL", "PERCENT", "MONEY"):
            return ent
    keep = [tok]
    stack = [c for c in tok.children if c.dep_ not in NP_SKIP_DEPS]
    # "officials of the foreign ministry": keep an "of" phrase, it names whose officials
    stack += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i
              and any(g.dep_ == "pobj" for g in c.children)]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if not (c.head.i == tok.i and c.dep_ in NP_SKIP_DEPS)
                     and c.dep_ not in ("relcl", "appos", "punct"))
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    return doc[lo:hi + 1]


def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


def _subjects(verb: Token) -> list[Span]:
    """The subject(s) of a reporting verb, or the agent of a passive one."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return [_np_span(t) for t in _with_conjuncts(subj[0])]
        agents = [g for c in v.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        if agents:
            return [_np_span(t) for t in _with_conjuncts(agents[0])]
        if v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
            v = v.head  # "met the envoy and said ...": the subject of the first conjunct
            continue
        break
    return []


def _source_preposition(node: Token, cues: Cues) -> list[Span]:
    """A source phrase ("according to X", "citing X") attached to `node`."""
    for ch in node.children:
        if ch.dep_ not in ("prep", "advcl", "advmod", "npadvmod", "pcomp", "acl"):
            continue
        for phrase in cues.source_prepositions:
            if ch.lower_ != phrase[0]:
                continue
            # the phrase words follow in order; its object is a pobj/dobj below the last word
            toks = [ch]
            cur = ch
            ok = True
            for word in phrase[1:]:
                nxt = [g for g in cur.subtree if g.lower_ == word and g.i > cur.i]
                if not nxt:
                    ok = False
                    break
                cur = nxt[0]
                toks.append(cur)
            if not ok:
                continue
            objs = [g for g in cur.children if g.dep_ in ("pobj", "dobj", "obj")]
            if not objs and len(toks) == 1:
                objs = [g for g in ch.children if g.dep_ in ("pobj", "dobj")]
            if objs:
                return [_np_span(t) for t in _with_conjuncts(objs[0])]
    return []


def _postposed(node: Token, cues: Cues) -> list[Span]:
    """A reporting verb after the claim: "X attacked Y, officials said" (said is then a
    parataxis/ccomp child of the claim's verb with no clause of its own)."""
    for ch in node.children:
        if ch.dep_ in POSTPOSED_DEPS and ch.i > node.i and ch.lemma_.lower() in \
                cues.reporting_verbs and not any(g.dep_ in ("ccomp", "xcomp", "dobj")
                                                  for g in ch.children):
            subj = _subjects(ch)
            if subj:
                return subj
    return []


def attribution_of(trigger: Token, cues: Cues) -> list[Span]:
    """Spans naming who says the event of `trigger` happened (see the module doc)."""
    found = _source_preposition(trigger, cues) or _postposed(trigger, cues)
    if found:
        return found
    for gov, how, _dep in governors(trigger):
        found = _source_preposition(gov, cues) or _postposed(gov, cues)
        if found:
            return found
        if how == "embed" and gov.lemma_.lower() in cues.reporting_verbs:
            found = _subjects(gov)
            if found:
                return found
    root = trigger.sent.root
    if root.i != trigger.i:
        return _source_preposition(root, cues)
    return []
