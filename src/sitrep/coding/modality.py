"""Modality of an event trigger: asserted, alleged, denied, planned, hypothetical or negated.

The rule, in order:
1. Cues on the trigger itself: a negator ("not", "never", "no" talks) -> negated; a modal
   auxiliary ("will" -> planned; "could", "may", "might" -> hypothetical); an adverb
   ("reportedly" -> alleged); a modifier of a noun ("alleged", "upcoming", "possible"); a
   conditional clause ("if ...") -> hypothetical.
2. Walking outward through the verbs and nouns that govern the trigger (clausal complements
   xcomp/ccomp/pcomp/advcl/acl, objects and prepositional objects of verbs and nouns): a
   governing verb or noun from the cue lists ("accused X of ...", "denied ...", "are set to ...",
   "plans to ...", "threatened to ...", "refused to ...") gives its modality, and the cues on each
   governor count as in step 1. A conjunct inherits what governs the clause it is joined to.
3. The first cue found walking outward wins, except that a claim cue found further out (denied,
   alleged: `overriding` in the cue file) overrides what lies inside it: "denied that it planned
   to attack" -> the attack is denied. Among cues at one level, negated > hypothetical > planned.
The reporting verb itself ("accused", "denied") is asserted unless its own cues say otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from sitrep.coding.cues import Cues

ASSERTED = "asserted"
CLAUSAL_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "acl"})
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "dative"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PREP_DEPS = frozenset({"prep", "agent"})
STOP_DEPS = frozenset({"relcl", "parataxis", "appos", "compound", "amod", "nmod", "poss",
                       "npadvmod", "punct", "cc", "det", "meta", "dep"})
LEVEL_PRIORITY = ("negated", "hypothetical", "planned", "denied", "alleged")
MAX_STEPS = 12


def _lower(tok: Token) -> str:
    return tok.lower_


def _is_nominal(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM")


def _own_cues(node: Token, cues: Cues, *, inherited: bool = False) -> list[tuple[str, str]]:
    """Cues on one token (its own children). `inherited`: reached through a conjunct, so only
    the modal auxiliaries count (a conjunct has its own negation)."""
    m = cues.modality
    found: list[tuple[str, str]] = []
    if node.dep_ == "conj" and any(c.dep_ == "preconj" and _lower(c) == "neither"
                                   for c in node.head.children):
        found.append(("negated", "nor"))  # "neither accept nor recognise": both are negated
    for ch in node.children:
        word, dep = _lower(ch), ch.dep_
        if dep in ("aux", "auxpass"):
            if word in m["planned"].auxiliaries:
                found.append(("planned", ch.text))
            elif word in m["hypothetical"].auxiliaries:
                kind = "hypothetical"
                # "said it would attend": future in the past under a past reporting verb
                if word == "would" and node.dep_ == "ccomp" and node.head.tag_ == "VBD" \
                        and node.head.lemma_.lower() in cues.reporting_verbs:
                    kind = "planned"
                found.append((kind, ch.text))
            continue
        if inherited:
            continue
        if dep == "neg" or (dep in ("det", "advmod", "preconj") and word in
                            m["negated"].negators and word not in ("nor",)):
            if word in m["negated"].negators or dep == "neg":
                found.append(("negated", ch.text))
                continue
        if dep in ("advmod", "amod", "det", "compound", "npadvmod", "acomp"):
            for kind in ("alleged", "denied", "planned", "hypothetical", "negated"):
                mc = m[kind]
                if (dep == "advmod" and word in mc.adverbs) or (
                        dep != "advmod" and word in mc.modifiers):
                    found.append((kind, ch.text))
                    break
        if dep == "advcl":
            marks = [g for g in ch.children if g.dep_ == "mark"
                     and _lower(g) in m["hypothetical"].subordinators]
            if marks:
                found.append(("hypothetical", marks[0].text))
        if dep == "mark" and word in m["hypothetical"].subordinators:
            found.append(("hypothetical", ch.text))
        if dep in ("nsubj", "nsubjpass", "dobj") and node.pos_ in ("VERB", "AUX"):
            # "no talks were held", "no one was hurt": a negated participant negates the verb
            for g in ch.children:
                if g.dep_ == "det" and _lower(g) == "no":
                    found.append(("negated", g.text))
    return found


def _governing(gov: Token, child_dep: str, cues: Cues, via_prep: bool) -> list[tuple[str, str]]:
    """The modality a governing verb/noun `gov` gives to a dependent attached by `child_dep`."""
    lemma = gov.lemma_.lower()
    out: list[tuple[str, str]] = []
    clausal = child_dep in CLAUSAL_DEPS or child_dep == "pcomp"
    for kind, mc in cues.modality.items():
        if gov.pos_ in ("NOUN", "PROPN"):
            if lemma in mc.governing_nouns and (clausal or via_prep):
                out.append((kind, gov.text))
        elif gov.pos_ == "ADJ":
            if clausal and lemma in mc.governing_adjectives:
                out.append((kind, gov.text))
        elif gov.pos_ in ("VERB", "AUX"):
            if clausal and lemma in mc.governing_verbs:
                out.append((kind, gov.text))
            elif not clausal and lemma in mc.object_verbs:
                out.append((kind, gov.text))
    # "is said to have ...", "is believed to ...": a passive reporting verb hedges its complement
    if not out and child_dep == "xcomp" and lemma in cues.reporting_verbs and \
            any(c.dep_ == "auxpass" for c in gov.children):
        out.append(("alleged", gov.text))
    return out


def _pick(level: list[tuple[str, str]]) -> tuple[str, str] | None:
    for kind in LEVEL_PRIORITY:
        for k, w in level:
            if k == kind:
                return k, w
    return None


def _steps(trigger: Token) -> Iterator[tuple[Token, Token, Token, str, bool]]:
    """Walk up from `trigger` to the tokens that govern it, at most MAX_STEPS steps: yield
    (node, head, gov, dep, via_prep) for each, where `dep` is node's relation to its `head`,
    and `gov` is the governing token (the head, or the head's head when `node` is the object of
    a preposition: via_prep). A conjunct's step has dep "conj" and gov = head. The walk stops
    at the root, a STOP_DEPS relation, or a relation that does not embed `node`."""
    node = trigger
    for _ in range(MAX_STEPS):
        head, dep = node.head, node.dep_
        if head.i == node.i or dep in STOP_DEPS:
            return
        if dep == "conj":
            yield node, head, head, dep, False
            node = head
            continue
        gov, via_prep = head, False
        if head.dep_ in PREP_DEPS and dep in ("pobj", "pcomp"):
            gov, via_prep = head.head, True
            if gov.i == head.i:
                return
        elif dep not in CLAUSAL_DEPS and dep not in OBJECT_DEPS and dep not in SUBJECT_DEPS:
            return
        yield node, head, gov, dep, via_prep
        node = gov


def governors(trigger: Token) -> list[tuple[Token, str, str]]:
    """The chain of tokens that govern `trigger`, nearest first: (token, how, dep) with how
    "conj" (joined to a conjunct), "embed" (the trigger's clause or noun is its complement or
    object) or "subject" (the trigger is its subject). Used by attribution and dates too."""
    chain: list[tuple[Token, str, str]] = []
    for _node, head, gov, dep, _via_prep in _steps(trigger):
        if dep == "conj":
            chain.append((head, "conj", dep))
            continue
        chain.append((gov, "subject" if dep in SUBJECT_DEPS else "embed", dep))
        if head.dep_ == "agent":
            break
    return chain


def modality_of(trigger: Token, cues: Cues) -> tuple[str, list[str]]:
    """(modality, cue words) of the event whose trigger is `trigger` (see the module doc)."""
    levels: list[list[tuple[str, str]]] = [_own_cues(trigger, cues)]
    for node, head, gov, dep, via_prep in _steps(trigger):
        if dep == "conj":
            # inherit the modal auxiliaries of the first conjunct unless this one has its own
            own_aux = any(c.dep_ in ("aux", "auxpass", "neg") for c in node.children)
            levels.append([] if own_aux else _own_cues(head, cues, inherited=True))
            continue
        level = []
        if dep not in SUBJECT_DEPS:
            level.extend(_governing(gov, dep, cues, via_prep))
        level.extend(_own_cues(gov, cues))
        levels.append(level)
        if via_prep and head.dep_ == "agent":
            break
    chosen: tuple[str, str] | None = None
    words: list[str] = []
    for level in levels:
        pick = _pick(level)
        if pick is None:
            continue
        if chosen is None or pick[0] in cues.overriding:
            chosen = pick
            words = [w for k, w in level if k == pick[0]]
    if chosen is None:
        return ASSERTED, []
    return chosen[0], words
