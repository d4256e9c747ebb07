"""`sitrep_discourse_v1`: article-level links between the event candidates of one doc.

Runs after `sitrep_events_v1` and rewrites `doc._.event_candidates` with four documented
heuristics that look back within the article only (no model):

1. **Nominal anaphora.** A definite nominal trigger ("the drills", "these exercises", "this
   year's drills") that is the subject of a clause and names no doer of its own refers to the
   latest earlier event of the same noun class that has actors: "South Korea and the United
   States are set to begin their annual military drills ... The drills will take place from
   August 21 to 31" gives a second mention of KOR, USA 152, with the second clause's modality,
   attribution and date (the clause's verb dates it: `EventCandidate.date_anchor`). Nothing is
   added when the clause's verb already codes an event of the same root.
2. **Inherited actors.** An event with no actor whose subject, or the subject of the clause it
   continues (conj, xcomp), is such a nominal takes the antecedent's actors: "the drills ...
   aim to enhance the ability to respond to X" -> KOR, USA 031 X, not an actor-less 031.
3. **Denied claims.** A denied event whose participants are only its deniers ("both X and Y
   have denied any arms transactions" -> X, Y -> X, Y, denied) takes the dyad of the latest
   earlier claim of the same CAMEO root that involves one of the deniers, alleged claims first
   ("A accused X of providing weapons to Y" -> X -> Y): X 072 Y, denied, attributed to X, Y.
4. **Self-dyads.** An event of several actors whose recipients are exactly its actors (KOR,
   USA -> KOR, USA for "their drills", "announced that they ...") loses the recipients, except
   where the parties act on each other: cooperation (roots 03-06, e.g. a trilateral summit)
   and fighting (18-20). A single actor acting on itself is kept: that is the coder's
   convention for domestic events (a protest or crackdown with no named target).

In PETRARCH mode (`require_dyad`) the component changes nothing: that mode keeps the events as
the patterns give them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.coding.codes import intent_code
from sitrep.coding.cues import load_cues
from sitrep.coding.dictionaries import Dictionaries, load_dictionaries
from sitrep.coding.extensions import ActorMention, EventCandidate, register_extensions

# roots where several parties act on each other: cooperation (03-06), fighting (18-20)
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "18", "19", "20"}
DEFINITE = {"the", "this", "these", "that", "those", "such"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CONTINUES = ("conj", "xcomp")  # a clause that shares its head's subject
MAX_STEPS = 4


@Language.factory(
    "sitrep_discourse_v1",
    default_config={"dictionaries": [], "builtin": True, "require_dyad": False},
)
def make_discourse_linker(nlp: Language, name: str, dictionaries: list[str], builtin: bool,
                          require_dyad: bool):
    register_extensions()
    return DiscourseLinker(load_dictionaries(tuple(dictionaries), builtin), require_dyad)


class DiscourseLinker:
    def __init__(self, dicts: Dictionaries, require_dyad: bool = False) -> None:
        self.dicts = dicts
        self.require_dyad = require_dyad

    @property
    def cues(self):
        return load_cues()  # loaded on first use, then cached by load_cues

    def __call__(self, doc: Doc) -> Doc:
        if self.require_dyad or not doc._.event_candidates:
            return doc
        at: dict[int, ActorMention] = doc._.actor_at or {}
        cands = list(doc._.event_candidates)
        linked = self._nominal_anaphora(doc, cands, at)
        self._inherit_actors(doc, cands, linked)
        self._denied_claims(cands)
        for ev in cands:
            _drop_self_dyad(ev)
        order = {s.start: i for i, s in enumerate(doc.sents)}
        cands.sort(key=lambda e: order.get(doc[e.trigger].sent.start, 0))  # stable
        doc._.event_candidates = cands
        return doc

    # -- 1. nominal anaphora ---------------------------------------------------------------
    def _classes(self, tok: Token) -> set[str]:
        return {s.cls.name for s in self.dicts.nouns.get(tok.lemma_.lower(), ())}

    def _event_classes(self, doc: Doc, ev: EventCandidate) -> set[str]:
        """Noun classes of the trigger and of its object ("begin their drills") that the event
        is an instance of: the class's CAMEO root (or its intent root) is the event's, so
        "condemned the drills" is not a drills event."""
        trig = doc[ev.trigger]
        toks = [trig] + [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
        out = set()
        for t in toks:
            for s in self.dicts.nouns.get(t.lemma_.lower(), ()):
                code = s.code or s.cls.code or ""
                # (and the codes of its patterns: "joint drills" are military cooperation)
                codes = [code, *(p.code.lstrip(":") for p in s.cls.patterns)]
                roots = {r for c in codes if c for r in (c[:2], (intent_code(c) or c)[:2])}
                if not code or ev.code[:2] in roots:
                    out.add(s.cls.name)
        return out

    def _nominal_anaphora(self, doc: Doc, cands: list[EventCandidate],
                          at) -> dict[int, EventCandidate]:
        """Add a mention for each definite nominal subject that refers back to an event;
        returns noun token index -> its candidate (for `_inherit_actors`)."""
        triggers = {e.trigger for e in cands}
        linked: dict[int, EventCandidate] = {}
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.dep_ not in SUBJECT_DEPS or tok.i in triggers:
                continue
            classes = self._classes(tok)
            if not classes or not _definite(tok) or _names_actor(tok, at):
                continue
            ante = self._antecedent(doc, cands, tok.i, classes)
            if ante is None:
                continue
            gov = tok.head
            if any(e.trigger == gov.i and e.code[:2] == ante.code[:2] for e in cands):
                continue  # the clause already codes this event
            ev = EventCandidate(
                tok.i, ante.code, list(ante.actor),
                [c for c in ante.recipient if c not in ante.actor],
                list(ante.actor_names),
                [n for c, n in zip(ante.recipient, ante.recipient_names, strict=False)
                 if c not in ante.actor],
            )
            ev.date_anchor = gov.i if gov.pos_ in ("VERB", "AUX") else None
            self._modality(tok, ev, at)
            cands.append(ev)
            linked[tok.i] = ev
        return linked

    def _antecedent(self, doc: Doc, cands: list[EventCandidate], before: int,
                    classes: set[str]) -> EventCandidate | None:
        best = None
        for e in cands:
            if e.trigger < before and e.actor and (best is None or e.trigger > best.trigger) \
                    and self._event_classes(doc, e) & classes:
                best = e
        return best

    def _modality(self, tok: Token, ev: EventCandidate, at) -> None:
        from sitrep.coding.attribution import attribution_of
        from sitrep.coding.modality import modality_of

        ev.modality, ev.modality_cues = modality_of(tok, self.cues)
        if ev.modality == "planned":
            ev.code = intent_code(ev.code) or ev.code
        codes: list[str] = []
        for span in attribution_of(tok, self.cues):
            for t in span:
                m = at.get(t.i)
                for c in (m.codes if m is not None else ()):
                    if c not in codes:
                        codes.append(c)
        ev.attributed_to = codes

    # -- 2. inherited actors ---------------------------------------------------------------
    @staticmethod
    def _inherit_actors(doc: Doc, cands: list[EventCandidate],
                        linked: dict[int, EventCandidate]) -> None:
        if not linked:
            return
        for ev in cands:
            if ev.actor or ev.trigger in linked:
                continue
            node = doc[ev.trigger]
            for _ in range(MAX_STEPS):
                subj = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
                if subj:
                    ante = linked.get(subj[0].i)
                    if ante is not None:
                        ev.actor, ev.actor_names = list(ante.actor), list(ante.actor_names)
                    break
                if node.dep_ not in CONTINUES or node.head is node:
                    break
                node = node.head

    # -- 3. denied claims ------------------------------------------------------------------
    @staticmethod
    def _denied_claims(cands: list[EventCandidate]) -> None:
        for ev in cands:
            if ev.modality != "denied" or not ev.actor:
                continue
            deniers = {c[:3] for c in ev.attributed_to}
            if set(ev.recipient) not in (set(), set(ev.actor)) or \
                    not {c[:3] for c in ev.actor} <= deniers:
                continue
            claim = None
            for modality in ("alleged", "asserted"):
                earlier = [e for e in cands if e.trigger < ev.trigger and e.modality == modality
                           and e.code[:2] == ev.code[:2] and e.actor and e.recipient
                           and {c[:3] for c in e.actor + e.recipient} & deniers]
                if earlier:
                    claim = max(earlier, key=lambda e: e.trigger)
                    break
            if claim is not None:
                ev.actor, ev.actor_names = list(claim.actor), list(claim.actor_names)
                ev.recipient, ev.recipient_names = (list(claim.recipient),
                                                    list(claim.recipient_names))


def _drop_self_dyad(ev: EventCandidate) -> None:
    if len(ev.actor) > 1 and set(ev.recipient) == set(ev.actor) and \
            ev.code[:2] not in RECIPROCAL_ROOTS:
        ev.recipient, ev.recipient_names = [], []


def _definite(noun: Token) -> bool:
    """'the drills', 'these exercises', 'their drills', 'this year's drills'."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss"
               for c in noun.children)


def _names_actor(noun: Token, at) -> bool:
    """The phrase names its own doer or party ("X's drills", "drills by X", "drills of X")."""
    for t in noun.subtree:
        if t.i != noun.i and t.i in at:
            node = t
            while node.i != noun.i and node.dep_ not in ("relcl", "acl", "advcl", "appos"):
                node = node.head
            if node.i == noun.i:
                return True
    return False
