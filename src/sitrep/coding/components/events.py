"""`sitrep_events_v1`: verb patterns against the dependency parse -> event candidates.

For each verb whose lemma is in the verb dictionary (and each nominal trigger such as
"exercises", "summit", "transactions" governed by a verb):

* the code is that of the longest pattern of the verb's class whose words appear in order
  before the verb (`before`) and in the verb's own clause after it (`after`), else the verb's
  or class's own code; `a:b` codes also give the reverse event `b` (target -> source);
* the actor is the subject (the `by` agent of a passive); a verb without a subject takes the
  object of the verb that governs it when it hangs under a preposition ("accused X of
  providing ..." -> X), else the governor's subject (xcomp, conj);
* the recipient is the direct object, or an actor inside it ("ties with Gondor"), or the object
  of a preposition of the verb, or the passive subject; a reciprocal event (consult, agree,
  cooperate roots 03-06) with several actors and no recipient has the actors as recipients;
* a denial with no recipient is addressed to the actor of the latest accusation in the doc;
* modality and attribution come from `coding.modality` and `coding.attribution`.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.actor_codes import after_country, country_of, home, is_org, is_region, sectors
from sitrep.coding.codes import act_code, intent_code, refusal_code
from sitrep.coding.components.actors import SEATED, hyphened, outsiders, stances_against
from sitrep.coding.cues import load_cues
from sitrep.coding.dictionaries import Dictionaries, Pattern, VerbSense, load_dictionaries
from sitrep.coding.extensions import ActorMention, EventCandidate, register_extensions
from sitrep.coding.places import Gazetteer, place_at

SUBJ = ("nsubj", "csubj")
SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
CLAUSE_BREAK = {"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"}
TARGET_PREPS = {"to", "with", "against", "toward", "towards", "at", "for", "from", "into", "on",
                "upon", "in", "between", "among", "over", "about",
                "along"}  # ("massed troops along the Afghan border")
TOPIC_PREPS = {"over", "about", "on", "regarding", "concerning"}  # not whom a consult is with
PLACE_PREPS = {"at", "in"}  # "hold a summit at Camp David": where a consult is, not with whom
ORIGIN_PREPS = {"from"}  # "flew from Manila to Tokyo for talks": where a visitor comes from
OBJECT_CONTROL_PREPS = {"of", "for", "from", "into", "about"}
RECIPROCAL_ROOTS = {"03", "04", "05", "06"}
MEDIATE_CODE = "045"
HOST_CODE = "043:042"  # host a visit, and the visitor's visit back
UNCODED_ENTITIES = ("PERSON", "ORG")  # named parties the dictionaries may lack
ACCUSE_ROOTS = ("11", "12")  # accusation roots whose actor a later bare denial answers
DENY_CODES = ("016", "125", "120")
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
PATTERN_WINDOW = 8  # pattern words after the verb must be this close (tokens)
NEAR_GAP = 4  # words between two pattern words of one phrase ("(AGAINST {SECURITY FORCES})":
# "against the country's security forces"; a hyphenated word counts once)
HYPHEN = "-"  # joins the words of a compound ("four-year-old") into one
APOSTROPHES = ("'", "\u2019")  # begin a clitic ("'s") that is part of the word before it
DOMESTIC_ROOTS = {"14", "17"}  # protest, coerce: with no named target, the actor's own country
# yielding, easing restrictions or dissent, acceding to demands for reform (PLOVER's CONCEDE):
# with no named target too, conceded to the actor's own country ("the junta lifted the curfew")
CONCESSIONS = {"080", "081", "082", "083"}
INVESTIGATE_ROOT = "09"
REFUSAL_ROOT = "12"  # reject, refuse, decline
DATE_ENTITIES = {"DATE", "TIME"}  # a month's name tagged as a verb is no march
THREAT_CODE = "130"
DEMAND_CODE = "100"
STATEMENT_CODE = "010"
SPEECH_ROOTS = {"01", "02", "10", "11", "12", "13"}  # verbs that embed a claim keep their event
THREAT_ROOT = "13"
FORCE_THREAT = "138"  # threaten to use military force (the intent of an act of force)
MOBILIZE_CODE = "150"  # demonstrate military or police power: preparing to strike
FORCE_POSTURE_ROOT = MOBILIZE_CODE[:2]  # exhibit force posture (Phoenix's MOBILIZE class)
# acts done to people where they happen: an unnamed side ("villagers", "gunmen") is the
# country of the place named for the act, before any other guess
PLACED_ROOTS = {"14", "15", "17", "18", "19", "20"}
CONSULT_ROOT = "04"
SUPPORT_ROOT = "05"  # diplomatic cooperation: praise, support, rallying support
SANCTIONS_CODE = "163"  # impose an embargo, boycott or sanctions
PROTECTION_CODE = "074"  # provide military protection or peacekeeping
MILITARY_COOPERATION = "062"  # cooperate militarily (troops sent to another)
REINFORCE_CODE = "153"  # mobilize or increase armed forces
DEFEND_VERBALLY = "052"  # defend verbally
PROTEST_ROOT, PROTEST_CODE, DISAPPROVE_CODE = "14", "140", "111"
COMPLAINT_ROOTS = {"11", "12", "13"}  # disapprove, reject, threaten
DIPLOMACY_ROOTS = {"03", "04", "05"}  # intents, consultations, diplomatic cooperation
RELIGIONS = {"MUS", "REL", "CHR", "HIN", "JEW", "BUD"}  # CAMEO religion codes
STATE_ACT_ROOTS = {"17"}  # coercion (arrests, bans): done by the state where it happens
VIOLENCE_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
AID_ROOT = "07"  # provide aid
# material cooperation and conflict (QuadClass 2 and 4): acts done, not said
MATERIAL_ROOTS = {"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"}
# the material acts a verb of violence may take another verb's idiom for: not cooperation, aid
# or yielding ("battle * INSURGENTS", 062, is no "fought street battles with insurgents"), nor
# protest ("torch * FLAG", 141, is no "blew herself up at a flag ceremony")
HOSTILE_ROOTS = MATERIAL_ROOTS - {"06", "07", "08", "14"}
SANCTION_ROOT = "16"  # reduce relations: cut aid, break ties, embargo
RETURN_PEOPLE, RETURN_PROPERTY = "0841", "0842"
ALLOW_INVOLVEMENT = "086"  # allow international involvement
DEMONSTRATE = "141"  # demonstrate or rally
RIOT = "145"  # protest violently, riot
OBSTRUCTIONS = {"144", "1443"}  # protesters blocking passage
OBSTRUCT, COERCE_CODE = "144", "170"  # obstruct passage; coerce, not specified
BLOCKADE = "191"  # a state's forces blocking passage: a blockade, restricting movement
BLOCKADING_SECTORS = {"MIL", "COP"}  # a state's armed forces and police
RIOTING_CODES = {"18", "180", "182", "19", "190", "193", "194", "1712"}  # an assault or attack that
# rioters make, or their destruction of property (not a killing, an abduction or a bombing: "a
# mob beat a man to death" is 1823)
EXPEL = "174"  # expel or deport individuals
JUDICIAL_COOPERATION = "063"  # extradite, hand over suspects
DEESCALATE = "087"  # de-escalate military engagement
MASS_EXPULSION = "201"
EXPEL_PEACEKEEPERS, EXPEL_OBSERVERS, EXPEL_AID_AGENCIES = "1661", "1662", "1663"
# expulsions: of diplomats (161), of missions (166x), of individuals (174), of a mass (201)
EXPULSION_CODES = ("161", "166", "174", MASS_EXPULSION)
MASS_FIGURE = 100  # people expelled at once from which an expulsion is a mass expulsion
CROWD_FIGURE = 100  # people counted in figures from which the subject of a protest is a crowd
YIELD_CODES = {"080", "084"}  # a bare yield or release: the kind of release unsaid
PEOPLE_KINDS = {"person", "agent", "composite", "definite"}  # mentions of people, not states
DOMESTIC_FOES = {"OPP", "REB"}  # protesters, opposition and rebels fought by their own state
# no armed sector (rioters), and whoever else may stop work ("doctors began a strike")
PROTESTING_SECTORS = {"OPP", "EDU", "LAB", "CVL", "PPL", "HLH", "AGR", "MED", "REL", "BUS", ""}
WORK_STOPPAGE = "143"  # conduct strike or boycott
UNARMED_SECTORS = {"CVL", "PPL", "EDU", "LAB", "MED", "REL", "AGR"}  # people, not forces
IRREGULAR_SECTORS = {"REB", "UAF", "CRM"}  # rebels, militias, gangs: armed, of no state
POLICED = {"EDU", "LAB"}  # students and workers: a state's own when its police act on them
# (not a school or a kindergarten that its army shells)
MUTUAL_PREPS = {"between", "among"}
PARTNER_PREPS = MUTUAL_PREPS | {"with"}  # the partners of talks, ties or a deal
MISPARSED_SUBJ = ("advmod", "npadvmod", "dep")  # a name the parser took for a modifier
FINITE = ("VBD", "VBZ", "VBP")
NAMED_KINDS = ("org", "person")  # mentions whose words are a name (`_clause`)
NAMED_ACTOR_KINDS = ("actor",)  # a dictionary actor by name ("President Xi Jinping")
RESULT_DEPS = ("oprd", "xcomp", "acomp", "ccomp")  # "left three dead": the state left in
AIMED_PREPS = {"on", "upon", "against", "toward", "towards"}  # an act's target, not its place
FORCE_ROOTS = VIOLENCE_ROOTS | {"17"}  # acts of force: coercion and violence ("was slain")
STATE_FORCES = ("MIL",)  # armed forces of unknown country often act abroad
ARMED_SECTORS = {"MIL", "REB", "UAF"}  # armed forces, rebels, armed groups
NONSTATE_SECTORS = {"REB", "CVL", "OPP"}  # rebels, civilians, opposition: no state forces
ARREST, ABDUCT = "173", "181"  # arrest or detain; abduct, hijack or take hostage
SEIZE = "171"  # seize or damage property (of people seized: an arrest or an abduction)
ARMED_GROUPS = {"REB", "UAF", "INS"}  # armed groups of no state: they abduct, never arrest
# a state's own bodies: what a rebel group of that state attacks unnamed ("FARC guerrillas
# ambushed an army patrol"), what only a state does (arrests). (Until the round-17 review it
# was also written, with LEG, further up, where this later line overrode it: the value in
# force is kept.)
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY"}
# people of no state force: rioters who attack them assault them ("youths attacked immigrants")
ASSAULTED_SECTORS = (PROTESTING_SECTORS - {""}) | {"REF", "MIG", "JEW"}
FUNCTION_WORDS = frozenset({"to", "for", "from", "with", "on", "in", "at", "into", "onto", "of",
                            "by", "up", "down", "out", "off", "over", "back", "away", "about",
                            "against", "toward", "towards", "through", "around", "along"})
CVC = re.compile(r"[^aeiou]*[aeiou][bcdfgklmnprstvz]")  # one syllable ending in a single
# vowel and consonant ("rap", "stop"), which doubles the consonant before -ed and -ing


@Language.factory(
    "sitrep_events_v1",
    default_config={"dictionaries": [], "builtin": True, "require_dyad": False},
)
def make_event_finder(nlp: Language, name: str, dictionaries: list[str], builtin: bool,
                      require_dyad: bool):
    register_extensions()
    return EventFinder(load_dictionaries(tuple(dictionaries), builtin), require_dyad)


def _match_elems(elems, toks: list[tuple[str, str]], near: tuple[bool, ...] = ()) -> bool:
    """All pattern elements in order among toks ((lower, lemma) pairs); an element marked
    `near` no more than `NEAR_GAP` words after the one before it."""
    if any(near):
        return _match_near(elems, toks, near)
    pos = 0
    for alts in elems:
        found = False
        while pos < len(toks) and not found:
            for phrase in alts:
                n = len(phrase)
                if pos + n <= len(toks) and all(
                        phrase[k] in toks[pos + k] for k in range(n)):
                    pos += n
                    found = True
                    break
            else:
                pos += 1
        if not found:
            return False
    return True


def _joined(before: str, word: str) -> bool:
    """Whether `word` is part of the word before it: a hyphen or the word after one
    ("four-year-old"), or a clitic ("Argentina's")."""
    return HYPHEN in (before, word) or word[:1] in APOSTROPHES


def _match_near(elems, toks: list[tuple[str, str]], near: tuple[bool, ...]) -> bool:
    """`_match_elems` with the `near` constraint, trying each place an element fits."""
    failed: set[tuple[int, int]] = set()
    # (a hyphenated word and a clitic count once: "for a three-day visit")
    count = [0]
    for i, (lower, _) in enumerate(toks):
        count.append(count[-1] + (0 if i and _joined(toks[i - 1][0], lower) else 1))

    def fits(k: int, pos: int) -> bool:
        if k == len(elems):
            return True
        if (k, pos) in failed:
            return False
        for p in range(pos, len(toks)):
            if k and near[k] and count[p] - count[pos] > NEAR_GAP:
                break
            for phrase in elems[k]:
                n = len(phrase)
                if p + n <= len(toks) and all(phrase[j] in toks[p + j] for j in range(n)) \
                        and fits(k + 1, p + n):
                    return True
        failed.add((k, pos))
        return False

    return fits(0, 0)


class EventFinder:
    def __init__(self, dicts: Dictionaries, require_dyad: bool = False) -> None:
        self.dicts = dicts
        self.require_dyad = require_dyad  # PETRARCH mode: dyads only, codes as patterns give
        # sitrep's own rules, off in PETRARCH mode: planned acts -> 03x/13x intent, refusals,
        # demands, unnamed groups acted on by a state taken as domestic
        self.intent = not require_dyad

    @property
    def cues(self):
        return load_cues()  # loaded on first use, then cached by load_cues

    @property
    def roles(self):
        return load_cues().roles  # the role cues of data/cues/roles.yaml

    def __call__(self, doc: Doc) -> Doc:
        at: dict[int, ActorMention] = doc._.actor_at or {}
        out: list[EventCandidate] = []
        last_accuser: list[str] = []
        noun_actors: dict[str, list[str]] = {}  # noun class -> actors of its latest event
        lowers = [t.lower_ for t in doc]
        lemmas = [t.lemma_.lower() for t in doc]
        for sent in doc.sents:
            if self._discarded(sent, lowers, lemmas):
                continue
            verb_events: dict[int, list[EventCandidate]] = {}
            for tok in sent:
                if (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or
                        _verb_as_noun(tok)) and \
                        tok.dep_ not in ("prep", "mark", "case") and \
                        not (tok.ent_type_ in DATE_ENTITIES and tok.pos_ != "VERB"):
                    # not "according to"; not a date's word tagged as a verb ("March 9")
                    if self._result_word(tok):
                        continue  # "left two soldiers killed": "left" codes the killing
                    if _in_fixed_phrase(tok, self.roles.fixed_phrases):
                        continue  # "ready to meet them face to face": no one faces anyone
                    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and \
                            tok.lemma_.lower() in self.roles.seeking_participles:
                        continue  # "militants wanted in connection with an attack"
                    senses = self._resulting(tok) or self.dicts.verbs.get(_verb_lemma(tok)) \
                        or self.dicts.verbs.get(tok.lower_) or self._by_stem(tok) \
                        or self._repeated(tok)
                    if senses:
                        evs = self._verb_events(tok, senses, at)
                        if evs:
                            verb_events[tok.i] = evs
            for tok in sent:
                if tok.pos_ in ("NOUN", "PROPN") and _noun_key(tok) in self.dicts.nouns \
                        and tok.ent_type_ not in DATE_ENTITIES:
                    ev = self._noun_event(tok, at, verb_events)
                    if ev:
                        verb_events.setdefault(tok.i, []).extend(ev)
                        place = _first_conjunct(tok)
                        gov = place.head.head if place.dep_ == "pobj" else place.head
                        gov_evs = verb_events.get(gov.i, [])
                        announced = gov.lemma_.lower() in self.cues.statement_verbs
                        finer = all(_finer(n.code, e.code) for n in ev for e in gov_evs)
                        if gov_evs and place.dep_ == "dobj" and \
                                gov.lemma_.lower() not in self.roles.suppressing_verbs and \
                                not any(e.code[:2] == INVESTIGATE_ROOT for e in gov_evs) and \
                                any(e.actor or e.recipient for e in ev) and (announced or \
                                finer or not any(e.pattern or e.code[:2] in SPEECH_ROOTS
                                                 for e in gov_evs)):
                            del verb_events[gov.i]  # "hold talks": the noun codes the event
                            # ("announced a suspension of aid": the suspension is the news;
                            # "to investigate a raid" is no raid of the investigators')
            if self.intent:  # "S said X must V" where V itself codes no event: still a demand
                for tok in sent:
                    if tok.i not in verb_events and tok.pos_ == "VERB" and any(
                            c.dep_ == "aux" and c.lower_ in self.roles.obligation_auxiliaries
                            for c in tok.children):
                        subj, _ = self._subject(tok, at)
                        if subj:
                            bare = EventCandidate(tok.i, "", _codes(subj), [],
                                                  [n for m in subj for n in m.names])
                            for dem in self._demand(tok, bare, at):
                                self._modality(doc[dem.trigger], dem, at)
                                dem.attributed_to = list(dem.actor)
                                out.append(dem)
            if self.intent:
                self._inherit(verb_events, doc, at)
                self._threat_targets(verb_events, doc)
                self._purposes(verb_events, doc)
            for i in sorted(verb_events):
                for ev in verb_events[i]:
                    if not ev.recipient and ev.actor:
                        linked = self._linked(doc[ev.trigger], noun_actors, at)
                        ev.recipient = [c for c in linked if c not in ev.actor]
                    if ev.code[:3] in DENY_CODES:
                        if not ev.recipient and last_accuser:
                            ev.recipient = [c for c in last_accuser if c not in ev.actor]
                    if self.require_dyad and not (ev.actor and ev.recipient):
                        continue
                    if not ev.actor and not ev.recipient:
                        continue
                    self._modality(doc[ev.trigger], ev, at)
                    out.append(ev)
                    if self.intent and ev.actor:
                        out.extend(self._demand(doc[ev.trigger], ev, at))
                    for cls in self._noun_classes(doc[ev.trigger]):
                        noun_actors[cls] = list(ev.actor)
                    if ev.code.startswith(ACCUSE_ROOTS[0]) and ev.modality == "asserted":
                        last_accuser = list(ev.actor)
        if self.intent:  # acts named by a governing verb's to-clause, by their trigger
            by_trigger: dict[int, list[EventCandidate]] = {}
            for ev in out:
                by_trigger.setdefault(ev.trigger, []).append(ev)
            self._vowed_force(out, doc, by_trigger)
            self._ceased(out, doc, by_trigger)
            self._refusals_and_votes(out, doc, by_trigger)
            _spelled_complements(out, doc)
            self._postured_against(out, doc)
        doc._.event_candidates = out
        return doc

    def _vowed_force(self, out: list[EventCandidate], doc: Doc,
                     by_trigger: dict[int, list[EventCandidate]]) -> None:
        """A vow to use force is a threat: "X vowed/pledged/swore to fight on" is X 138 (the
        intent the fighting itself gets), not a promise of cooperation (030) nor, for
        "swear", an allegation. Preparing to use force (cues `preparing_verbs`: "the army
        prepared to resume shelling", "X is preparing for an offensive") is a force posture,
        150 (PLOVER MOBILIZE)."""
        promise_verbs = self.cues.modality["planned"].governing_verbs
        for ev in out:
            trig = doc[ev.trigger]
            if trig.lemma_.lower() not in promise_verbs or not ev.actor:
                continue
            # the to-clause it governs (xcomp, or an advcl with "to"), and one verb further
            # down ("vowed to continue fighting")
            acts = [c for c in trig.children if _to_clause(c)]
            acts += [g for c in acts for g in c.children if g.dep_ == "xcomp"]
            preparing = trig.lemma_.lower() in self.roles.preparing_verbs
            if preparing:  # "X is preparing for a ground offensive"
                acts += [o for c in trig.children if c.dep_ == "prep" and c.lower_ == "for"
                         for o in c.children if o.dep_ == "pobj"]
            for c in acts:
                for inner in by_trigger.get(c.i, ()):
                    if inner.code.startswith(FORCE_THREAT) and \
                            set(inner.actor) == set(ev.actor):
                        # getting ready to strike is a show of force posture (150,
                        # PLOVER MOBILIZE), not a threat
                        ev.code = MOBILIZE_CODE if preparing else inner.code
                        ev.recipient = ev.recipient or list(inner.recipient)

    def _refusals_and_votes(self, out: list[EventCandidate], doc: Doc,
                            by_trigger: dict[int, list[EventCandidate]]) -> None:
        """A refusal to do an act that has a refusal code of its own is that refusal: "X
        refused to ease its embargo" is 1244 (refuse to ease economic sanctions), "refused to
        release the hostages" 1243, whatever the refusing verb's own pattern found in the
        words of the act ("refuse * TRADE"). A vote to do an act is the act ("voted to
        impose an arms embargo": 1622). Cues `refusing_verbs`, `voting_verbs`; the act is
        the verb's to-clause."""
        dropped: set[int] = set()
        for ev in out:
            trig = doc[ev.trigger]
            lemma = trig.lemma_.lower()
            if lemma not in self.roles.refusing_verbs and lemma not in self.roles.voting_verbs:
                continue
            for c in trig.children:
                if not _to_clause(c):  # ("voted 13-0 on Monday to impose")
                    continue
                objects = [o for o in c.children if o.dep_ == "dobj"]
                objects += [k for o in objects for k in o.conjuncts]
                inner = [e for t in (c, *objects)
                         for e in by_trigger.get(t.i, ())]  # (or the act its object names)
                if lemma in self.roles.voting_verbs:  # "the Council voted to impose an
                    # embargo": the vote is the decision to do it, one event, the act's code
                    act = next((e for e in inner if set(e.actor) == set(ev.actor)), None)
                    if act is not None:
                        done = act.act_code if act.act_code and \
                            act.act_code[:2] not in VIOLENCE_ROOTS else None
                        ev.code = done or act.code  # (decided: the act, not the intent a
                        # plan made of it: "decided to downgrade relations" is 161; but a
                        # decision to invade is no invasion: 138)
                        if any(g.dep_ == "neg" for g in c.children):  # "voted not to
                            # cooperate with the mission": the act refused (120); an act
                            # with no refusal code of its own is not done ("voted not to
                            # impose sanctions")
                            ev.code = refusal_code(act.code) or act.code
                            if ev.code == act.code:
                                ev.modality = "negated"
                                ev.modality_cues = [*ev.modality_cues, "not"]
                        dropped.update(id(e) for e in inner if e.code == act.code)
                        break
                    continue
                refused = next((r for e in inner if (r := refusal_code(e.code))), None)
                if refused:
                    ev.code = refused
                    break
        out[:] = [ev for ev in out if id(ev) not in dropped]

    def _ceased(self, out: list[EventCandidate], doc: Doc,
                by_trigger: dict[int, list[EventCandidate]]) -> None:
        """Violence that its doer stops, halts or ends (cues `ceasing_verbs`, the verb
        governing the violent verb or noun; no other side's) is a de-escalation (087) by the
        ceasing verb, with that verb's modality: "the rebels stopped attacking army posts"
        (087), "said they would stop attacking" (0356, intent to de-escalate), not an attack.
        The act moves to the ceasing verb in `by_trigger` too (a verb that had no event of
        its own)."""
        moved: list[tuple[int, EventCandidate]] = []
        for ev in out:
            trig = doc[ev.trigger]
            head = trig.head
            if ev.code.lstrip(":")[:2] not in VIOLENCE_ROOTS or head is trig or \
                    trig.dep_ not in ("xcomp", "dobj", "pcomp") or \
                    head.lemma_.lower() not in self.roles.ceasing_verbs or \
                    by_trigger.get(head.i):
                continue
            stopper = _codes(self._subject(head, doc._.actor_at or {})[0])
            if (stopper or trig.dep_ == "dobj") and not set(stopper) & set(ev.actor):
                continue  # "the army moved to stop the rebel offensive": not its own (a
                # violent noun's doer must be the stopper: "halted their shelling")
            moved.append((ev.trigger, ev))
            ev.code, ev.trigger, ev.pattern = DEESCALATE, head.i, None
            self._modality(head, ev, doc._.actor_at or {})
        for old, ev in moved:  # (after the pass: each verb is judged on the events it had)
            by_trigger[old] = [e for e in by_trigger[old] if e is not ev]
            by_trigger.setdefault(ev.trigger, []).append(ev)

    # -- recipients shared along a verb chain ---------------------------------------------------
    def _inherit(self, verb_events: dict[int, list[EventCandidate]], doc: Doc, at) -> None:
        """An event with an actor and no recipient takes the recipient of the act it leads to
        or comes from, when the actor is the same:
        * "X prepared to resume shelling Y", "X opened the border to allow deliveries to Y",
          "X broke the truce by attacking Y": from the verbs its to-clauses (xcomp, or an
          advcl of purpose) or its "by"-gerund of means govern and the nominal events they
          take as objects, three verbs deep at most;
        * "X sent inspectors to Y to monitor ...", "X fired rockets at Y, killing ten": a
          to-clause or participle clause takes the recipient of the verb it hangs under, or
          that verb's own object when the verb codes no event.
        An actor of unknown country ("---CVL") acting on one country alone is then that
        country's, as in `_make`."""
        for i in sorted(verb_events, reverse=True):  # deepest first: chains pass it upward
            trig = doc[i]
            for ev in verb_events[i]:
                if ev.recipient or not ev.actor:
                    continue
                got: list[str] = []
                names: list[str] | None = None  # a means' recipient names (below)
                frontier, steps = [trig], 0
                while frontier and not got and steps < 3:
                    steps += 1
                    nxt = []
                    for node in frontier:
                        means = [g for p in node.children if p.dep_ == "prep" and
                                 p.lower_ in ("by", "to") for g in p.children
                                 if g.dep_ == "pcomp"] \
                            if node is trig else []  # "broke the truce by attacking Y",
                        # "is committed to resolving its differences with Y"
                        for c in [*node.children, *means]:
                            purpose = c.dep_ in ("xcomp", "pcomp") or (
                                c.dep_ == "advcl" and c.i > node.i and (
                                    _infinitive(c) or (node is trig and c.tag_ == "VBG")))
                            if not got and (purpose or (node is not trig and
                                                        c.dep_ == "dobj")):
                                got = self._recipient_of(verb_events, c, ev)
                                if got and c.dep_ == "pcomp":  # the means names them
                                    names = next(o.recipient_names for o in verb_events[c.i]
                                                 if o.recipient)
                            if purpose:  # the chain goes on through verbs only
                                nxt.append(c)
                    frontier = nxt
                if not got and _to_clause(trig) and trig.head.i < trig.i:
                    # "X sent inspectors to Iran to monitor ...": the purpose's target is
                    # the governing act's
                    got = self._recipient_of(verb_events, trig.head, ev)
                    if not got and trig.head.i not in verb_events and \
                            trig.head.pos_ in ("VERB", "AUX"):
                        got = [c for c in _codes(self._object(trig.head, at, False,
                                                              actor=ev.actor))
                               if c not in ev.actor and not c.startswith("---")]
                if not got and trig.dep_ == "advcl" and trig.tag_ == "VBG" and \
                        trig.head.i < trig.i:
                    head = trig.head
                    got = self._recipient_of(verb_events, head, ev)
                    if not got and head.i not in verb_events:
                        got = [c for c in _codes(self._object(head, at, False, actor=ev.actor))
                               if c not in ev.actor and not c.startswith("---")]
                if got:
                    ev.recipient = got
                    ev.recipient_names = list(names) if names is not None \
                        else ev.recipient_names
                    ev.actor = _placed_by_target(ev.actor, got, ev.code)

    @staticmethod
    def _threat_targets(verb_events: dict[int, list[EventCandidate]], doc: Doc) -> None:
        """A threat is aimed at whom the threatened act is: "China warned it would not
        hesitate to use force against Taiwan if the island's leaders ..." is against Taiwan,
        "X warned that he could declare a state of emergency" against X's own country. The act
        is one its actor would do, in the clauses the threat governs (three verbs deep at
        most); it wins over a recipient of no other country than the actor's own, and, when it
        is aimed abroad, over any but the one the threat is told to ("X warned Y that ...")
        ("threatened to ban voting at home if Hamas ran" stays aimed at Hamas)."""
        for i, evs in verb_events.items():
            for ev in evs:
                homes = {home(c) for c in ev.actor if country_of(c)}
                if ev.code[:2] != THREAT_ROOT or not homes:
                    continue
                addressed = any(c.dep_ in ("dobj", "dative") for c in doc[i].children)
                mine = not ({home(c) for c in ev.recipient if country_of(c)} - homes)
                if addressed and not mine:
                    continue  # ("X warned Y that ...": Y, whom the threat is told to)
                frontier, got = [doc[i]], []
                for _ in range(3):
                    frontier = [c for t in frontier for c in t.children
                                if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
                    for c in frontier:
                        for other in verb_events.get(c.i, ()):
                            if other.recipient and other is not ev and \
                                    {home(a) for a in other.actor if country_of(a)} == homes:
                                got = got or list(other.recipient)
                    if got:
                        break
                foreign = bool({home(c) for c in got if country_of(c)} - homes)
                same = {home(c) for c in got} == {home(c) for c in ev.recipient}
                if got and not same and (not ev.recipient or mine or
                                         (foreign and not addressed)):
                    ev.recipient = [c for c in got if c not in ev.actor] or got

    def _purposes(self, verb_events: dict[int, list[EventCandidate]], doc: Doc) -> None:
        """A meeting held to complain is the complaint: "X summoned Y's ambassador to
        complain about ..." is X 11x Y (the PLOVER gold codes it ACCUSE), not a consultation;
        the purpose's own event stays. Likewise an act done to protest is a protest: "X
        shunned work / closed their stores to protest ..." is X 14x (a diplomatic summons to
        protest, 111), unless the act is violence or a sanction ("cut off aid to Y to
        protest ..." stays 162x). A protest's purpose names its target: "marched through
        Khartoum to protest against US strikes" is against the US, not Sudan."""
        roles = load_cues().roles
        for i, evs in verb_events.items():
            trig = doc[i]
            for ev in evs:
                if not ev.actor:
                    continue
                for c in trig.children:
                    if c.i < trig.i or c.dep_ not in ("xcomp", "advcl") or \
                            not _infinitive(c):
                        continue
                    if ev.code[:2] == PROTEST_ROOT:  # "marched through Khartoum to protest
                        # against US strikes": the target the purpose names, not the place
                        target = self._recipient_of(verb_events, c, ev)
                        if target:
                            ev.recipient = target
                            continue
                    if c.lemma_.lower() in roles.protest_verbs and \
                            ev.code[:2] not in VIOLENCE_ROOTS | {PROTEST_ROOT, SANCTION_ROOT}:
                        ev.code = DISAPPROVE_CODE if ev.code[:2] == CONSULT_ROOT \
                            else PROTEST_CODE
                        continue
                    if ev.code[:2] != CONSULT_ROOT:
                        continue
                    for other in verb_events.get(c.i, ()):
                        if other.code[:2] not in COMPLAINT_ROOTS:
                            continue
                        if other.actor and set(other.actor) == set(ev.recipient):
                            # the parse read the one summoned as the complainer: one
                            # summons someone to complain to them, not to hear them
                            other.actor, other.recipient = list(ev.actor), list(ev.recipient)
                            other.actor_names, other.recipient_names = \
                                list(ev.actor_names), list(ev.recipient_names)
                        if set(other.actor or ev.actor) == set(ev.actor):
                            ev.code = other.code

    @staticmethod
    def _recipient_of(verb_events, tok: Token, ev: EventCandidate) -> list[str]:
        for other in verb_events.get(tok.i, ()):
            same = not other.actor or set(other.actor) == set(ev.actor) or (
                all(c.startswith("---") for c in ev.actor) and
                [c[3:] for c in other.actor] == [c[3:] for c in ev.actor])  # localised copy
            if other.recipient and same:
                return [c for c in other.recipient if c not in ev.actor]
        return []

    # -- event coreference by noun class -------------------------------------------------------
    def _noun_classes(self, trig: Token) -> list[str]:
        """Noun classes of the trigger and its object ("hold exercises" -> MILITARY_EXERCISE)."""
        toks = [trig] + [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
        return [s.cls.name for t in toks for s in self.dicts.nouns.get(t.lemma_.lower(), ())]

    def _linked(self, trig: Token, noun_actors: dict[str, list[str]], at) -> list[str]:
        """'condemned these drills' -> the actors of the latest drills event in the doc."""
        for c in trig.children:
            if c.dep_ in ("dobj",):
                own = _codes(self._noun_actor(c, at)) if c.lemma_.lower() in self.dicts.nouns \
                    else []
                if own:
                    return own
                for s in self.dicts.nouns.get(c.lemma_.lower(), ()):
                    if s.cls.name in noun_actors:
                        return noun_actors[s.cls.name]
        return []

    # -- discards ------------------------------------------------------------------------------
    def _discarded(self, sent: Span, lowers: list[str], lemmas: list[str]) -> bool:
        if not self.dicts.discards.size:
            return False
        for i in range(sent.start, sent.end):
            if self.dicts.discards.match_at(lowers, lemmas, i):
                return True
        return False

    # -- actors from syntax --------------------------------------------------------------------
    @staticmethod
    def _actors(tok: Token, at: dict[int, ActorMention], deep: bool = True) -> list[ActorMention]:
        """Actor mentions of the noun phrase headed by tok, with its conjuncts and modifiers.

        A head that names an actor prefers a more specific composite among its modifiers with
        the same country ("Bree Prime Minister Romendacil" -> BREGOV, not BRE). Prepositional
        phrases are not entered here (see `_inside`), except through agents composed earlier.
        """
        found: list[ActorMention] = []
        seen: set[int] = set()

        def add(m: ActorMention) -> None:
            if id(m) not in seen:
                seen.add(id(m))
                found.append(m)

        heads = [tok, *tok.conjuncts] if tok.dep_ != "conj" else [tok]
        for h in heads:
            m = at.get(h.i)
            if m is not None:
                for c in h.children:
                    cm = at.get(c.i)
                    if c.dep_ in ("compound", "amod", "poss") and cm is not None and cm is not m \
                            and cm.kind == "composite" and \
                            set(cm.countries) & set(m.countries):
                        m = cm
                        break
                add(m)
                continue
            if not deep:
                continue
            stack = [c for c in h.children if c.dep_ in ("compound", "amod", "poss", "nmod",
                                                          "nummod")]
            while stack:
                c = stack.pop(0)
                m = at.get(c.i)
                if m is not None:
                    add(m)
                    for cj in c.conjuncts:
                        if cj.i in at:
                            add(at[cj.i])
                    continue
                stack.extend(x for x in c.children if x.dep_ in ("compound", "amod", "poss",
                                                                 "nmod", "conj"))
        if not found and deep:
            # a name the dictionaries lack, described by an apposition:
            # "Karim Halabi, the Egyptian foreign minister, ..." -> EGYGOV
            for c in tok.children:
                if c.dep_ == "appos":
                    found = EventFinder._actors(c, at)
                    if found:
                        break
        return found

    def _np_all(self, head: Token, at) -> list[ActorMention]:
        """Every actor of a subject phrase: its head's, its conjuncts' and those the parse hung
        elsewhere in the phrase ("Evil Mordor, the awful Fornost, and good Gondor")."""
        found = self._actors(head, at)
        ids = {id(m) for m in found}
        # a people or a name the dictionaries lack ("Kurds in Diyarbakir") is of the place it
        # is in; a thing is not ("the death toll in Gaza": Gaza does nothing)
        joins = ("of", "from", "by", "in") if head.ent_type_ in ("NORP", "PERSON", "ORG") or \
            head.pos_ == "PROPN" else ("of", "from", "by")
        lemma = head.lemma_.lower()
        unplaced = all(c.startswith("---") for m in found for c in m.codes)
        if (lemma in self.roles.representative_nouns and unplaced) or (
                lemma in self.roles.member_nouns and found and unplaced):
            # "negotiators for the government and the rebels": those they act for; "leaders
            # of Serbia's opposition alliance": the alliance's, not some government's
            found = [m for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                     for o in p.children if o.dep_ == "pobj"
                     for m in self._actors(o, at)] or found
        backers = self.roles.sponsoring_participles
        for t in head.subtree:
            m = at.get(t.i)
            if m is None or id(m) in ids:
                continue
            node, ok = t, True
            while node.i != head.i:
                if node.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis") or (
                        node.dep_ == "appos" and not _listed(node)) or (
                        node.dep_ == "prep" and (node.lower_ not in joins or found)) or \
                        node.lower_ in backers or (
                        node.lower_ in SEATED and found):
                    ok = False  # "Albanians in Serbia", "Pakistan, a U.S. ally": one actor
                    # ("New York-based Human Rights Watch": where a named actor sits)
                    break
                node = node.head
            if ok and not set(m.countries) <= {c for f in found for c in f.countries}:
                ids.add(id(m))
                found.append(m)
        return found

    def _subject(self, verb: Token, at, depth: int = 0,
                 passive: bool | None = None) -> tuple[list[ActorMention], bool]:
        """(actor mentions, passive?) of the verb's subject (`passive`: as `_passive` says,
        unless given)."""
        passive = _passive(verb) if passive is None else passive
        if passive:
            for p in _agent_objects(verb):  # (the whole phrase, as a subject's: "by a group
                return self._np_all(p, at), True  # of Kashmiri women")
            for n in _agent_hosts(verb):  # a "by" phrase hung on the wrong noun
                acts = self._by_doers(n, at)
                if acts:
                    return acts, True
            return [], True
        subjects = [c for c in verb.children if c.dep_ in SUBJ or c.dep_ == "nsubjpass"] or [
            c for c in verb.lefts if c.dep_ == "compound" and verb.dep_ == "ROOT"] or [
            c for c in verb.lefts if c.dep_ in MISPARSED_SUBJ and verb.tag_ in FINITE and
            c.i in at and at[c.i].codes and at[c.i].kind in ("country", "org", "actor")]
        # (a headline's subject parsed as a compound of its verb: "Russia shells Kharkiv";
        # an unknown acronym parsed as an adverb: "USAID provided ...")
        if subjects:  # a list the parser split into two subjects ("The X government, a
            # number of parties and the Y condemned"): the actors of each (a stative
            # passive's subject is its doer: "were engaged in")
            acts: list[ActorMention] = []
            for c in subjects:
                acts += [m for m in self._np_all(c, at) if all(m is not a for a in acts)]
            if not acts:  # "Qatar's emir, Sheikh Hamad launched ...": an appositive whose
                # closing comma is missing leaves the title hanging off the verb
                for c in verb.lefts:
                    if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and \
                            c.nbor().is_punct and c.i < min(x.i for x in subjects):
                        acts = self._np_all(c, at)
                        break
            return acts, False
        if depth > 3 or verb.head is verb:
            return [], False
        head = verb.head
        owner = _intention(verb, self.roles.intent_nouns)
        if owner is not None and (owner.head.lemma_ == "have" or
                                  owner.head.lemma_.lower() in self.cues.statement_verbs):
            # "Washington had no intention of lifting ...", "announced plans to build ...":
            # who has or announces the intention acts
            return self._subject(owner.head, at, depth + 1)
        if verb.dep_ in ("relcl", "acl"):
            acts = self._actors(head, at)
            if not acts and head.lemma_.lower() in self.roles.crowd_words:
                acts = self._np_all(head, at)  # "Hundreds of students protested", parsed
                # as a noun phrase: the students
            if not acts and verb.dep_ == "acl" and verb.tag_ == "VBG" and \
                    head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
                # "X issued a statement condemning Y": the statement's issuer condemns
                return self._subject(head.head, at, depth + 1)[0], False
            return acts, False
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            gov = head.head
            if head.lower_ in OBJECT_CONTROL_PREPS:
                for c in gov.children:
                    if c.dep_ == "dobj":
                        acts = self._actors(c, at)
                        if acts:
                            return acts, False
            if _passive(gov):  # "X was granted asylum by Y after seeking refuge": X sought
                return self._subject(gov, at, depth + 1, passive=False)[0], False
            return self._subject(gov, at, depth + 1)
        if verb.dep_ == "xcomp":
            for c in head.children:  # raising: "X is scheduled/expected to V" -> X
                if c.dep_ == "nsubjpass":
                    return self._actors(c, at), False
            for c in head.children:
                if c.dep_ == "dobj":
                    acts = self._actors(c, at)
                    if acts:
                        return acts, False
            subj, _ = self._subject(head, at, depth + 1)
            return subj, False
        if garden_path_verb(verb):  # "[relatives of the men shot dead by soldiers] filed
            # a case": the subject the participle was hung on is this verb's, not the doer of
            # the participle
            acts = []
            for c in head.children:
                if c.dep_ == "nsubj":
                    acts += self._np_all(c, at)
            return acts, False
        if verb.dep_ in ("conj", "advcl", "acomp"):
            return self._subject(head, at, depth + 1)
        return [], False

    def _object(self, verb: Token, at, passive: bool, topics: bool = True,
                actor: list[str] | None = None, depth: int = 0,
                violent: bool = False) -> list[ActorMention]:
        """The recipient: the first good candidate in order (see the module doc). For an act of
        violence (`violent`), a country named on a border noun is where, not whom ("attacked
        rebel positions near the Syrian border"; `border_nouns`).

        A possessive pronoun naming the actor itself ("its troops") and actors of unknown
        country ("---GOV") are taken only when nothing better is found.
        """
        fallback: list[ActorMention] = []

        def good(acts: list[ActorMention]) -> bool:
            nonlocal fallback
            if violent:
                acts[:] = [m for m in acts
                           if not _border_side(verb.doc, m, self.roles.border_nouns)]
            if not acts:
                return False
            # "its troops", "streets in Hong Kong" for a Hong Kong actor: the actor's own
            # country is the recipient only when no other actor is named
            mine = [m for m in acts if m.kind == "pronoun" and
                    {home(c) for c in m.codes} <= {home(c) for c in actor or ()}]
            if mine and len(mine) < len(acts):  # "its EU partners": the partners
                acts[:] = [m for m in acts if m not in mine]
            own = bool(actor) and all(
                {home(c) for c in m.codes} <= {home(c) for c in actor} for m in acts)
            unknown = all(c.startswith("---") for m in acts for c in m.codes)
            same = bool(actor) and set(_codes(acts)) == set(actor) and \
                not any(_named_person(m, verb.doc) for m in acts)  # (another person of
            # the actor's government: "Interior Minister X criticized President Calderon")
            if own or unknown:
                if not same:
                    fallback = fallback or acts
                return False
            return True

        if passive:
            for c in _patients(verb):
                acts = self._actors(c, at)
                if good(acts):
                    return acts
                for acts in self._inside_all(c, at, topics):  # "a camp for X refugees"
                    if good(acts):
                        return acts
        if self.intent and not passive and \
                verb.lemma_.lower() in self.roles.withdrawing_verbs:
            # "withdrew its inspectors and aid workers from Iraq": the place they leave
            for o in _origins(verb):
                acts = self._actors(o, at)
                if good(acts):
                    return acts
        if self.intent and not passive:  # "turned down an offer by X": the offer's author
            for acts in self._authors(verb, at):
                if good(acts):
                    return acts
        # "delivered Russian weapons to Syria", "sent Korean shells to the front": a thing
        # goes to its destination; an actor that only describes it (origin, maker) is none
        sent_thing = self.intent and not passive and self._sends_thing(verb, at)
        topic_obj = self.intent and verb.lemma_.lower() in self.roles.topic_object_verbs
        for c in verb.children:
            if topic_obj and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in
                                                  TOPIC_PREPS)):
                # "discussed trade with Y", "shared intelligence on militants with Y": only Y
                for p in c.subtree:
                    if p.dep_ == "prep" and p.lower_ in PARTNER_PREPS:
                        for o in p.children:
                            acts = self._actors(o, at) if o.dep_ == "pobj" else []
                            if good(acts):
                                return acts
                continue
            if (c.dep_ in ("dobj", "dative", "attr", "oprd") or (
                    c.dep_ == "pobj" and c.i > verb.i)) and not (  # (an object the parser
                    sent_thing and c.dep_ == "dobj"):  # hung as a bare pobj: "barring tens
                # of thousands of Palestinian labourers")
                for acts in self._mission_first(c, at, topics):  # "ties with Gondor"
                    if good(acts):
                        return acts
        if self.intent and not passive:  # "lifted the sanctions it had imposed on India": the
            # target of the object's relative clause, when its doer is the actor's
            for c in verb.children:
                if c.dep_ != "dobj":
                    continue
                for rel in (g for g in c.children if g.dep_ == "relcl"):
                    doers = [m for g in rel.children if g.dep_ == "nsubj"
                             for m in self._actors(g, at)]
                    if not doers or not set(_codes(doers)) <= set(actor or ()):
                        continue
                    for p in rel.children:
                        if p.dep_ == "prep" and p.lower_ in AIMED_PREPS:
                            for o in p.children:
                                acts = self._actors(o, at) if o.dep_ == "pobj" else []
                                if good(acts):
                                    return acts
        if self.intent and not passive:  # "condemned drills by the US": the parser hung
            # the doer of the act the object names on the verb
            for acts in self._object_doer(verb, at):
                if good(acts):
                    return acts
        # a meeting's travel verb ("flew from Manila to Tokyo for talks", "returned from
        # captivity"): where the visitor comes from is no party ("welcomed memos from X" is)
        origin = ORIGIN_PREPS if not topics and not any(
            c.dep_ == "dobj" for c in verb.children) else set()
        if verb.lemma_.lower() in self.roles.experiencer_passives and \
                any(c.dep_ == "agent" for c in verb.children):
            for o in _agent_objects(verb):  # "X was disappointed by Y's decision": Y (not
                # the victims of "the killing of Z": only Y or Y's)
                acts = self._actors(o, at) or [
                    m for p in o.children if p.dep_ == "poss" for m in self._actors(p, at)]
                if good(acts):
                    return acts
            return []
        venue = TOPIC_PREPS | PLACE_PREPS  # ("arrived in Tehran": the host, not a venue)
        if verb.lemma_.lower() in self.roles.arriving_verbs:
            venue = venue - {"in"}
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and c.lower_ not in origin and \
                    (topics or c.lower_ not in venue) and \
                    not (topic_obj and c.lower_ in TOPIC_PREPS):
                for o in c.children:
                    if o.dep_ == "pobj":
                        for acts in self._mission_first(o, at, topics):
                            if good(acts):
                                if self.intent and c.lower_ in PLACE_PREPS and fallback and \
                                        all(x.startswith("---") for x in _codes(fallback)) \
                                        and _names_place(acts, o):
                                    # "attacked protesters in Khartoum": the protesters, of
                                    # the place (Sudan's), not the city
                                    return _placed_in(fallback, acts)
                                return acts
            if c.dep_ == "prt" or (c.dep_ == "prep" and
                                   c.lower_ in self.roles.particle_prepositions):
                # ("pulled its troops out of Somalia": a particle parsed as a preposition,
                # whose phrase names a place or party, not "out of business")
                for p in c.children:
                    if p.dep_ == "prep":
                        for o in p.children:
                            acts = self._actors(o, at)
                            if c.dep_ == "prep" and any(m.kind == "agent" for m in acts):
                                continue
                            if good(acts):
                                return acts
        # "X believes (that) Y can cope", "X called for Y to stay", "X expressed hope that Y
        # will ...": the subject of the clause the verb (or its object noun) governs
        clauses = [c for c in verb.children if c.i > verb.i and (c.dep_ == "ccomp" or (
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                      for m in c.children)))] + [
            g for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
            for g in c.children if g.dep_ in ("ccomp", "acl") and g.pos_ in ("VERB", "AUX")
            and any(m.dep_ in ("nsubj", "nsubjpass") for m in g.children)]
        permits = verb.lemma_.lower() in self.roles.permitting_verbs
        for c in clauses if depth == 0 or permits else ():  # ("refused to let a UN team
            # visit": the team)
            # (a clause's verb misparsed as a compound of its object: "demanded that Y resume
            # shipments", "resume" hung on "shipments" with Y its subject)
            verbs = [g for g in c.children if g.dep_ == "compound" and g.i < c.i and
                     g.pos_ == "VERB" and c.pos_ == "NOUN"]
            for g in (g for h in [c, *verbs] for g in h.children):
                if g.dep_ in ("nsubj", "nsubjpass") or (
                        _small_clause(c) and g.i < c.i and (g.pos_ in ("PROPN", "NOUN") or (
                            g.dep_ == "amod" and c.left_edge.dep_ == "det"))) or (
                        verbs and g.dep_ == "compound" and g.pos_ == "PROPN" and
                        g.i < verbs[0].i):
                    acts = self._np_all(g, at)
                    if good(acts):
                        return acts
        if depth == 0:  # "X offered to hand over Y to Z": the object of the verb it governs;
            # "X donated and delivered goods to Z": the object of a coordinated verb (only
            # when the verb has no complement of its own: "X demanded that ... and said ...")
            has_comp = any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
            for c in [*verb.children, *([] if has_comp else verb.conjuncts)]:
                if (c.dep_ == "xcomp" or c in verb.conjuncts or (
                        # ("threatened on Sunday to cut ties with X": an infinitive the
                        # parser hung as an adverbial clause of a verb with no object)
                        c.dep_ == "advcl" and _infinitive(c) and not has_comp)) and \
                        c.pos_ in ("VERB", "AUX") and not any(g.dep_ in SUBJ for g in c.children):
                    acts = self._object(c, at, False, topics, actor, depth + 1, violent)
                    if good(acts):
                        return acts
        if self.intent and not passive:  # "pulled out of peace talks with Israel": the
            # partner of the talks, ties or deal the verb's phrase names
            for acts in self._noun_partners(verb, at):
                if good(acts):
                    return acts
        return fallback

    def _authors(self, verb: Token, at) -> list[list[ActorMention]]:
        """The author of the message the verb's direct object names, in a "by" or "from"
        phrase ("rejected an offer by the OIC to mediate", "a request from Kabul"); the
        parser may hang the phrase on the verb ("turned down an offer by neighbouring
        Sudan")."""
        objs = [c for c in verb.children if c.dep_ == "dobj" and
                c.lemma_.lower() in self.roles.message_nouns]
        if not objs:
            return []
        found = []
        for h in [*objs, verb]:
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ not in ("by", "from") or (
                        h is verb and p.i < objs[0].i):
                    continue
                for o in p.children:
                    if o.dep_ == "pobj":
                        found.append(self._actors(o, at))
                    elif o.dep_ == "pcomp":  # "by neighbouring Sudan"
                        found += [self._actors(g, at) for g in o.children if g.dep_ == "dobj"]
        return [acts for acts in found if acts]

    def _visitor(self, verb: Token, at, people_only: bool = False) -> bool:
        """The verb's direct object names a person or an official (a government, elite,
        legislative or judicial code): someone received as a visitor, not a thing. With
        `people_only` (a verb with a sense of its own: "welcomed the new government" is
        praise) a person named, or an official by name ("President Xi Jinping"), only."""
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            # ("received a delegation of US congressmen": the congressmen, as a delegation's
            # phrase names whom it acts for everywhere, `_np_all`)
            found = self._np_all(c, at) if c.lemma_.lower() in \
                self.roles.representative_nouns else [at[c.i]] if c.i in at else []
            if any(m.kind == "person" or (not people_only or m.kind in NAMED_ACTOR_KINDS) and
                   any(code[3:6].lower() in self.roles.visitor_sectors for code in m.codes)
                   for m in found):
                return True
        return False

    def _object_doer(self, verb: Token, at):
        """The actors of a "by" phrase that the parser hung on an active verb right after its
        object, a noun naming no actor ("condemned military drills by the United States",
        "responded to the shelling by Syria": the doer of the act the noun names, not of the
        verb's); nothing otherwise."""
        if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have"
                                          for c in verb.children):
            return  # a participle's "by" is its own agent ("murdered and tortured by X")
        nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj"]
        for c in nouns:
            if c.pos_ != "NOUN" or c.i in at:
                continue
            end = c.right_edge.i
            nxt = verb.doc[end + 1] if end + 1 < len(verb.doc) else None
            if nxt is not None and nxt.head.i == verb.i and nxt.dep_ in ("prep", "agent") \
                    and nxt.lower_ == "by":
                for o in nxt.children:
                    if o.dep_ == "pobj":
                        yield self._actors(o, at)

    def _sends_thing(self, verb: Token, at) -> bool:
        """Whether the verb sends a thing somewhere: a verb of sending with a destination
        phrase ("to Syria", "to the front") and direct objects that name no actor themselves
        ("Russian weapons": Russia only describes them); or people sent or handed over to a
        destination that names an actor ("refused to hand over bin Laden to the United
        States": the United States; "sent him to prison" keeps him)."""
        if verb.lemma_.lower() not in self.roles.sending_verbs:
            return False
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        dests = self._destinations(verb)
        if not objs or not dests:
            return False
        if all(o.i not in at and o.pos_ == "NOUN" for o in objs):
            return True
        return all(o.pos_ in ("NOUN", "PROPN") for o in objs) and any(o.i in at for o in dests)

    def _destinations(self, verb: Token) -> list[Token]:
        """The objects of the verb's phrases of destination ("sent troops to Chad": Chad)."""
        return [o for c in verb.children if c.dep_ in ("prep", "dative") and
                c.lower_ in self.roles.destination_prepositions
                for o in c.children if o.dep_ == "pobj"]

    def _accused(self, verb: Token, at) -> list[ActorMention]:
        """The parties an "against" phrase of the verb names, the accused of a complaint or a
        case brought before a court or body the verb's other phrases name; else []."""
        if any(c.dep_ == "dobj" and self._actors(c, at) for c in verb.children):
            return []  # ("criticised Japan for its campaign against X": Japan)
        found: list[ActorMention] = []
        stack = [(c, 0) for c in verb.children if c.dep_ in ("prep", "dobj")]
        while stack:  # the verb's phrases and those of their nouns ("filed a case at the
            t, d = stack.pop(0)  # court against Uganda", "against" hung on the court)
            if t.dep_ == "prep" and t.lower_ == "against":
                found += [m for o in t.children if o.dep_ == "pobj" for m in self._actors(o, at)]
            elif d < 3 and not (t.pos_ == "NOUN" and self._coded_noun(t)):  # (not the
                # target of an act the phrase names: "condemned the attack against X")
                stack += [(c, d + 1) for c in t.children if c.dep_ in ("prep", "pobj")]
        return found

    def _handed_person(self, verb: Token, at) -> bool:
        """Whether a verb of handing over ("handed over", "turned over") hands a person (a
        name, or people: "four men", "a top rebel leader") to a party its "to" phrase names
        ("to Indian authorities", "to the UN war crimes tribunal", "to Uzbekistan"): a
        judicial cooperation, an extradition in all but name."""
        if not any(c.dep_ == "prt" and
                   f"{verb.lemma_.lower()} {c.lower_}" in self.roles.handing_over_verbs
                   for c in verb.children):
            return False
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        people = any(o.ent_type_ == "PERSON" or (
            o.i in at and at[o.i].kind in PEOPLE_KINDS and
            o.lemma_.lower() not in self.roles.crowd_words and
            not any(c[3:6] in STATE_FORCES for c in at[o.i].codes))  # (soldiers handed over
            for o in objs)  # are prisoners freed; "Humvees" are the army's vehicles)
        # (the "to" phrase the parser hung on a participle describing the person: "handed
        # over X, accused of masterminding the massacres, to the UN tribunal")
        described = [a for o in objs for a in o.children
                     if a.dep_ == "acl" and a.doc[a.i - 1].text == ","]
        preps = [*verb.children, *(t for a in described for t in a.subtree)]
        parties = any(p.dep_ == "prep" and p.lower_ == "to" and any(
            g.dep_ == "pobj" and g.i in at for g in p.children) for p in preps)
        return people and parties

    def _sent_home(self, verb: Token, at, own: set[str]) -> bool:
        """Whether the destination of what the verb sends is in the sender's own country: a
        place there ("to Northern Ireland", "to the northern districts of Gulu") or the
        sender's own ("to its southern provinces")."""
        if len(own) != 1:
            return False
        for d in self._destinations(verb):
            if d.lemma_.lower() in self.roles.place_nouns and any(
                    p.dep_ == "poss" and p.lower_ in ("its", "their") for p in d.children):
                return True  # (not "to its embassy in Kabul")
            acts = [a for a in (list(self._inside_all(d, at)) or
                                ([self._actors(d, at)] if d.i in at else []))
                    if a and all(m.kind != "pronoun" for m in a)]  # (not "its embassy")
            codes = {home(c) for m in (acts[0] if acts else []) for c in m.codes}
            if codes:
                return codes == own and all(len(c) == 3 for m in acts[0] for c in m.codes)
            where = place_at(d, Gazetteer.load()).country
            if where:
                return where in own
        return False

    @staticmethod
    def _against(verb: Token) -> list[ActorMention]:
        """What an "anti-" stance in the verb's clause is against ("marched through Tehran
        chanting anti-American slogans", "anti-government protesters"), when it names a
        country or its agent (`actors.stances_against`)."""
        words = {t.i for t in verb.subtree}
        return [ActorMention(s, e, list(codes), [verb.doc[s:e].text], "country", e - 1)
                for s, e, codes in stances_against(verb.doc)
                if s in words and all(country_of(c) or c.startswith("---")
                                      for c in codes)][:1]

    def _protested(self, verb: Token, at, own: set[str]) -> list[ActorMention]:
        """Whom a protest is against, from its own words: an "anti-" stance in its clause
        ("chanting anti-American slogans", `_against`), an "against" phrase ("chanting slogans
        against the US occupation"), or the party its participle of demand addresses
        ("rallied, demanding that NATO-led forces end night raids"); the last two another
        country's only."""
        stance = self._against(verb)
        if stance:
            return stance
        subject = {t.i for c in verb.children if c.dep_ in SUBJ for t in c.subtree}

        def foreign(acts: list[ActorMention]) -> bool:
            return bool(acts) and not all({home(c) for c in m.codes} <= own for m in acts)

        for t in verb.subtree:
            if t.dep_ == "prep" and t.lower_ == "against" and t.i not in subject:
                for o in t.children:
                    acts = (self._actors(o, at) or self._inside(o, at)) \
                        if o.dep_ == "pobj" else []
                    if foreign(acts):
                        return acts
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and \
                    c.lemma_.lower() in self.roles.demanding_verbs:
                acts = self._object(c, at, False)
                if foreign(acts):
                    return acts
        return []

    def _coded_noun(self, noun: Token) -> bool:
        """Whether the noun names an event the noun dictionary codes here, or a strike
        (`work_stoppage_nouns`)."""
        senses = self.dicts.nouns.get(_noun_key(noun), ())
        return bool(senses) and (self._best(noun, senses)[0] is not None or
                                 noun.lemma_.lower() in self.roles.work_stoppage_nouns)

    def _noun_partners(self, verb: Token, at):
        """The parties named by "with", "between" or "among" under a noun of a relation
        (`partner_nouns`: talks, ties, a deal) that is the object of the verb's phrase, nested
        prepositions too ("pulled out of peace talks with Israel": Israel)."""
        nouns = self.roles.partner_nouns
        stack = [c for c in verb.children if c.dep_ == "prep"]
        while stack:
            p = stack.pop(0)
            for o in p.children:
                if o.dep_ == "prep":
                    stack.append(o)  # ("out" -> "of" -> "talks")
                elif o.dep_ == "pobj" and (o.lower_ in nouns or o.lemma_.lower() in nouns):
                    for w in o.children:
                        if w.dep_ == "prep" and w.lower_ in PARTNER_PREPS:
                            for x in w.children:
                                if x.dep_ == "pobj":
                                    yield self._actors(x, at)
                elif o.dep_ == "pobj":  # "to a disputed stretch of its border with X"
                    stack += [w for w in o.children if w.dep_ == "prep" and w.lower_ == "of"]

    def _mission_first(self, head: Token, at, topics: bool = True) -> list[list[ActorMention]]:
        """`_inside_all`, except that in "the UN mission in Mali", "a NATO-led force in
        Afghanistan" the country the organisation's mission is in comes before the
        organisation: troops sent to it are sent to that country (CAMEO codes the country as
        the target)."""
        own = [m for m in self._actors(head, at)  # "the UN mission": the modifier names
               if not _brokers(head.doc, m, self.roles.broker_participles)]  # its actor
        found = ([own] if own else []) + [acts for acts in self._inside_all(head, at, topics)
                                          if not own or acts[0] is not own[0]]
        doc = head.doc

        def org_noun(acts: list[ActorMention]) -> int | None:
            """The noun an organisation modifies ("UN mission" -> mission), if it does."""
            if not all(m.kind == "org" or all(is_org(c) for c in m.codes) for m in acts):
                return None
            a = doc[acts[0].anchor]
            if acts[0].kind == "composite" and a.pos_ == "NOUN":
                return a.i  # "the NATO-led force" is one composite actor
            while a.dep_ in ("compound", "amod", "npadvmod", "punct", "nmod") and \
                    a.head.i != a.i and a.head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ"):
                a = a.head
                if a.pos_ == "NOUN":
                    return a.i
            return None

        def place_of(acts: list[ActorMention]) -> int | None:
            """The noun whose in-phrase names this country ("mission in Mali" -> mission)."""
            if not all(m.kind in ("country", "capital") for m in acts):
                return None
            a = doc[acts[0].anchor]
            while a.dep_ == "compound" and a.head.i != a.i:
                a = a.head
            if a.dep_ == "pobj" and a.head.lower_ == "in":
                return a.head.head.i
            return None

        nouns = {org_noun(acts) for acts in found} - {None}
        if not nouns:
            return found
        placed = [acts for acts in found if place_of(acts) in nouns]
        return placed + [acts for acts in found if all(acts is not p for p in placed)]

    def _inside(self, head: Token, at, topics: bool = True) -> list[ActorMention]:
        """The first actor (with its conjuncts) inside a noun phrase, in word order."""
        return next(self._inside_all(head, at, topics), [])

    def _inside_all(self, head: Token, at, topics: bool = True):
        """Each actor (with its conjuncts) inside a noun phrase, in word order."""
        seen: set[int] = set()
        for t in head.subtree:
            if t.i == head.i or t.i not in at:
                continue
            # stay in the phrase: not inside a relative or adverbial clause
            node, ok = t, True
            while node.i != head.i:
                if node.dep_ in ("relcl", "advcl", "ccomp", "parataxis") or (
                        not topics and node.dep_ == "prep" and
                        node.lower_ in TOPIC_PREPS | PLACE_PREPS):
                    ok = False
                    break
                node = node.head
            if ok and _brokers(t.doc, at[t.i], self.roles.broker_participles):
                ok = False  # "a UN-brokered truce": the broker is no party to it
            if ok and id(at[t.i]) not in seen:
                anchor = t.doc[at[t.i].anchor]
                acts = self._actors(anchor if anchor.i in at and at[anchor.i] is at[t.i]
                                    else t, at)
                # "a meeting between an Israeli group and the PLO": the modified noun's
                # conjuncts are parties beside the modifier's actor
                h = t.head if t.dep_ in ("amod", "compound", "poss", "nmod") else None
                if h is not None and h.i not in at and h.i != head.i:
                    for cj in h.conjuncts:
                        acts = acts + [m for m in self._actors(cj, at)
                                       if all(m is not a for a in acts)]
                seen.update(id(m) for m in acts)
                seen.add(id(at[t.i]))
                yield acts

    # -- patterns ------------------------------------------------------------------------------
    @staticmethod
    def _clause(verb: Token, verbs: dict | None = None,
                timed: frozenset[str] = frozenset()) -> tuple[tuple[list, list], ...]:
        """The (before, after) token keys of the verb's own clause, nested clauses cut off,
        three times from one walk: in full, for the parts of a multiword verb (a misparse may
        hang them in the subject's prepositional phrase); narrowed for patterns, without the
        subject's prepositional phrases ("riots against military policies continue":
        "military" does not continue), without a phrase of time (`timed`: "praised the
        clinics during a visit" is no "welcome * VISIT") and, with `verbs` (the verb
        dictionary), without a gerund complement that codes itself ("is considering sending
        aid": "aid" is the sending's); and narrowed but with the phrases of time, for a
        pattern that names the preposition ("kill * (DURING {AIR RAID})")."""
        keep: list[tuple[Token, bool]] = []  # (token, in the narrowed clause too)
        permits = verb.lemma_.lower() in load_cues().roles.permitting_verbs
        stack = [(verb, True)]
        while stack:
            t, narrow = stack.pop()
            keep.append((t, narrow))
            for c in t.children:
                if t is verb and c.dep_ == "ccomp" and (_infinitive(c) or (
                        permits and c.tag_ == "VB")):  # (bare: "let aid convoys cross")
                    # "declared a state of siege to begin at midnight": the parser makes the
                    # object the subject of the to-clause; it is the verb's object
                    stack.extend((g, narrow) for g in c.children if g.dep_ == "nsubj")
                    if permits:
                        # "allowed US warplanes to use its air bases": what is allowed is
                        # the verb's own words
                        stack.extend((g, narrow) for g in c.children if g.dep_ != "nsubj")
                        keep.append((c, narrow))
                    continue
                if t is verb and _small_clause(c):  # "found X guilty": the state the verb
                    stack.append((c, narrow))  # finds or declares is its own pattern word
                    continue
                if t is verb and c.dep_ == "advcl" and _infinitive(c):
                    keep += [(g, narrow) for g in c.children  # "called for Collor to step
                             if g.dep_ == "mark" and g.lower_ == "for"]  # down": FOR
                if t is verb and c.dep_ in CLAUSE_BREAK:
                    continue
                if t is verb and c.dep_ == "dobj" and c.left_edge.i > 0 and \
                        verb.doc[c.left_edge.i - 1].text == "," and any(
                        g.dep_ == "ccomp" and verb.i < g.i < c.i for g in verb.children):
                    continue  # "X said it would send rice ..., the first rice aid in years":
                    # an apposition to the reported clause, misparsed as the verb's object
                if c.dep_ in ("relcl", "ccomp", "advcl", "parataxis"):
                    continue
                if c.dep_ == "pcomp" and c.pos_ == "VERB":
                    continue  # "accused X of providing ...": the embedded event codes itself
                if c.dep_ == "acl" and c.pos_ == "VERB":  # a participle in a phrase is no
                    # word of the verb ("said in a report released on Tuesday"); its own
                    # phrases still are ("welcomed assurances sent from Bree")
                    stack.extend((g, narrow) for g in c.children)
                    continue
                cut = (verbs is not None and t is verb and c.dep_ == "xcomp" and
                       c.tag_ == "VBG" and c.lemma_.lower() in verbs) or \
                      (c.dep_ == "prep" and t.dep_ in SUBJ and t.head.i == verb.i)
                stack.append((c, narrow and not cut))
        frames = load_cues().roles.time_frame_nouns
        when = {x.i for t, _ in keep if t is not verb and t.dep_ == "prep" and (
                t.lower_ in timed or any(o.dep_ == "pobj" and o.lemma_.lower() in frames
                                         for o in t.children))
                for x in t.subtree}  # the words of the phrases of time ("during a visit",
        # "at the start of a visit", "on the sidelines of a summit")
        # the preposition of a date is no pattern word ("pressed Israel on Wednesday to ...":
        # no "press * ON"), though it keeps its place between the words around it
        dated = {t.i for t, _ in keep if t is not verb and t.dep_ == "prep" and
                 t.lower_ not in timed and any(  # ("gave X until Sunday to ...": UNTIL)
                     o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in t.children)}
        if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJ for c in verb.children):
            # "Indonesian troops began withdrawing": the governing verb's subject is this
            # verb's too, or its object where it has one ("forced the enemy to retreat");
            # their own prepositional phrases only in full, as above
            kept = {t.i for t, _ in keep}
            controller = "dobj" if any(c.dep_ == "dobj" for c in verb.head.children) \
                else "nsubj"
            for c in verb.head.children:
                if c.dep_ == controller:
                    cut = {t.i for g in c.children if g.dep_ == "prep" for t in g.subtree}
                    keep += [(t, t.i not in cut) for t in c.subtree if t.i not in kept]
        # a passive's patient is its object: "crimes were committed", "crimes committed by X"
        # match "* &CRIME" as "committed crimes" does
        patient: set[int] = set()
        for p in _patients(verb) if _passive(verb) else ():
            toks = list(p.subtree) if p.dep_ == "nsubjpass" else \
                [p, *(c for c in p.children if c.i < p.i)]
            patient.update(t.i for t in toks)
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
                for c in verb.children) and all(
                c.lower_ in RELATIVE_PRONOUNS for c in verb.children if c.dep_ == "dobj"):
            # "the sanctions (that) it had imposed": the noun is the clause's object and
            # matches as one ("impose * SANCTIONS")
            h = verb.head
            patient.update(t.i for t in (h, *(c for c in h.children if c.i < h.i)))
        if patient:
            kept = {t.i for t, _ in keep}
            keep += [(verb.doc[i], True) for i in sorted(patient) if i not in kept]
        keep.sort(key=lambda item: item[0].i)
        # the words of a named organisation or person are its name, not words of the clause
        # ("called on missions from the International Criminal Court": no "criminal")
        mentions = verb.doc._.actor_mentions or ()
        names = {k for m in mentions if m.kind in NAMED_KINDS and m.end - m.start > 1
                 for k in range(m.start, m.end)}
        # the doer a passive names ("arrested by intelligence agents") is no word of what is
        # done (no "&INFORMATION"); a "by" phrase naming no party may be ("killed by a bomb")
        named = verb.doc._.actor_at or {}
        doers = {k for c in verb.children if c.dep_ == "agent" for o in c.children
                 if o.dep_ == "pobj" and o.i in named for k in range(o.left_edge.i, o.i + 1)}
        keep = [(t, narrow and t.i not in names and t.i not in doers) for t, narrow in keep]
        # the window after the verb counts a name as one word ("ordered all United Nations
        # weapons inspectors out of the country")
        starts = {m.start for m in mentions}
        last, words = verb.i, 0
        while last < len(verb.doc) - 1 and words < PATTERN_WINDOW:
            last += 1
            # (a word joined to the one before it is part of it: "the four-year-old state
            # of emergency" counts "four-year-old" as one word)
            joined = not verb.doc[last - 1].whitespace_ and last - 1 != verb.i and \
                _joined(verb.doc[last - 1].text, verb.doc[last].text)  # (and "Argentina's")
            words += (last not in names or last in starts) and not joined
        far = _far_heads(verb, last)

        def key(t: Token) -> tuple[str, str]:
            # a participle modifying a noun is no use of its verb ("suspected Hezbollah
            # positions" is no "&SUSPECT"): matched by its own form only
            if t.dep_ == "amod" and t.tag_ in ("VBN", "VBD"):
                return t.lower_, t.lower_
            if t.i in dated:
                return "", ""
            return t.lower_, t.lemma_.lower()

        def keys(toks: list[Token]) -> tuple[list, list]:
            before = [key(t) for t in toks if t.i < verb.i and t.i not in patient]
            after = [key(t) for t in toks if t.i in patient] + [
                key(t) for t in toks
                if (verb.i < t.i <= last or t.i in far) and t.i not in patient]
            return before, after

        return (keys([t for t, _ in keep]),
                keys([t for t, narrow in keep if narrow and t.i not in when]),
                keys([t for t, narrow in keep if narrow]))

    def _best(self, verb: Token, senses: list[VerbSense]) -> tuple[str | None, Pattern | None]:
        timed = self.roles.time_prepositions
        (before, after), narrowed, with_time = self._clause(verb, self.dicts.verbs, timed)
        best_sense: VerbSense | None = None
        best_particles = -1
        found: list[VerbSense] = []  # the senses whose particles are all in the clause
        for s in senses:
            need_b = [((w,),) for w in s.before]
            need_a = [((w,),) for w in s.after]
            if (need_b and not _match_elems(need_b, before)) or \
                    (need_a and not _match_elems(need_a, after)):
                continue
            found.append(s)
            k = len(s.before) + len(s.after)
            if k > best_particles:
                best_sense, best_particles = s, k
        if best_sense is None:
            return None, None
        before, after = narrowed
        present = {w for pair in with_time[0] for w in pair} | \
            {w for pair in with_time[1] for w in pair}
        best_pat: Pattern | None = None
        # the classes of every sense that fits as well ("carry out": STAGE_EXERCISE,
        # PERPETUATE, ...), then those of the bare verb
        fitting = [s for s in senses if len(s.before) + len(s.after) == best_particles and
                   s.before == best_sense.before and s.after == best_sense.after]
        classes: list = []
        # (a verb with particles that has a code of its own is a verb of its own: "backed
        # down to the demands" takes no idiom of the bare "back", "* DEMANDS" 051)
        phrasal = best_particles > 0 and bool(best_sense.code)
        for c in [best_sense.cls, *(s.cls for s in fitting),
                  *(s.cls for s in senses if not s.before and not s.after and not phrasal)]:
            if all(c is not k for k in classes):
                classes.append(c)
        lemma = best_sense.lemma
        # (a class that only lends the verb patterns, "CALL_FOR_TALKS", no code of its own or
        # its verb's, says nothing of what the verb itself names: the first sense of as many
        # particles that does)
        peers = [best_sense, *(s for s in found if len(s.before) + len(s.after) ==
                               best_particles)]
        own_sense = next((s for s in peers if s.code or s.cls.code), best_sense)
        own_root = (own_sense.code or "").lstrip(":")[:2] if self.intent else ""
        # the root of the act the verb itself names: violence keeps to the physical senses
        # of its class's other verbs ("fighting between government troops" is no "attack *
        # GOVERNMENT", criticism: a verbal sense is the idiom of the verb it was found with)
        act_root = (own_sense.code or own_sense.cls.code or "").lstrip(":")[:2] \
            if self.intent else ""
        physical = act_root in VIOLENCE_ROOTS
        # a verb of cooperation or concession (01-08) does not take another verb's idiom of
        # force ("clear * TOWN", 174, is no "allow civilians to leave the city")
        roots = {(s.code or s.cls.code or "").lstrip(":")[:2] for s in senses} - {""}
        yielding = self.intent and bool(roots) and max(roots) < "09"
        light = self.roles.light_verbs
        for cls in classes:
            for pat in cls.patterns:
                if best_pat is not None and (pat.size < best_pat.size or (
                        pat.size == best_pat.size and (
                            _particles_only(pat) > _particles_only(best_pat) or (
                                _particles_only(pat) == _particles_only(best_pat) and
                                not (_own(pat, lemma) and not _own(best_pat, lemma)))))):
                    continue  # a tie goes to a pattern with a content word ("broke off
                    # relations with": RELATIONS, not WITH), then to one found with this very
                    # verb (or ours)
                if pat.verbs and not _spelled_in(lemma, pat.verbs) and (
                        pat.verbs <= light or _particles_only(pat) or (
                            own_root and pat.code.lstrip(":")[:2] != own_root and
                            pat.code.lstrip(":")[:2] in MATERIAL_ROOTS) or (
                            physical and pat.code.lstrip(":")[:2] not in HOSTILE_ROOTS) or (
                            yielding and pat.code.lstrip(":")[:2] in FORCE_ROOTS)):
                    continue  # an idiom of another verb of the class: "take part", not
                    # "capture part"; patterns of content verbs ("suspend aid") carry over,
                    # except a material act to a verb with a code of its own in another root
                    # ("seize a town" 192 is no "arrest in a town": arrest is 173)
                if any(k.isdisjoint(present) for k in pat.keys):
                    continue
                b, a = with_time if any(not timed.isdisjoint(k) for k in pat.keys) \
                    else (before, after)
                if _match_elems(pat.before, b, pat.near_before) and \
                        _match_elems(pat.after, a, pat.near_after):
                    best_pat = pat
        if best_pat is not None:
            return best_pat.code, best_pat
        for s in [best_sense, *found]:  # (not "step down" for "stepped up")
            if (s.code or s.cls.code) and len(s.before) + len(s.after) == best_particles:
                if not s.code and s.cls.undergone and self.intent:
                    return None, None  # "the official died at a hotel": no one acted
                if not s.code and self.intent and \
                        "_".join((s.lemma, *s.after)) in self.roles.aspectual_verbs:
                    return None, None  # "escalated its campaign": what grows says the act
                return s.code or s.cls.code, None
        return None, None

    def _verb_events(self, verb: Token, senses: list[VerbSense], at) -> list[EventCandidate]:
        passive = _passive(verb)
        if passive and self.intent and verb.lemma_.lower() in self.roles.raising_verbs and \
                not any(c.dep_ == "agent" for c in verb.children) and \
                any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children):
            return []  # raising: "X is expected/set to V" -- the event is V's, not "expect"'s
            # ("X was urged/ordered to V" is an event: those verbs act on X)
        if self.intent and any((verb.lemma_.lower(), c.lemma_.lower()) in
                               self.roles.eventless_idioms
                               for c in verb.children if c.dep_ == "dobj"):
            return []  # "the attack took place at Erez": the attack is the event
        if self.intent and _naming(verb, self.roles.naming_verbs):
            return []  # "a group calling itself the Extraditables": a name, no event
        if self.intent and self._participation(verb) is not None:
            return []  # "took part in a demonstration": the demonstration is the event
        if self.intent and verb.tag_ in ("VBN", "VBD") and \
                verb.lemma_.lower() in self.roles.relation_participles and \
                not any(c.dep_ in ("agent", "dobj") for c in verb.children):
            return []  # "gunmen linked to a cartel": a relation, not an act
        code, pat = self._best(verb, senses)
        enacting = verb.lemma_.lower() in self.roles.enacting_verbs
        if self.intent and any(
                c.dep_ == "dobj" and not _apposed_object(c) and self._coded_noun(c) and (
                    (pat is None and enacting) or (pat is not None and not pat.after) or (
                        pat is not None and enacting and not any(
                            c.lower_ in k or c.lemma_.lower() in k for k in pat.keys)))
                for c in verb.children):
            return []  # "approved a military mobilisation": the mobilisation is the event
            # (a pattern of the verb's own stays: "approved a loan for Y"); so is the strike
            # of "the oil workers' union began a strike", whatever the subject's words match,
            # and the inquiry of "launched an inquiry into the air strike", whatever words
            # of its phrase do
        if self.intent and pat is None and not code and self._handed_person(verb, at):
            code = JUDICIAL_COOPERATION  # "handed over former president X to the tribunal"
        if self.intent and verb.lemma_.lower() in self.roles.returning_verbs and (
                pat is None or (passive and (code or "").lstrip(":")[:2] == CONSULT_ROOT)):
            code = self._returned(verb, at) or code  # ("was returned to Spain" is no visit)
        if pat is None and self.intent and verb.lemma_.lower() in self.roles.hosting_verbs \
                and not passive and self._visitor(verb, at, people_only=bool(code)):
            code = HOST_CODE  # "the president received the foreign minister", "Xi welcomed
            # Taiwan's former president in Beijing": a visit (welcoming a decision is praise)
        marched_for = (code or "").lstrip(":")[:2] == SUPPORT_ROOT and \
            verb.lemma_.lower() in self.roles.marching_verbs  # ("marched in support of X")
        if self.intent and (pat is None or marched_for) and not passive and \
                self._demonstrating(verb, code, at):
            code = DEMONSTRATE  # "thousands of students rallied in Santiago", "hundreds of
            # Kurds marched through Qamishli": people gathering or moving as a body
            # demonstrate (141); no meeting, no troops (whom against: as for any protest)
        if not code:
            return []
        if self.intent and (self._natural(verb) or self._on_nature(verb, code)):
            return []  # "a quake struck Aceh, killing ten", "villages cut off by landslides":
            # no one acted; "firefighters battled the blaze": no one was attacked
        if pat is not None and self.intent:
            code = self._realized(verb, senses, code)
        if self.intent and not passive and _copular_participle(verb) and \
                code.lstrip(":")[:2] in FORCE_ROOTS:
            passive = True  # "X, a native of Y, was slain": "slain" hung as "was"'s acomp
        subj, _ = self._subject(verb, at, passive=passive)
        if not subj and self.intent and code[:2] == INVESTIGATE_ROOT and \
                verb.dep_ in ("acl", "relcl") and _infinitive(verb) and \
                verb.head.dep_ == "dobj":  # "appointed a rapporteur to investigate": the
            subj = self._subject(verb.head.head, at)[0]  # one who appoints investigates
        if pat is None and code != STATEMENT_CODE and self._states(verb, code, subj, at):
            code = STATEMENT_CODE  # "..., he added" reports ("add" is not a grant here);
            # "they claimed that they had attacked" states (no one else is accused)
        if self.intent and code == SANCTIONS_CODE and not passive and \
                verb.lemma_.lower() in self.roles.boycotting_verbs and subj and all(
                    after_country(c)[:3] in PROTESTING_SECTORS - {""} for c in _codes(subj)):
            code = WORK_STOPPAGE  # "the opposition boycotted the swearing-in": a protest (a
            # state's boycott stays a sanction, 163)
        if self.intent and pat is None and code == PROTECTION_CODE and subj and \
                verb.lemma_.lower() in self.roles.defending_verbs and all(
                    after_country(c) and not sectors(c) & (ARMED_SECTORS | BLOCKADING_SECTORS)
                    for c in _codes(subj)):  # (not a bare state or its people either)
            code = DEFEND_VERBALLY  # "King Hussein defended Iraq against a campaign of
            # distortion": words, no troops
        fwd = code.lstrip(":").partition(":")[0]
        meeting = (act_code(fwd) or fwd).startswith(CONSULT_ROOT)  # 04x, or 036 announcing it
        obj = self._object(verb, at, passive, topics=not meeting, actor=_codes(subj),
                           violent=self.intent and fwd[:2] in VIOLENCE_ROOTS)
        if self.intent and fwd[:2] == DISAPPROVE_CODE[:2] and not passive:
            obj = self._accused(verb, at) or obj  # "filed a case at the World Court
            # against Uganda": Uganda, not the court
        if pat is None and self.intent and set(_codes(obj)) <= set(_codes(subj)) and \
                self._bare_light(verb, senses):
            return []  # "took decisions", "held its positions": a light verb's class code
            # holds only with another party acted on ("held refugees as shields")
        own = {home(c) for c in _codes(subj)}
        if self.intent and not passive and code == MILITARY_COOPERATION and \
                verb.lemma_.lower() in self.roles.sending_verbs and \
                self._sent_home(verb, at, own):
            code, obj = REINFORCE_CODE, []  # "Britain is sending 600 more troops to Northern
            # Ireland", "to its southern provinces": forces moved at home, no aid to anyone
        site: list[ActorMention] = []
        if self.intent and code.lstrip(":")[:2] == PROTEST_ROOT and not passive:
            site = self._protest_site(verb, at)  # "protested outside the US embassy"
            if all({home(c) for c in m.codes} <= own for m in obj):
                obj = site or self._protested(verb, at, own) or obj
            elif not all(any(m is x for x in site) for m in obj):
                site = []  # (the protest names another target)
        if code.startswith(THREAT_ROOT) and (
                not obj or all({home(c) for c in m.codes} <= own for m in obj)):
            obj = self._condition_subject(verb, at, set(_codes(subj))) or obj
        if not obj and self.intent and code[:2] == REFUSAL_ROOT:
            obj = self._pressing(verb, at, _codes(subj))
        if self.intent and code[:2] == INVESTIGATE_ROOT:
            obj = self._investigated(verb, at) or obj
        if self.intent and obj and (code in YIELD_CODES or (
                pat is not None and verb.lemma_.lower() in self.roles.releasing_verbs)):
            code = self._yielded(verb, code, obj)  # (a pattern word inside the freed
            # people's name is no act: "freed two aid workers" is no "free * AID")
        if self.intent and code == EXPEL and any(
                c.dep_ == "dobj" and any(g.dep_ == "poss" and g.pos_ == "PRON"
                                         for g in c.children) for c in verb.children):
            return []  # "ordered his troops to withdraw": one's own people sent back are
            # no expulsion (their withdrawal codes itself)
        if self.intent and code == EXPEL and obj:
            code = self._expelled(verb, code, obj, subj)
        summons = summoning_verb(verb, purpose_only=True) if self.intent and \
            code.lstrip(":")[:2] == DISAPPROVE_CODE[:2] else None
        if summons is not None and not any(
                c.dep_ in ("dobj", "dative") for c in verb.children if c.i in at):
            summoned = self._object(summons, at, False, actor=_codes(subj))
            obj = summoned or obj  # "summoned the Israeli ambassador to lodge a protest
            # over the killing of ...": the protest is made to the summoned envoy's state
        if self.intent and not passive and code.lstrip(":") in RIOTING_CODES and \
                self._rioters(verb, subj) and not (obj and all(
                    sectors(c) & ASSAULTED_SECTORS for c in _codes(obj))):
            code = RIOT  # "opposition supporters stormed parliament": a protest turned
            # violent (145), not an armed attack (but "youths attacked a group of
            # immigrants", "beat a cameraman": people assaulted)
        if self.intent and not passive and code.lstrip(":") == COERCE_CODE and pat is None \
                and verb.lemma_.lower() in self.roles.obstructing_verbs and \
                self._rioters(verb, subj):
            code = OBSTRUCT  # "protesters blocked the port", "shut down the oilfield": a
            # protest that obstructs (144), not the state's coercion
        if self.intent and not passive and code.lstrip(":") in OBSTRUCTIONS and subj and \
                all(_state_forces(c) for c in _codes(subj)):
            code = BLOCKADE  # "government forces blocked all roads into the valley": no
            # protest, a blockade (rebels and crowds who block roads protest)
        if self.intent and subj and (code.lstrip(":") == ARREST or (
                code.lstrip(":") == SEIZE and obj and
                all(m.kind in PEOPLE_KINDS for m in obj))) and all(
                sectors(c) & ARMED_GROUPS and not sectors(c) & STATE_SECTORS
                for c in _codes(subj)):
            code = ABDUCT  # "two soldiers were captured by Hezbollah fighters": an armed
            # group that seizes people abducts them (181); only a state arrests (173)
        if self._verbal_attack(verb, pat, passive, subj, obj):
            code = DISAPPROVE_CODE  # "China blasts Japan over ...": criticism, not a bombing
        elif self.intent and pat is not None and code.lstrip(":")[:2] not in MATERIAL_ROOTS:
            code = self._armed_attack(verb, senses, obj) or code
        if not subj and passive and code[:2] in STATE_ACT_ROOTS:
            subj = self._where(verb, at)
        if not subj and passive and self.intent and code.startswith(EXPULSION_CODES):
            subj = self._expelled_from(verb, at)
        if not subj and passive and code[:2] in VIOLENCE_ROOTS and self.intent:
            subj = [m for o in _agent_objects(verb) for m in self._agent_of_participle(o, at)]
            # ("was hit by two missiles fired by an Iraqi warplane": the warplane's)
            subj = subj or self._when_doer(verb, at)
            if subj and set(_codes(obj)) <= set(_codes(subj)):  # ("killed in an Israeli
                # strike": Israel is the doer; the victims are the passive's subject)
                obj = [m for c in _patients(verb) for m in self._actors(c, at)]
        if subj and not passive and code[:2] in VIOLENCE_ROOTS and self.intent:
            # "the bombing of the Chilean embassy killed 29 people": an attack's doer is its
            # own ("a Chilean air strike killed ..."), not the target its phrases name
            attacks = [c for c in verb.children if c.dep_ in SUBJ and self._violent_noun(c)]
            targets = {t.i for c in attacks for p in self._target_phrases(c)
                       for t in p.subtree}
            if targets:
                subj = [m for m in subj if m.anchor not in targets] or [
                    m for c in attacks for m in self._noun_actor(c, at)]
        if not subj and not passive and code[:2] in VIOLENCE_ROOTS and self.intent:
            subj = [m for c in verb.children if c.dep_ in SUBJ
                    for m in self._agent_of_participle(c, at)]  # "a bomb planted by ETA
            # exploded": ETA's bomb
        if not subj and not passive and code[:2] in VIOLENCE_ROOTS and self.intent and \
                verb.dep_ == "relcl":
            claimant = self._claimant(verb.head)
            if claimant is not None:  # "X claimed responsibility for a car bomb that
                subj = self._subject(claimant, at)[0]  # killed Y": X killed Y
        if not subj and not passive and obj and code[:2] in VIOLENCE_ROOTS and self.intent:
            subj = self._unnamed_attacker(verb, at, obj)
        if self.intent and not passive and code.lstrip(":")[:2] == AID_ROOT and \
                verb.lemma_.lower() in self.roles.receiving_verbs:
            subj, obj = obj, subj  # "Iraq received aid from Iran": Iran gives, to Iraq
        parties = self._between(verb, at) if not subj and self.intent and \
            not _mediation(code) else []  # (a mediator is no party: "X mediated between")
        # ("a truce was reached between X and Y": no agent, the two are its parties)
        if len(parties) > 1:  # "fighting between X and Y broke out": they act on each other
            subj, obj = parties, [m for m in obj if all(m is not p for p in parties)]
        return self._make(verb, code, subj, obj, pat, reciprocal=len(parties) > 1,
                          sited=bool(site))

    def _between(self, tok: Token, at) -> list[ActorMention]:
        """The parties a "between X and Y" (or "among") phrase of the trigger names."""
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ in MUTUAL_PREPS:
                for o in p.children:
                    if o.dep_ == "pobj":
                        return self._actors(o, at)
        return []

    def _resulting(self, verb: Token) -> list[VerbSense] | None:
        """The senses of the act a resultative names ("shelling left three civilians dead":
        kill's), from the verb's predicative complement or its object's participle."""
        if not self.intent or verb.lemma_.lower() not in self.roles.resultative_verbs:
            return None
        for c in verb.children:
            words = [c] if c.dep_ in RESULT_DEPS else \
                [a for a in c.children if a.dep_ == "acl"] if c.dep_ == "dobj" else []
            for w in words:
                if w.lower_ in self.roles.resultative_states:
                    return self.dicts.verbs.get(self.roles.resultative_states[w.lower_])
        return None

    def _result_word(self, tok: Token) -> bool:
        """Whether `tok` is the state word of a resultative ("dead" in "left three dead"), or
        one coordinated with it ("two killed and six wounded")."""
        if not self.intent or tok.lower_ not in self.roles.resultative_states:
            return False
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        verb = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "dobj" else \
            tok.head if tok.dep_ in RESULT_DEPS else None
        return verb is not None and verb.lemma_.lower() in self.roles.resultative_verbs

    def _pressing(self, verb: Token, at, actor: list[str]) -> list[ActorMention]:
        """Who a refusal refuses when only a concession phrase names them: "X declined to
        resign despite pressure from Y" -> Y (on the verb or the act it refuses)."""
        for node in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ in self.roles.concessive_prepositions:
                    for o in c.children:
                        if o.dep_ == "pobj":
                            for acts in self._inside_all(o, at):
                                if not set(_codes(acts)) <= set(actor):
                                    return acts
        return []

    def _by_stem(self, tok: Token) -> list[VerbSense] | None:
        """The senses of an inflected verb whose lemma the tagger got wrong ("cordoned" ->
        "cordone"): the dictionary's verb that the regular English endings give back."""
        if tok.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
            return None
        for stem in _stems(tok.lower_):
            if stem in self.dicts.verbs:
                return self.dicts.verbs[stem]
        return None

    def _repeated(self, tok: Token) -> list[VerbSense] | None:
        """The senses of a verb the dictionaries lack that is a verb they have done again
        ("reoccupy", "re-impose", "redeploy"): the act is the same. The verb left after "re"
        must be five letters or more ("reside" is no "side", "retake" no "take") and name a
        material act."""
        lemma = _verb_lemma(tok)
        if tok.pos_ != "VERB" or not lemma.startswith("re"):
            return None
        forms = [lemma] + (list(_stems(tok.lower_))  # (the tagger's "reoccupie")
                           if tok.tag_ in ("VBD", "VBN", "VBG", "VBZ") else [])
        for form in forms:
            rest = form[3:] if form.startswith("re-") else form[2:]
            senses = self.dicts.verbs.get(rest) if len(rest) >= 5 else None
            if senses and any((s.code or s.cls.code or "").lstrip(":")[:2] in MATERIAL_ROOTS
                              for s in senses):
                return senses  # (only material acts: "reclaim" is no claim, "rethink" no
                # think)
        return None

    @staticmethod
    def _realized(verb: Token, senses: list[VerbSense], code: str) -> str:
        """A pattern's intent code (03x) for a verb that names the act itself, used in the
        past: the act. Phoenix codes "met with leaders", "met at" 036 (intent to meet); "X
        met Y" is the meeting (the MEET class's own 040), as CAMEO and PLOVER code it."""
        past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children))
        fwd, sep, rev = code.partition(":")  # "036:036": both sides meet
        if not past or not fwd.startswith("03"):
            return code
        for s in senses:
            own = s.code or s.cls.code or ""
            if own[:2] in ("04", "05", "06", "07", "08") and intent_code(own) == fwd:
                return own + (sep + (own if rev == fwd else rev) if sep else "")
        # "sent troops to the UN force" (Phoenix: 0334, intent to provide peacekeeping):
        # a verb that is no verb of intent, used in the past, did the act (074)
        if not sep and not any((s.code or s.cls.code or "").startswith("03") for s in senses):
            return act_code(fwd) or code
        return code

    def _investigated(self, verb: Token, at) -> list[ActorMention]:
        """Whom an investigation is about: the doers its object names ("investigating war
        crimes by Croatian extremists against Serb civilians" -> the extremists, even of the
        investigator's own country; "an investigation into the Israeli shelling" -> Israel)."""
        def about(head: Token) -> list[Token]:
            return [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("into", "of")
                    for o in p.children if o.dep_ == "pobj"]

        objs = [c for c in verb.children if c.dep_ == "dobj"]
        # ("began an investigation into the Israeli shelling": what the object noun is into)
        nouns = objs + about(verb) + [o for c in objs for o in about(c)]
        for n in nouns:
            acts = self._by_doers(n, at)
            if not acts and _noun_key(n) in self.dicts.nouns:  # an act's own doer: "the
                acts = [m for c in n.children  # Israeli shelling", "Russia's bombing"
                        if c.dep_ in ("amod", "poss", "compound") and c.i < n.i
                        for m in self._actors(c, at, deep=False)]
            if acts:
                return acts
        return []

    def _agent_of_participle(self, noun: Token, at) -> list[ActorMention]:
        """The doers of a participle's "by" phrase on the noun ("a bomb planted by rebels",
        "a rocket fired by militants"), if it names any."""
        return [m for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for o in _agent_objects(c) for m in self._actors(o, at)]

    def _by_doers(self, noun: Token, at) -> list[ActorMention]:
        """The actors of the noun's own "by" phrase ("war crimes by Croatian extremists", "an
        ambush by rebels"), if it names any."""
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "by":
                for o in p.children:
                    acts = self._actors(o, at) if o.dep_ == "pobj" else []
                    if acts:
                        return acts
        return []

    def _returned(self, verb: Token, at) -> str | None:
        """The code of what a verb of giving back returns, by its direct object (or, passive,
        its subject: "the manuscripts were returned to Italy"): people (an actor) 0841,
        anything else 0842; None without one ("returned home")."""
        if _passive(verb):
            obj = next(iter(_patients(verb)), None)
        else:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        return RETURN_PEOPLE if self._actors(obj, at) else RETURN_PROPERTY

    def _natural(self, verb: Token) -> bool:
        """Whether the doer of the verb is a force of nature, a fire or a disease (cue list
        `natural_forces`): its subject or passive agent (a relative pronoun standing for the
        noun it describes), or those of the clause a participle or coordinated verb without a
        subject of its own hangs under ("..., killing ten")."""
        forces = self.roles.natural_forces
        node = verb
        for _ in range(3):
            doers = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            doers += _agent_objects(node)
            if node.dep_ == "relcl":  # "the earthquake that hit Morocco": the earthquake
                doers = [node.head if d.tag_ in ("WDT", "WP") else d for d in doers]
            if any(d.dep_ != "nsubjpass" for d in doers):
                return any((d.lemma_.lower() in forces or any(  # ("Hurricane Ian")
                    c.dep_ == "compound" and c.lemma_.lower() in forces for c in d.children))
                    and not self._weapon_fire(d) for d in doers if d.dep_ != "nsubjpass")
            if node.dep_ not in ("advcl", "conj", "xcomp") or node.head is node:
                return False
            node = node.head
        return False

    def _weapon_fire(self, tok: Token) -> bool:
        """Whether a doer is a weapon's fire: a word of `weapon_fire` said of who shoots or
        with what, with no article ("killed by hostile fire", "sniper fire hit ..."; "a fire
        swept the market" is a blaze)."""
        return tok.lemma_.lower() in self.roles.weapon_fire and \
            not any(c.dep_ == "det" for c in tok.children) and \
            any(c.dep_ in ("amod", "compound", "nmod") for c in tok.children)

    def _on_nature(self, verb: Token, code: str) -> bool:
        """Whether the verb codes violence done to a force of nature, an illness or a
        disaster, its direct object ("battled the blaze", "battled cancer"); a weapon's fire
        ("opened fire") is no such object."""
        return code.lstrip(":")[:2] in VIOLENCE_ROOTS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.roles.natural_forces and
            c.lemma_.lower() not in self.roles.weapon_fire for c in verb.children)

    def _yielded(self, verb: Token, code: str, obj: list[ActorMention]) -> str:
        """A bare yield or release (080, 084; or a release a pattern coded) by what is
        yielded: people freed or released (`releasing_verbs`: "the rebels freed a Saudi
        pilot", "freed two aid workers", 0841), an international or
        non-governmental organisation let in (`permitting_verbs`: "allowed the UN office to
        open in the country", 086); otherwise the code as it is."""
        lemma = verb.lemma_.lower()
        if lemma in self.roles.releasing_verbs and (
                all(_released_person(m, verb) for m in obj) or any(
                    c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON"
                    for c in verb.children)):  # ("freed Ali Belhadj, number two of the
            return RETURN_PEOPLE  # banned Islamic Salvation Front": a person by name)
        if lemma in self.roles.permitting_verbs and \
                all(c[:3] in ("IGO", "NGO") for m in obj for c in m.codes):
            return ALLOW_INVOLVEMENT
        return code

    def _expelled(self, verb: Token, code: str, obj: list[ActorMention],
                  subj: list[ActorMention]) -> str:
        """An expulsion of individuals (174) by who is expelled: international organisations'
        peacekeepers (1661) or other staff (1662, observers and inspectors), aid agencies and
        other non-governmental organisations (1663), a mass of people driven out (201:
        "expelled several hundred villagers", "more than 10,000 people": `expelling_verbs`
        only, not "deported", and not foreigners sent home: "Libya expelled 20,000 Tunisian
        workers" deports them, 174); otherwise the code as it is."""
        codes = [c for m in obj for c in m.codes]
        if all(c.startswith("IGO") for c in codes):
            return EXPEL_PEACEKEEPERS if any(c.endswith(STATE_FORCES) for c in codes) \
                else EXPEL_OBSERVERS  # ("IGOUNOMIL": the organisation's forces)
        if all(c.startswith("NGO") or after_country(c)[:3] == "NGO" for c in codes):
            return EXPEL_AID_AGENCIES
        if verb.lemma_.lower() not in self.roles.expelling_verbs:
            return code  # (the law's deportations are of individuals, however many)
        own = {country_of(c) for c in _codes(subj)} - {None}
        if own and codes and all(country_of(c) not in own | {None} for c in codes):
            return code  # foreign nationals sent out of the country: a deportation
        masses = self.roles.mass_numbers
        for o in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            if o.lemma_.lower() in masses or o.lower_ in masses or any(
                    n.dep_ == "nummod" and (n.lower_ in masses or any(
                        w.lower_ in masses for w in n.children) or
                        _figure(n.text) >= MASS_FIGURE) for n in o.children):
                return MASS_EXPULSION
        return code

    def _rioters(self, verb: Token, subj: list[ActorMention], any_crowd: bool = False) -> bool:
        """The verb's doers are people protesting (`protesting_people`, `crowd_words`: "opposition
        supporters", "hundreds of demonstrators", "youths") of no armed sector: their
        violence is a riot. With `any_crowd`, a crowd of anyone unarmed counts too
        ("hundreds of Kurds marched")."""
        if not all(after_country(c)[:3] in PROTESTING_SECTORS for m in subj for c in m.codes):
            return False  # (no mention at all: only a word for protesting people, below)
        people, crowds = self.roles.protesting_people, self.roles.crowd_words
        for h in (c for c in verb.children if c.dep_ in SUBJ):
            lemma = h.lemma_.lower()
            if lemma in people:
                return True
            if lemma in crowds and subj:  # "thousands stormed", "hundreds of demonstrators"
                of = [o for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
                return not of or any_crowd or any(o.lemma_.lower() in people for o in of)
        return False

    def _demonstrating(self, verb: Token, code: str | None, at) -> bool:
        """A demonstration, not a meeting or a mobilisation: a verb of mobilising used with no
        object (`gathering_verbs`: "thousands of students rallied"), or a crowd or protesting
        people marching (`marching_verbs`) or gathering showing a sign of protest
        (`assembling_verbs`, `protest_signs`), with no object."""
        lemma = verb.lemma_.lower()
        root = (code or "").lstrip(":")[:2]
        if root == FORCE_POSTURE_ROOT and lemma in self.roles.gathering_verbs:
            return not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        marching = lemma in self.roles.marching_verbs
        if code and root not in (CONSULT_ROOT, FORCE_POSTURE_ROOT) and \
                not (marching and root == SUPPORT_ROOT):  # (a march in support of a cause
            return False  # demonstrates for it)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        filling = lemma in self.roles.filling_verbs and bool(objects) and all(
            o.lemma_.lower() in self.roles.public_places for o in objects)  # "packed the
        # centre of Bucharest, chanting"
        if not (marching or filling or lemma in self.roles.assembling_verbs) or \
                (objects and not filling):
            return False
        if not self._rioters(verb, self._subject(verb, at)[0], any_crowd=True):
            return False
        if marching:
            return True
        signs = self.roles.protest_signs
        heads = [c for c in verb.children if c.dep_ in SUBJ]
        words = heads + [o for h in heads for p in h.children if p.dep_ == "prep"
                         for o in p.children if o.dep_ == "pobj"]
        words += [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")]
        return any(w.lemma_.lower() in signs for w in words)

    @staticmethod
    def _bare_light(verb: Token, senses: list[VerbSense]) -> bool:
        """A light verb ("take", "hold", "come") used with none of its particles."""
        lemma = verb.lemma_.lower()
        roles = load_cues().roles
        if lemma not in roles.light_verbs or lemma in roles.telling_light_verbs:
            return False
        words = {t.lower_ for t in verb.children if t.dep_ in ("prt", "prep")}
        return not any(set(s.before + s.after) & words for s in senses
                       if s.before or s.after)

    def _unnamed_attacker(self, verb: Token, at, obj: list[ActorMention]) -> list[ActorMention]:
        """An attack whose doer is not named, only where it happened, is coded to that
        country, as GDELT and the PLOVER gold do: "a roadside bomb near Samarra killed a U.S.
        soldier" -> IRQ. Only a subject that is a thing or an act (no actor inside) with a
        country, capital or city in its own phrase or in the verb's in/near phrase."""
        subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return []

        def place(m: ActorMention) -> bool:
            return m.kind in ("country", "capital") or all(
                len(c) == 3 and country_of(c) for c in m.codes)

        places = [at[t.i] for t in subj.subtree if t.i in at and not any(
            a.dep_ == "prep" and a.lower_ in AIMED_PREPS and a.i > subj.i
            for a in t.ancestors if a.i in range(subj.left_edge.i, subj.right_edge.i + 1))]
        # ("the attack on an Iraqi convoy killed ten": the convoy is the target, not the place)
        if not all(place(m) for m in places):
            return []  # a named doer ("insurgents near X") is coded as usual
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "near"):
                places += [at[t.i] for t in c.subtree if t.i in at and place(at[t.i])]
        homes = {home(c) for m in places for c in m.codes}
        return places[:1] if len(homes) == 1 else []

    def _states(self, verb: Token, code: str, subj: list[ActorMention], at) -> bool:
        """A statement verb (cues `statement_verbs`) used with a clause and no object of its
        own only states; one whose dictionary code is an accusation or another speech act
        only when the clause is about the speaker itself (or names no one)."""
        if verb.lemma_.lower() not in self.cues.statement_verbs or \
                any(c.dep_ == "dobj" for c in verb.children):
            return False
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if not clauses:
            return False
        if code[:2] not in SPEECH_ROOTS:
            return True
        own = {home(c) for c in _codes(subj)}
        for cl in clauses:
            for g in cl.children:
                if g.dep_ in ("nsubj", "nsubjpass"):
                    if not {home(c) for c in _codes(self._np_all(g, at))} <= own:
                        return False
        return True

    def _condition_subject(self, verb: Token, at, actor: set[str]) -> list[ActorMention]:
        """A threat's target is the party whose act is its condition: "X threatened to
        leave the talks if Y deploys missiles" -> Y (CAMEO 13: threats are conditional); Y
        may be of X's country ("rebels threatened to quit the talks if the government ..."),
        but is not X itself ("threatened to retaliate if it was attacked")."""
        stack, steps = [verb], 0
        while stack and steps < 6:
            node = stack.pop(0)
            steps += 1
            for c in node.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and
                                             m.lower_ in self.roles.condition_marks
                                             for m in c.children):
                    for g in c.children:
                        if g.dep_ in ("nsubj", "nsubjpass"):
                            acts = [m for m in self._np_all(g, at)
                                    if not set(m.codes) <= actor]
                            if acts:
                                return acts
                elif (c.dep_ in ("ccomp", "conj") or _to_clause(c)) and \
                        c.pos_ in ("VERB", "AUX"):
                    stack.append(c)  # ("threatened on Monday to quit ...")
        return []

    def _verbal_attack(self, verb: Token, pat: Pattern | None, passive: bool,
                       subj: list[ActorMention], obj: list[ActorMention]) -> bool:
        """Whether a verb of `criticizing_verbs` ("blast", "slam") is aimed by an unarmed
        party at a party (a country, organisation or person, not a city or a building):
        news uses it for criticism ("China blasts Japan"; "rebels blasted the bridge" and
        "forces blasted Kyiv" stay violence)."""
        return self.intent and pat is None and not passive and bool(subj) and bool(obj) and \
            verb.lemma_.lower() in self.roles.criticizing_verbs and \
            not any(c[3:6] in STATE_FORCES or c[3:6] in DOMESTIC_FOES
                    for c in _codes(subj)) and \
            all(m.kind in ("country", "org", "person", "composite", "actor") and
                any(c[:3] != "---" for c in m.codes) for m in obj)

    @staticmethod
    def _armed_attack(verb: Token, senses: list[VerbSense],
                      obj: list[ActorMention]) -> str | None:
        """The violent code of a verb of violence whose verbal idiom matched ("attack *
        GOVERNMENT", criticism) at armed men: "rebels attacked government troops" is a fight
        (190); "the opposition attacked the government" and "rebels attacked the peace plan"
        stay criticism."""
        if not any(c[3:6] in ARMED_SECTORS for m in obj for c in m.codes
                   if verb.doc[m.anchor].dep_ != "poss"):  # (not "the army's decision")
            return None
        return next((s.code or s.cls.code for s in senses
                     if (s.code or s.cls.code or "")[:2] in VIOLENCE_ROOTS), None)

    def _when_doer(self, verb: Token, at) -> list[ActorMention]:
        """The doer of an agentless violent passive that a "when" clause of violence names
        ("three Gazans were killed when Israeli forces attacked a school" -> the forces), or
        an "in" phrase naming an attack and its doer ("killed in an ambush by rebels")."""
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and
                                         m.lower_ in self.roles.when_conjunctions
                                         for m in c.children):
                planted = [m for g in c.children if g.dep_ in SUBJ
                           for m in self._agent_of_participle(g, at)]
                if planted:  # "... were killed when a car bomb planted by X ripped through a
                    return planted  # market": the bomb's planters, whatever it did
                senses = self.dicts.verbs.get(c.lemma_.lower(), ())
                if any((x.code or x.cls.code or "")[:2] in VIOLENCE_ROOTS for x in senses):
                    subj, passive = self._subject(c, at)
                    if not passive:  # ("when missiles fired by an Israeli helicopter hit
                        # him", the "by" phrase hung on the when-clause's verb: the helicopter)
                        return subj or [m for o in _agent_objects(c) for m in self._actors(o, at)]
            if c.dep_ == "prep" and c.lower_ in self.roles.attack_prepositions:
                # "two soldiers were killed in an ambush by rebels", "... in an Israeli air
                # strike": the doer of the attack the phrase names
                for n in c.children:
                    if n.dep_ != "pobj" or not self._violent_noun(n):
                        continue
                    acts = self._by_doers(n, at) or [m for m in self._actors(n, at)
                                                     if m.kind != "agent"]
                    if acts:
                        return acts
        return []

    def _violent_noun(self, noun: Token) -> bool:
        """The noun names an attack: by its class's code ("ambush"), or by a pattern of its
        class that the words before it fit ("air strike", not "hunger strike")."""
        senses = self.dicts.nouns.get(_noun_key(noun), ())
        if any((x.code or x.cls.code or "")[:2] in VIOLENCE_ROOTS for x in senses):
            return True
        before = [(t.lower_, t.lemma_.lower()) for t in noun.lefts]
        return any(pat.code.lstrip(":")[:2] in VIOLENCE_ROOTS and not pat.after and
                   pat.before and _match_elems(pat.before, before, pat.near_before)
                   for x in senses for pat in x.cls.patterns)

    def _where(self, verb: Token, at) -> list[ActorMention]:
        """The state where an agentless arrest or ban happens is its doer: "a missionary was
        arrested in Lebanon" -> Lebanon (only a country or capital named with "in")."""
        return _state_named([o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                             for o in c.children if o.dep_ == "pobj"], at)

    def _postured_against(self, out: list[EventCandidate], doc: Doc) -> None:
        """A force posture (15x) that names no foreign side is aimed at the foreign state
        whose act it answers: "Taiwan put its forces on alert as China prepared war games",
        "Seoul raised its readiness level after North Korea fired shells" (the subject of an
        "as"/"after"/"when" clause, `answering_marks`, or an actor in an "after"/"amid"/"over"
        phrase of the verb, `circumstance_prepositions`)."""
        at = doc._.actor_at or {}
        for ev in out:
            homes = {home(c) for c in ev.actor if country_of(c)}
            if ev.code.lstrip(":")[:2] != FORCE_POSTURE_ROOT or len(homes) != 1 or \
                    any(country_of(c) and home(c) not in homes for c in ev.recipient):
                continue
            trig = doc[ev.trigger]
            found: list[ActorMention] = []
            marks = self.roles.answering_marks
            for c in trig.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                             for m in c.children):
                    found += [m for g in c.children if g.dep_ in SUBJ
                              for m in self._np_all(g, at)]
                elif c.dep_ == "prep" and c.lower_ in self.roles.circumstance_prepositions:
                    found += [at[t.i] for t in c.subtree if t.i in at]
            foreign = [m for m in found if m.codes and all(
                country_of(x) and home(x) not in homes for x in m.codes)]
            if foreign:
                ev.recipient = list(dict.fromkeys(foreign[0].codes))
                ev.recipient_names = list(foreign[0].names)

    @staticmethod
    def _expelled_from(verb: Token, at) -> list[ActorMention]:
        """The state an agentless expulsion drives people out of is its doer: "inspectors were
        expelled from Iraq", "ordered out of North Korea", "ordered to leave Peru" (a country
        or capital only)."""
        return _state_named(_origins(verb) + [o for c in verb.children
                                              if c.dep_ == "xcomp" and c.lemma_ == "leave"
                                              for o in c.children if o.dep_ == "dobj"], at)

    def _make(self, trig: Token, code: str, subj: list[ActorMention], obj: list[ActorMention],
              pat: Pattern | None, reciprocal: bool = False,
              sited: bool = False) -> list[EventCandidate]:
        """The event candidates of one trigger (`sited`: its recipient is the state whose
        building a protest was held at, which says nothing of where the protesters are
        from)."""
        code = code.replace("!", "").strip()
        fwd, _, rev = code.partition(":")
        actor = _codes(subj)
        recipient = _codes(obj)
        place = functools.cache(lambda: self._place_country(trig))  # looked up once, if asked
        if self.intent and fwd[:2] in PLACED_ROOTS and any(
                c.startswith("---") for c in actor + recipient):
            # "US troops killed ten villagers in Helmand": the unnamed side is the place's
            where = place()
            if where:
                recipient = [_placed(c, where) for c in recipient]
                if not any(c[3:6] in STATE_FORCES for c in actor) and not sited:
                    actor = [_placed(c, where) for c in actor]
        crowds = self.roles.crowd_words | self.roles.protesting_people
        if self.intent and not actor and (fwd[:2] == PROTEST_ROOT or (
                fwd[:2] in VIOLENCE_ROOTS and obj and trig.tag_ in FINITE)) \
                and not subj and (any(  # (a crowd's violence on people: "youths attacked
                # immigrants in Athens", not "thousands killed")
                c.dep_ in SUBJ and (c.lemma_.lower() in crowds or any(  # "several
                    n.dep_ == "nummod" and (n.lemma_.lower() in crowds or  # thousand Kurds",
                                            _figure(n.text) >= CROWD_FIGURE)  # "10,000 Tatars"
                    for n in c.children)) for c in trig.children) or (trig.dep_ == "acl" and
                                            trig.head.lemma_.lower() in crowds)):
            where = place()  # "tens of thousands rallied in Tel Aviv":
            if where:  # people of the place, unnamed
                actor = [where + "CVL"]
        if self.intent and any(c.startswith("---") for c in actor + recipient) and \
                not any(country_of(c) for c in actor + recipient) and \
                not any(outsiders(trig.doc, m.start, m.end) for m in subj + obj):
            # "Maoist rebels will free the policemen ... in western Nepal": parties of no
            # known country, where the sentence names one country only, are that country's
            sole = _sole_country(trig, self.roles.backing_participles |
                                 self.roles.broker_participles)
            abroad = fwd[:2] in VIOLENCE_ROOTS  # (armed forces fight abroad as often as not)

            def placed(codes: list[str]) -> list[str]:
                return [c if abroad and c[3:6] in STATE_FORCES else _placed(c, sole)
                        for c in codes]

            if sole:
                actor, recipient = placed(actor), placed(recipient)
        if self.intent and actor and all(c.startswith("---") for c in actor) and \
                subj and all(m.kind != "pronoun" for m in subj):
            state = _reported_state(trig)  # "Economics Minister X pledged that Bonn would
            if state:  # provide aid": a minister of no named country speaks for Bonn's
                actor = [_placed(c, state) for c in actor]
        # (a country's: an organisation's prefix, IGO or IMG, is no place to be from)
        beside = {home(c) for c in recipient if country_of(c)}
        if self.intent and len(beside) == 1 and any(c.startswith("---") for c in recipient):
            # "talks between the Sri Lankan government and rebels": an unnamed group beside
            # one state's party is that state's
            recipient = list(dict.fromkeys(
                next(iter(beside)) + c[3:] if c.startswith("---") else c for c in recipient))
        homes = {home(c) for c in actor if country_of(c)}
        if len(homes) == 1 and self.intent:  # an unnamed group acted on by a state: domestic
            # (also a group the dictionaries place only by region: "Algeria lifted its ban on
            # the Islamic Salvation Front" (INTREB) -> DZAREB)
            # ... but violence by a state's side falls on foreigners as often as not: there
            # only its domestic opponents are its own ("Syrian forces killed rebels": SYRREB;
            # "Russian shelling killed civilians" stays ---CVL)
            country = next(iter(homes))
            recipient = list(dict.fromkeys(
                country + c[3:] if (c.startswith("---") and _domestic(c, fwd, actor)) or
                (is_region(c) and len(c) > 3) else c for c in recipient))
        itself = self.intent and len(set(actor)) == 1 and set(recipient) == set(actor) and \
            not _other_person(subj, obj, trig.doc) and not _another_body(fwd, obj, trig.doc)
        if itself:
            recipient = []  # a recipient placed as the actor's very code is the actor itself
        if not recipient and len(homes) == 1 and self.intent and (
                fwd[:2] in DOMESTIC_ROOTS or fwd[:3] in CONCESSIONS):
            recipient = [next(iter(homes))]  # a protest or crackdown names no target: domestic
        elif not recipient and len(homes) == 1 and fwd[:2] in VIOLENCE_ROOTS and \
                self.intent and all(c[3:6] in NONSTATE_SECTORS for c in actor) and \
                place() in homes:
            recipient = [next(iter(homes))]  # "villagers in Bangladesh attacked a police
            # station": a group's violence at home is on its own country (not "militants
            # fired rockets into Israel": there the place is another's)
        elif not recipient and actor and fwd[:2] in VIOLENCE_ROOTS and self.intent and \
                place() and place() not in homes:
            recipient = [place()]  # "NATO warplanes struck targets across Yugoslavia": the
            # violence of a side from elsewhere, on no one named, is on the place's country
        if self.intent and not sited:  # ... the reverse: an unnamed group acting on one
            actor = _placed_by_target(actor, recipient, fwd)  # state is its
        names_a = list(dict.fromkeys(n for m in subj for n in m.names)) or \
            self._uncoded(trig, "actor")
        names_r = [] if itself else list(dict.fromkeys(n for m in obj for n in m.names))
        if not names_r and not itself:  # (none named, or a country inferred for one)
            names_r = [n for n in self._uncoded(trig, "recipient") if n not in names_a]
        out: list[EventCandidate] = []
        if self.intent and len(actor) > 1 and recipient and fwd[:2] in RECIPROCAL_ROOTS and \
                all(len(c) == 3 for c in recipient) and \
                {home(c) for c in recipient} <= {home(c) for c in actor}:
            recipient, names_r = [], []  # "Chile and Peru signed an accord in Lima": Lima
            # (a country or a place of one of them, no party of its own: not "Peruvian
            # traders") is where, not a party beside them; they act on each other (below)
        elif self.intent and len({home(c) for c in actor if country_of(c)}) > 1 and obj and \
                fwd[:2] in RECIPROCAL_ROOTS and all(_venue(m, trig.doc) for m in obj):
            recipient, names_r = [], []  # ... and so is a third country where they sign
            # ("Ethiopia and Eritrea signed a peace accord in Algiers": no Algeria)
        from_syntax = bool(recipient) and bool(obj)  # (not a place's country: no reverse)
        if fwd:
            # several actors and no recipient: they act on each other (always, in PETRARCH
            # mode; otherwise for consult/agree/support/cooperate roots and nominal events)
            if not recipient and len(actor) > 1 and \
                    (self.require_dyad or reciprocal or fwd[:2] in RECIPROCAL_ROOTS or (
                        fwd[:2] in VIOLENCE_ROOTS and
                        trig.lemma_.lower() in self.roles.mutual_fighting_verbs)):
                # ("British soldiers and IRA gunmen exchanged fire": on each other)
                recipient, names_r = list(actor), list(names_a)
            out.append(EventCandidate(trig.i, fwd, actor, recipient, names_a, names_r,
                                      pat.text if pat else None))
        if rev and (from_syntax or (
                self.intent and not fwd and not obj and actor and
                trig.lemma_.lower() in self.roles.undergoing_verbs)):
            # ("Ugandan troops came under mortar fire": the subject is the target, the doer
            # unnamed)
            out.append(EventCandidate(trig.i, rev, recipient, actor, names_r, names_a,
                                      pat.text if pat else None))
        return out

    def _uncoded(self, trig: Token, role: str) -> list[str]:
        """The name of a person or organisation the dictionaries lack in the trigger's
        subject (`role` "actor") or object ("recipient") position: "Ecuador granted asylum
        to Julian Assange". Named only: its code is unknown, so the event's codes stay as
        they are."""
        if not self.intent or trig.pos_ not in ("VERB", "AUX"):
            return []
        passive = _passive(trig)
        if role == "actor":
            slots = _agent_objects(trig) if passive else [
                c for c in trig.children if c.dep_ in SUBJ]
        else:
            slots = _patients(trig) if passive else [
                c for c in trig.children if c.dep_ in ("dobj", "dative")]
            heads = [trig] + [c for c in trig.children if c.dep_ == "dobj"]
            slots += [o for h in heads for p in h.children  # ("granted asylum to X")
                      if p.dep_ in ("prep", "dative") and p.lower_ in TARGET_PREPS
                      for o in p.children if o.dep_ == "pobj"]
        for tok in slots:
            if tok.ent_type_ in UNCODED_ENTITIES:
                ent = _entity(tok)
                if not any(c.is_digit for c in ent):
                    return [ent.text]
        return []

    @staticmethod
    def _place_country(trig: Token) -> str | None:
        """The country of the place where the trigger's event happened (`coding.places`)."""
        return place_at(trig, Gazetteer.load()).country

    # -- nominal events ------------------------------------------------------------------------
    def _noun_event(self, noun: Token, at, verb_events) -> list[EventCandidate]:
        place = _first_conjunct(noun)  # ("a trade and financial embargo": the phrase's)
        gov = place.head
        claimant = self._claimant(noun)
        if claimant is not None:  # "X claimed responsibility for the bombing": X bombed
            gov = claimant
        elif place.dep_ == "pobj" and gov.dep_ == "prep":
            gov = gov.head
            if self.intent and gov.lemma_.lower() in self.roles.span_nouns and \
                    place.head.lower_ == "of" and gov.dep_ in ("dobj", "pobj"):
                # "entered the 60th day of his hunger strike": the verb governing the span
                gov = gov.head if gov.dep_ == "dobj" else gov.head.head
            if gov.dep_ == "dobj" and self.intent and \
                    self._participation(gov.head) is noun:  # "took part in a protest"
                gov = gov.head
        if gov is noun or gov.pos_ not in ("VERB", "AUX"):
            return []
        gov_evs = verb_events.get(gov.i, [])
        senses = self.dicts.nouns[_noun_key(noun)]
        code, pat = self._best(noun, senses)
        if not code and self.intent and noun.lemma_.lower() in self.roles.work_stoppage_nouns \
                and place.dep_ == "dobj":  # "oil workers launched a strike": a walkout
            doers = _codes(self._subject(gov, at)[0])
            if doers and all(after_country(c)[:3] in PROTESTING_SECTORS - {""}
                             for c in doers):
                code = WORK_STOPPAGE
        if not code:
            return []
        # (a pattern of the governing verb whose words are all its subject's, "OIL * [0311]"
        # for "the oil workers' union began a strike", codes nothing of this phrase)
        patterned = [e for e in gov_evs if e.pattern and
                     e.pattern.split("[")[0].partition("*")[2].strip()]
        if patterned and claimant is None and not (
                place.dep_ == "dobj" and gov.lemma_.lower() in self.cues.statement_verbs) and \
                not all(_finer(code, e.code) for e in patterned):
            return []  # the governing verb's pattern already coded this phrase (unless the
            # noun says more: "staged a hunger strike" is 142, not the pattern's bare 140)
        subj = self._noun_actor(noun, at)
        if not subj and claimant is not None:
            subj = self._subject(claimant, at)[0]
        if not subj and self.intent and noun.lemma_.lower() in self.roles.agentive_of_nouns:
            subj = next((self._actors(o, at) for p in noun.children  # "attacks of Russian
                         if p.dep_ == "prep" and p.lower_ == "of"  # troops": theirs
                         for o in p.children if o.dep_ == "pobj"), [])
        countered = place.dep_ == "dobj" and gov.lemma_.lower() in self.roles.countering_verbs
        if not subj and not countered:  # "X repelled an attack": X is not the attacker
            gov_senses = self.dicts.verbs.get(gov.lemma_.lower(), ())
            coded = [e.code for e in gov_evs]  # what the verb coded here
            if any(c[:2] in ("11", "13") for c in coded or [
                    x.code or x.cls.code or "" for x in gov_senses]):  # (or could code)
                return []  # "X condemned the drills": X is not the one drilling
            # ("NATO acknowledged the attack", "three people died in an air strike": neither
            # is the attacker)
            if self._governed_act(place, gov, coded, code) and \
                    not any(x.cls.undergone for x in gov_senses):
                subj, _passive = self._subject(gov, at)
        obj: list[ActorMention] = []
        # a meeting's place and topic are not its parties ("a summit at Camp David on X")
        skip = TOPIC_PREPS | PLACE_PREPS if code.startswith("04") and self.intent else set()
        if not subj and not _mediation(code):  # "clashes between X and Y": they act on
            subj = self._between(noun, at)  # each other (a mediation's are its recipients)
            if subj:
                skip = skip | MUTUAL_PREPS
        phrases = [*noun.children, *(place.children if place is not noun else ())]
        for p in phrases:  # (a conjunct's phrases are the first's: "a trade and financial
            # embargo on Iraq", parsed "trade" ... "on Iraq")
            if p.dep_ == "prep" and p.lower_ in TARGET_PREPS and p.lower_ not in skip:
                for o in p.children:
                    if o.dep_ == "pobj":  # "an attack on the state of South Sudan"
                        obj = self._actors(o, at) or (
                            self._inside(o, at) if p.lower_ in AIMED_PREPS else [])
        if not obj:  # one level down: "a suspension of air links with Y", "the sale of arms to Y"
            for p in noun.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        for p2 in o.children if o.dep_ == "pobj" else ():
                            if p2.dep_ == "prep" and p2.lower_ in TARGET_PREPS:
                                for o2 in p2.children:
                                    if o2.dep_ == "pobj" and not obj:
                                        obj = self._actors(o2, at)
        if not obj and code[:2] in VIOLENCE_ROOTS and self.intent:
            # "the bombing of an army barracks", "the massacre of villagers": the victims
            # (not "attacks of Russian troops": theirs)
            for p in self._target_phrases(noun):
                for o in p.children if p.lower_ == "of" else ():
                    if o.dep_ == "pobj" and not obj:
                        obj = [m for m in self._actors(o, at) or self._inside(o, at)
                               if not set(m.codes) <= set(_codes(subj))]
        if not obj and code[:2] == REFUSAL_ROOT and self.intent:
            # "in defiance of a UN demand": whose demand, ban or sanctions is defied
            for p in noun.children:
                for o in p.children if p.dep_ == "prep" and p.lower_ == "of" else ():
                    if o.dep_ == "pobj" and not obj:
                        obj = [m for m in self._actors(o, at) or self._noun_actor(o, at)
                               if not set(m.codes) <= set(_codes(subj))]
        if not obj and place.dep_ in ("dobj", "nsubjpass"):
            obj = self._governor_target(gov, noun, at, subj, skip)
        if not obj and place.dep_ == "pobj" and place.head.lower_ == "under" and self.intent:
            # "placed the minister under investigation": the act is on the verb's object
            obj = next((self._actors(c, at) for c in gov.children if c.dep_ == "dobj"), [])
        if countered and not obj:  # ... but its target
            obj = [m for m in self._subject(gov, at)[0]
                   if not set(m.codes) <= set(_codes(subj))]
        return self._make(noun, code, subj, obj, pat, reciprocal=True)

    def _target_phrases(self, noun: Token) -> list[Token]:
        """The prepositions of an attack noun's phrases that name its target: "on", "against"
        (`AIMED_PREPS`), and "of" ("the bombing of the embassy") unless the noun's "of" names
        the attacker (`agentive_of_nouns`: "attacks of Russian troops")."""
        of_target = noun.lemma_.lower() not in self.roles.agentive_of_nouns
        return [p for p in noun.children if p.dep_ == "prep" and (
            p.lower_ in AIMED_PREPS or (p.lower_ == "of" and of_target))]

    def _protest_site(self, verb: Token, at) -> list[ActorMention]:
        """A government's building where people protest is what they protest against:
        "protested outside the US embassy", "rallied in front of the Japanese consulate" (a
        mention of a state agent in a phrase of `protest_site_prepositions`, or "in front
        of")."""
        for c in verb.children:
            if c.dep_ != "prep":
                continue
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if c.lower_ == "in":  # "in front of X"
                objs = [o2 for o in objs if o.lower_ == "front" for p in o.children
                        if p.dep_ == "prep" and p.lower_ == "of"
                        for o2 in p.children if o2.dep_ == "pobj"]
            elif c.lower_ not in self.roles.protest_site_prepositions:
                continue
            for o in objs:
                m = at.get(o.i)
                if m is not None and any(code[3:6] == "GOV" and country_of(code)
                                         for code in m.codes):
                    return [m]
        return []

    def _participation(self, verb: Token) -> Token | None:
        """The event noun that a participation idiom's "in" phrase names ("took part in a
        demonstration" -> demonstration), if the nouns dictionary codes it; else None."""
        for c in verb.children:
            if c.dep_ == "dobj" and \
                    (verb.lemma_.lower(), c.lemma_.lower()) in self.roles.participation_idioms:
                for p in [*c.children, *verb.children]:
                    if p.dep_ == "prep" and p.lower_ == "in":
                        for o in p.children:
                            if o.dep_ == "pobj" and _noun_key(o) in self.dicts.nouns:
                                return o
        return None

    def _claimant(self, noun: Token) -> Token | None:
        """The verb whose subject claims (or denies) responsibility for the act `noun` names:
        "ETA claimed responsibility for the bombing", "... for a car bomb that killed X"
        (`responsibility_nouns`); None if it is no such act."""
        p = noun.head
        if noun.dep_ != "pobj" or p.lower_ != "for" or p.dep_ != "prep":
            return None
        r = p.head
        if r.lemma_.lower() not in self.roles.responsibility_nouns or r.dep_ != "dobj" or \
                r.head.pos_ not in ("VERB", "AUX"):
            return None
        return r.head

    def _governed_act(self, noun: Token, gov: Token, gov_codes: list[str], code: str) -> bool:
        """Whether the subject of `gov` does the act that the nominal event `noun` names: not
        when the verb only observes, weighs or escapes it ("acknowledged the attack", "fled to
        avoid an offensive"), forbids or puts it down ("banned the rally"), or investigates,
        rejects or discusses another act (CAMEO 09, 12, 04: "discussed sanctions"; "met for
        talks" and "opened investigations" are one act), nor when the noun is a circumstance
        of the clause ("surrendered following an offensive")."""
        lemma = gov.lemma_.lower()
        if lemma in self.roles.observing_verbs or lemma in self.roles.suppressing_verbs or \
                noun.dep_ in SUBJ_DEPS or any(
                p.dep_ == "prep" and p.lower_ in MUTUAL_PREPS for p in noun.children):
            return False  # the noun is the verb's subject ("the attack on X killed ..."), or
            # names its own parties ("fighting between X and Y began")
        if noun.dep_ == "pobj" and noun.head.lower_ in self.roles.circumstance_prepositions:
            return False
        roots = {c[:2] for c in gov_codes if c}
        return code[:2] in roots or not roots & {CONSULT_ROOT, "09", "12"}

    def _governor_target(self, gov: Token, noun: Token, at, subj: list[ActorMention],
                         skip: set[str]) -> list[ActorMention]:
        """The target that the verb governing a nominal event names for it: "sent supplies
        to Nepal", "imposed a curfew in Kashmir", "issued an ultimatum to X" (the verb's
        own prepositional phrases; never the doer itself)."""
        own = set(_codes(subj))
        for p in gov.children:
            if p.dep_ not in ("prep", "dative") or p.lower_ not in TARGET_PREPS or \
                    p.lower_ in skip:  # "sent supplies to Y": "to" may be parsed a dative
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                for acts in [self._actors(o, at), *self._inside_all(o, at)]:
                    if acts and not set(_codes(acts)) <= own:
                        return acts
        return []

    def _noun_actor(self, noun: Token, at) -> list[ActorMention]:
        """The doer named inside the noun phrase: "X's tests", "drills held by X", "X drills"."""
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
                acts = self._actors(c, at, deep=False)
                if acts:
                    return acts
            if c.dep_ == "prep" and c.lower_ == "by":
                for o in c.children:
                    if o.dep_ == "pobj":
                        return self._actors(o, at)
            if c.dep_ == "acl":
                for o in _agent_objects(c):
                    return self._actors(o, at)
        return []

    def _demand(self, trig: Token, ev: EventCandidate, at) -> list[EventCandidate]:
        """"S said X must do E": S demands of X (CAMEO 10, REQUEST), beside the event itself."""
        if not any(c.dep_ == "aux" and c.lower_ in self.roles.obligation_auxiliaries
                   for c in trig.children):
            return []
        node = trig
        for _ in range(3):
            if node.dep_ not in ("ccomp", "conj") or node.head is node:
                return []
            node = node.head
            if node.lemma_.lower() in self.cues.reporting_verbs:
                speaker, _ = self._subject(node, at)
                codes = _codes(speaker)
                if not codes:
                    return []
                dem = EventCandidate(node.i, DEMAND_CODE, codes, list(ev.actor),
                                     [n for m in speaker for n in m.names],
                                     list(ev.actor_names), "must")
                dem.attributed_to = list(codes)
                return [dem]
        return []

    # -- modality and attribution -------------------------------------------------------------
    def _modality(self, trig: Token, ev: EventCandidate, at) -> None:
        try:
            from sitrep.coding.attribution import attribution_of
            from sitrep.coding.modality import modality_of
        except ImportError:  # the semantic modules are optional at import time
            return
        ev.modality, ev.modality_cues = modality_of(trig, self.cues)
        if self.intent:
            auxes = {c.lower_ for c in trig.children if c.dep_ in ("aux", "neg")}
            head = trig.head
            if trig.dep_ == "conj":  # "will neither accept nor recognise the ruling": the
                # first conjunct's auxiliaries are the second's, and "neither ... nor" a "not"
                auxes |= {c.lower_ for c in head.children if c.dep_ == "aux"}
                if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children):
                    auxes.add("not")
            if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in trig.children):
                auxes.add("not")
            intent_adj = trig.dep_ == "xcomp" and \
                head.lemma_.lower() in self.roles.intent_adjectives
            # "would not hesitate to impose a state of emergency if ...": will impose it
            unhesitating = trig.dep_ == "xcomp" and \
                head.lemma_.lower() in self.roles.hesitating_verbs and \
                any(c.dep_ == "neg" for c in head.children)
            if unhesitating:
                auxes |= {c.lower_ for c in head.children if c.dep_ == "aux"}
            # "no longer accepted South Africa's mediation": a refusal from now on
            no_longer = any(c.dep_ == "advmod" and c.lower_ == "longer" and
                            any(g.lower_ == "no" for g in c.children) for c in trig.children)
            # "had no intention of lifting the sanctions", "has no plans to reopen the
            # embassy": a refusal, as "will not" is
            owner = _intention(trig, self.roles.intent_nouns)
            no_intent = owner is not None and owner.head.lemma_ == "have" and \
                any(c.dep_ == "det" and c.lower_ == "no" for c in owner.children)
            negated = bool(auxes & self.roles.negating_auxiliaries) or no_longer or no_intent
            future = no_longer or no_intent or bool(auxes & self.roles.future_auxiliaries) or \
                ev.modality == "planned" or intent_adj
            marks = {m.lower_ for t in ([trig, head] if unhesitating else [trig])
                     for c in t.children if c.dep_ == "advcl"
                     for m in c.children if m.dep_ == "mark"}
            if unhesitating:
                ev.modality = "hypothetical" if marks & self.roles.condition_marks \
                    else "planned"
                ev.modality_cues = [head.lower_]
            unless = "unless" in marks
            # "Caracas could expel the UN office unless ...": what may be done on a condition
            # is announced as a future act is
            possible = bool(auxes & self.roles.possibility_auxiliaries) and not negated and \
                bool(marks & self.roles.condition_marks)
            if future and negated:
                refused = refusal_code(ev.code)  # "X will not accept refugees": X refuses
                if refused:
                    ev.code, ev.modality = refused, "asserted"
            elif (future or possible) and unless:  # "X will withdraw its force unless Y
                ev.code, ev.modality = THREAT_CODE, "asserted"  # ...": a threat
            elif future or possible or (ev.modality == "hypothetical" and "would" in auxes):
                ev.act_code = ev.code  # (what is intended, for a decision to do it)
                ev.code = intent_code(ev.code) or ev.code
        codes: list[str] = []
        for span in attribution_of(trig, self.cues):
            for m in _span_actors(span, at):
                for c in m.codes:
                    if c not in codes:
                        codes.append(c)
        ev.attributed_to = codes


def _intention(verb: Token, intent_nouns: frozenset[str]) -> Token | None:
    """The noun of intending (`intent_nouns`), object of a verb, whose "of" phrase or
    to-clause the verb is: "had no intention of [lifting]", "announced plans to [build]";
    else None."""
    head = verb.head
    owner = head.head if verb.dep_ == "pcomp" and head.lower_ == "of" else \
        head if verb.dep_ == "acl" and _infinitive(verb) else None
    if owner is None or owner.lemma_.lower() not in intent_nouns or owner.dep_ != "dobj":
        return None
    return owner


def _border_side(doc, m: ActorMention, border_nouns: frozenset[str]) -> bool:
    """The mention is a country's name or demonym on a border noun (`border_nouns`: "near
    the Syrian border", "on the Thai frontier"): where something is, not who it is done to."""
    t = doc[m.anchor]
    return t.dep_ in ("amod", "compound", "nmod") and t.head.lemma_.lower() in border_nouns \
        and all(len(c) == 3 for c in m.codes)


def _names_place(acts: list[ActorMention], o: Token) -> bool:
    """The phrase's object `o` itself names the country or city of `acts` ("in Khartoum",
    "in the Donetsk region"), not a doer in it ("in Russian shelling")."""
    doc = o.doc
    return all(m.codes and all(len(c) == 3 for c in m.codes) and (
        m.anchor == o.i or (doc[m.anchor].dep_ == "compound" and doc[m.anchor].head.i == o.i))
        and doc[m.anchor].ent_type_ != "NORP" and doc[m.anchor].tag_ != "JJ"
        # (not a demonym misparsed as the object: "in Chilean shelling")
        for m in acts)


def _placed_in(people: list[ActorMention], where: list[ActorMention]) -> list[ActorMention]:
    """Mentions of unknown country ("---OPP") placed in the country of `where`'s first
    code, or `where` itself when that names no country."""
    country = home(where[0].codes[0]) if where[0].codes else ""
    if not country_of(country) or len(country) != 3:
        return where
    return [dataclasses.replace(m, codes=[_placed(c, country) for c in m.codes])
            for m in people]


@functools.lru_cache(maxsize=4)
def _phrase_words(phrases: frozenset[str]) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Each word of `phrases` -> (its place, the phrase's words) for every phrase it is in;
    split once, not for every word of every text."""
    out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        for k, w in enumerate(words):
            out.setdefault(w, []).append((k, words))
    return out


def _in_fixed_phrase(tok: Token, phrases: frozenset[str]) -> bool:
    """Whether the word is part of one of `phrases` as written in the text ("face to
    face")."""
    doc = tok.doc
    for k, words in _phrase_words(phrases).get(tok.lower_, ()):
        start = tok.i - k
        if start >= 0 and start + len(words) <= len(doc) and \
                all(doc[start + j].lower_ == words[j] for j in range(len(words))):
            return True
    return False


def _naming(verb: Token, naming_verbs: frozenset[str]) -> bool:
    """A verb that only gives a name: naming oneself ("calling itself the Extraditables",
    "who call themselves X") or a reduced relative with the name ("a group called the
    Islamic Front")."""
    if verb.lemma_.lower() not in naming_verbs:
        return False
    named = any(c.dep_ in ("oprd", "attr") and c.ent_type_ not in ("DATE", "TIME")
                for c in verb.children)  # (not "a newspaper called Thursday on Arabs to")
    reflexive = any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))
                    for c in verb.children)
    return named and (reflexive or (verb.dep_ == "acl" and verb.tag_ != "VBG"))


def _released_person(m: ActorMention, verb: Token) -> bool:
    """The mention names people the verb sets free: its direct object or passive subject
    that is people ("freed three hostages", "the officials were released"), or a country
    describing an object that is a common noun ("freed a Saudi pilot"); not a country set free
    ("released Peru from its obligations"), nor anything in a phrase ("released data on
    Russian officers"); the same for a coordinated object ("freed 15 sailors and marines")."""
    doc = verb.doc
    t = doc[m.anchor]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    # (a title's head: "freed former head of state Olusegun Obasanjo" is anchored in its name)
    t = next((k for k in doc[m.start:m.end] if k.dep_ in ("dobj", "nsubjpass") and
              k.head.i == verb.i), t)
    if t.dep_ == "compound":  # a title before a name the dictionaries lack ("[former
        name = t.head  # lawmaker] Consuelo Gonzalez and [politician] Clara Rojas were freed")
        while name.dep_ in ("compound", "conj") and name.head.i != name.i:
            name = name.head
        if name.pos_ == "PROPN" and name.dep_ in ("dobj", "nsubjpass") and \
                name.head.i == verb.i:
            return m.kind in PEOPLE_KINDS
    if (t.dep_ in ("dobj", "nsubjpass") and t.head.i == verb.i) or (
            t.dep_ == "nsubj" and t.head.i == verb.head.i and garden_path_verb(verb)):
        return m.kind in PEOPLE_KINDS or (  # a state's people counted or named in the
            m.kind in ("country", "actor") and t.tag_ in ("NNS", "NNPS") and  # plural demonym
            t.ent_type_ == "NORP")  # ("freed 48 Iranians"; not "the Philippines")
    return t.dep_ in ("amod", "compound", "nmod") and t.head.dep_ == "dobj" and \
        t.head.head.i == verb.i and t.head.pos_ == "NOUN"


def _venue(m: ActorMention, doc) -> bool:
    """A country or a city of one (a bare country code: no one of its people) named only as
    where something happens: the object of "in" or "at" ("in Algiers"); or any actor named
    only as the modifier of a place that is the object of "in", "at" or "on" ("at a ceremony
    on the White House lawn")."""
    t = doc[m.anchor]
    if t.dep_ == "compound" and t.head.dep_ == "pobj" and t.head.pos_ == "NOUN" and \
            t.head.head.lower_ in PLACE_PREPS | {"on"} and \
            all(doc[k].dep_ in ("compound", "det") for k in range(m.start, m.end) if k != t.i):
        return bool(m.codes)
    return bool(m.codes) and all(len(c) == 3 for c in m.codes) and t.dep_ == "pobj" and \
        t.head.lower_ in PLACE_PREPS


def _particles_only(pat: Pattern) -> bool:
    """A pattern of prepositions and particles only ("head TO", "head FOR"): a phrasal verb,
    an idiom of the verb it was found with, not of its synset ("ordered X to appear")."""
    return all(w in FUNCTION_WORDS for k in pat.keys for w in k)


def _own(pat: Pattern, lemma: str) -> bool:
    """A pattern found with this verb, or one of no recorded verb (curated: the whole class)."""
    return not pat.verbs or _spelled_in(lemma, pat.verbs)


def _spelled_in(lemma: str, verbs: frozenset[str]) -> bool:
    """The verb is among `verbs` in its British or American spelling ("recognize" is the
    "recognise" a pattern was found with; "honor", "honour")."""
    if lemma in verbs:
        return True
    for a, b in (("ize", "ise"), ("ise", "ize"), ("or", "our"), ("our", "or")):
        if lemma.endswith(a) and lemma[:-len(a)] + b in verbs:
            return True
    return False


def _entity(tok: Token) -> Span:
    """The named entity a token is part of, from its IOB tags (`doc.ents` builds every span of
    the doc on each access)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _other_person(subj: list[ActorMention], obj: list[ActorMention], doc: Doc) -> bool:
    """Whether the recipient names a person other than the actor ("Mexican Interior Minister
    X criticized President Peña Nieto": both MEXGOV, and not one actor twice)."""
    return bool(subj) and any(_named_person(m, doc) and all(m.start != a.start for a in subj)
                              for m in obj)


def _named_person(m: ActorMention, doc: Doc) -> bool:
    """Whether a mention names a person: of the dictionaries ("Fox", "President Enrique Peña
    Nieto"), or a title with a name the parser reads as a person's ("President Joseph
    Estrada", coded by his office)."""
    return m.kind == "person" or (m.entry is not None and m.entry.kind == "person") or (
        m.kind == "composite" and any(t.ent_type_ == "PERSON" for t in doc[m.start:m.end]))


def _mediation(code: str) -> bool:
    """Whether a code is mediation (CAMEO 045), whose "between X and Y" names the parties
    mediated between, not parties acting on each other."""
    return code.lstrip(":").startswith(MEDIATE_CODE)


def _placed_by_target(actor: list[str], recipient: list[str], code: str = "") -> list[str]:
    """An actor of unknown country only ("---CVL") acting on one country is that country's
    ("students protested against Y's decision" -> Y's students); armed forces of unknown
    country are not (they often act abroad: "forces killed X villagers"), nor officials in
    diplomacy ("the foreign minister met the Chinese envoy": a foreign one, most likely), nor
    those other than rebels and opposition who attack a state's forces ("British troops were
    targeted by townspeople": the troops are abroad as often as not)."""
    targets = {home(c) for c in recipient if country_of(c)}
    if not actor or len(targets) != 1 or not all(c.startswith("---") for c in actor) or \
            any(c[3:6] in STATE_FORCES for c in actor) or (
            code[:2] in VIOLENCE_ROOTS and any(c[3:6] in STATE_FORCES for c in recipient) and
            not all(c[3:6] in DOMESTIC_FOES for c in actor)) or (
            code[:2] in DIPLOMACY_ROOTS and any(c[3:6] == "GOV" for c in actor)):
        return actor
    country = next(iter(targets))
    return list(dict.fromkeys(country + c[3:] for c in actor))


def _domestic(code: str, fwd: str, actor: list[str]) -> bool:
    """Whether a group of unknown country (---XXX) that one state's side acts on is that
    state's own: always, but in violence (which falls on foreigners as often as not) other
    than a mass expulsion; in violence, its domestic foes (opposition, rebels), the students
    and workers its police act on, and the state bodies its rebels or other non-state groups
    attack ("FARC guerrillas ambushed an army patrol")."""
    if fwd[:2] not in VIOLENCE_ROOTS or code[3:6] in DOMESTIC_FOES or fwd == MASS_EXPULSION:
        return True  # (a mass expulsion drives out those who live where the expeller rules)
    sectors = {after_country(a)[:3] for a in actor}
    return (code[3:6] in POLICED and "COP" in sectors) or \
        (code[3:6] in STATE_SECTORS and sectors <= NONSTATE_SECTORS) or \
        (code[3:6] in UNARMED_SECTORS and bool(sectors) and sectors <= IRREGULAR_SECTORS) or \
        (code[3:6] in RELIGIONS and bool(sectors) and sectors <= STATE_SECTORS)
    # (and the people a state's rebels, militias or gangs kill where no place says
    # otherwise: "Mai-Mai militiamen hacked to death 20 villagers"; and a religious group a
    # state's forces fight: "soldiers fought gun battles with Islamist militants")


def _another_body(fwd: str, obj: list[ActorMention], doc: Doc) -> bool:
    """Whether a recipient of unknown country, placed in the acting state's country, is
    another body of it ("a military court found a soldier guilty", "the government demanded
    that the regional authorities annul the vote"), not the actor itself: not what a
    statement (01x) is about, nor "its forces"."""
    return fwd[:2] != STATEMENT_CODE[:2] and \
        any(c.startswith("---") for c in _codes(obj)) and \
        not any(g.dep_ == "poss" and g.pos_ == "PRON"
                for m in obj for g in doc[m.anchor].children)


def _state_forces(code: str) -> bool:
    """A state's armed forces or police (BIHSRPMIL, TJKCOP), not rebels or a crowd."""
    parts = sectors(code)
    return bool(country_of(code)) and bool(parts & BLOCKADING_SECTORS) and \
        not parts & (NONSTATE_SECTORS | {"UAF"})


def _figure(text: str) -> float:
    """A written figure's value ("10,000" -> 10000, "1.5" -> 1.5); 0 for anything else."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0


def _state_named(objects: list[Token], at) -> list[ActorMention]:
    """The first of the words that names a country or its capital, as a one-mention list
    (the state where an act happens or that people are driven out of); else []."""
    for o in objects:
        m = at.get(o.i)
        if m is not None and m.kind in ("country", "capital"):
            return [m]
    return []


def _origins(verb: Token) -> list[Token]:
    """The objects of the verb's phrases of where from, in word order: "from X" and "out of
    X" (the particle "out" parsed as either)."""
    found = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            found += [o for o in c.children if o.dep_ == "pobj"]
        elif c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "out"):
            found += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
    return found


def _brokers(doc: Doc, m: ActorMention, participles: frozenset[str]) -> bool:
    """Whether the mention is joined by a hyphen to one of `participles` ("UN-brokered",
    three tokens, or one: "U.S.-brokered")."""
    last = doc[m.end - 1].lower_
    return ("-" in last and last.rsplit("-", 1)[1] in participles) or \
        hyphened(doc, m.end - 1, participles) is not None


def _spelled_complements(out: list[EventCandidate], doc: Doc) -> None:
    """Drop the events of a to-clause whose verb the governing verb's pattern spells: in
    "ordered the inspectors to leave" the pattern "order * (TO LEAVE)" (174) is the whole
    act, and the leaving no journey of the inspectors' own."""
    spelled: set[int] = set()
    for ev in out:
        if not ev.pattern:
            continue
        words = set(ev.pattern.replace("(", " ").replace(")", " ").split())
        spelled.update(c.i for c in doc[ev.trigger].children if c.dep_ == "xcomp" and
                       (c.text.upper() in words or c.lemma_.upper() in words))
    if spelled:
        out[:] = [ev for ev in out if ev.trigger not in spelled]


def _far_heads(verb: Token, last: int) -> set[int]:
    """The words past the pattern window (`last`) that still head the verb's own phrases,
    each with the modifiers before it: its object ("lifted the 19-year-old American trade
    embargo": EMBARGO), the state of a small clause ("found X GUILTY"), its to-clause
    ("ordered the American members of the inspection team to leave": TO LEAVE) and a
    prepositional phrase it governs ("put its troops along the border on high alert": ON HIGH
    ALERT), but not one naming a party (a pattern of particles alone would read it as the
    verb's partner) nor one whose noun has a clause of its own ("broke out ..., with youths
    smashing windows")."""
    named = verb.doc._.actor_at or {}  # the words of the doc's actor mentions
    heads: list[Token] = []
    for c in verb.children:
        if c.dep_ == "dobj" or _small_clause(c) or (  # (the state a small clause says:
                c.dep_ == "npadvmod" and c.i > verb.i and  # "found the long-named leader
                any(g.dep_ == "nummod" for g in c.children)):  # GUILTY"; a counted
            heads.append(c)  # measure the parser hung on the verb: "gave X 72 HOURS")
            heads += _partitive_objects(c)  # ("cut part of its $1.3 billion in ... AID")
        elif c.dep_ == "xcomp" and c.pos_ == "VERB":
            heads += [c, *(g for g in c.children if g.dep_ == "aux" and g.lower_ == "to")]
        elif c.dep_ == "prep":
            preps = [c]
            if not any(g.dep_ == "pobj" for g in c.children):  # "moved troops up TO the
                preps += [g for g in c.children if g.dep_ == "prep"]  # BORDER"
            for p in preps:
                objs = [g for g in p.children if g.dep_ == "pobj"]
                if objs and all(g.i not in named and not any(
                        k.dep_ in ("acl", "relcl") for k in g.children) for g in objs):
                    heads += [p, *objs]
        if c.dep_ in ("dobj", "npadvmod") and c.i > verb.i:
            heads += _trailing_states(c)  # "found X and four other officers GUILTY"
    far: set[int] = set()
    for h in heads:
        if h.i > last:
            far.add(h.i)
            far.update(m.i for m in h.children
                       if m.i < h.i and m.dep_ in ("amod", "compound") and m.i > last)
    return far


def _trailing_states(obj: Token) -> list[Token]:
    """The adjectives after an object, a conjunct of it or a name in apposition to it: the
    state a small clause says, misparsed as the noun's modifier ("found X and four other
    officers GUILTY", "found a former guard, Zoran P., GUILTY")."""
    nouns = [obj, *obj.conjuncts]
    nouns += [g for n in nouns for g in n.children if g.dep_ == "appos"]
    return [a for n in nouns for a in n.children
            if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > n.i]


def _apposed_object(obj: Token) -> bool:
    """A second direct object after a comma: an apposition that sums up the clause, misparsed
    as the verb's object ("bombed radar sites near Baghdad, the first such strikes in two
    years": the strikes are the bombing, not what was bombed)."""
    return obj.dep_ == "dobj" and obj.left_edge.i > 0 and \
        obj.doc[obj.left_edge.i - 1].text == "," and \
        any(c.dep_ == "dobj" and c.i < obj.i for c in obj.head.children)


def _partitive_objects(obj: Token) -> list[Token]:
    """What a part or an amount is of: the nouns of the "of" phrase of a partitive object
    ("part of the aid", "all of Yemen's ports") and of the "in" phrase of an amount ("$1.3
    billion in military aid"), followed down a chain of them (`partitive_nouns`)."""
    parts = load_cues().roles.partitive_nouns
    found: list[Token] = []
    node = obj
    for _ in range(4):
        amount = node.tag_ in ("CD", "$") or any(
            c.dep_ == "nummod" or c.tag_ == "$" for c in node.children)
        if node.lower_ not in parts and not amount:
            break
        nxt = [o for p in node.children if p.dep_ == "prep" and (
                   p.lower_ == "of" or (p.lower_ == "in" and amount))
               for o in p.children if o.dep_ == "pobj"]
        if not nxt:
            break
        node = nxt[0]
        found.append(node)
    return found


def _small_clause(c: Token) -> bool:
    """A verbless clause complement right after its verb: a subject and the adjective or
    noun said of it, parsed as a ccomp ("found [Tadic guilty]", "declared [the envoy persona
    non grata]"; not "says so far [the plans underwhelming]")."""
    if c.dep_ != "ccomp" or any(g.dep_ in ("aux", "auxpass", "cop", "mark")
                                for g in c.children):
        return False
    if c.pos_ in ("ADJ", "NOUN") and c.left_edge.i == c.head.i + 1 and \
            (any(g.dep_ == "nsubj" or g.pos_ in ("PROPN", "NOUN") for g in c.lefts) or
             c.left_edge.dep_ == "det"):
        return True  # (an article marks the object the parser read as the state's
        # modifiers: "found [a former Bosnian Serb general guilty]")
    if any(g.dep_ in SUBJ for g in c.children):
        return False
    # a noun the parser made the clause ("has given Khmer Rouge [guerrillas] 48 hours":
    # the object's head, after the words it hung on the verb) or tagged a verb ("found three
    # ANC [guerrillas] guilty": the object, with the state said of it)
    objects = {t.i for g in c.head.children if g.dep_ in ("dative", "dobj") for t in g.subtree}
    if c.pos_ in ("NOUN", "PROPN") and c.i > c.head.i and \
            all(k in objects for k in range(c.head.i + 1, c.left_edge.i)):
        return True
    return c.pos_ == "VERB" and c.tag_ == "VBZ" and c.left_edge.i == c.head.i + 1 and \
        any(g.dep_ == "acomp" and g.i > c.i for g in c.children)


def _first_conjunct(noun: Token) -> Token:
    """The first of the coordinated nouns the noun is one of ("imposed a trade and financial
    embargo", parsed "trade" and "embargo": trade), which stands in the phrase's place; the
    noun itself when it is no conjunct."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _infinitive(verb: Token) -> bool:
    """Whether the verb heads a to-infinitive clause ("... to complain about X")."""
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in verb.children)


def _to_clause(c: Token) -> bool:
    """Whether `c` is the to-clause its verb governs: an open complement ("vowed to fight"),
    or an infinitive the parser hung as an adverbial clause ("voted 13-0 on Monday to impose
    an embargo", "threatened on Sunday to cut ties")."""
    return c.dep_ == "xcomp" or (c.dep_ == "advcl" and _infinitive(c))


def _listed(appos: Token) -> bool:
    """An apposition that heads a list ("the United States, India, Israel and Pakistan"
    parsed as States -> appos India -> conj ...): the parser's reading of a coordination."""
    return any(c.dep_ == "conj" for c in appos.children)


def _passive(verb: Token) -> bool:
    """Whether the verb is passive; not a stative passive with no agent ("forces were engaged
    in fighting", "troops were involved in attacks", "X is committed to talks", "X is opposed
    to the ban"), whose subject does the act."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and \
            not _bare_participle(verb) and garden_path(verb) is None:
        return False
    roles = load_cues().roles
    if verb.lemma_.lower() in roles.experiencer_passives:
        return False  # "X was disappointed by Y": X feels it, about Y (`_object`)
    prep = roles.stative_passives.get(verb.lemma_.lower())
    return not (prep and not any(c.dep_ == "agent" for c in verb.children) and
                any(c.dep_ in ("prep", "aux") and c.lower_ == prep or
                    c.dep_ == "xcomp" and any(a.lower_ == prep for a in c.children)
                    for c in verb.children))


def _agent_objects(tok: Token) -> list[Token]:
    """The objects of the word's own "by" phrase as the parser marks a passive's doer
    ("was granted asylum by Seoul", "a bomb planted by rebels": Seoul, rebels), or as it may
    mark it a plain preposition of a verb with a passive auxiliary ("has been granted
    political asylum by Kenya")."""
    agents = [a for a in tok.children if a.dep_ == "agent"] or [
        a for a in tok.children if a.dep_ == "prep" and a.lower_ == "by" and
        any(c.dep_ == "auxpass" for c in tok.children)]
    return [o for a in agents for o in a.children if o.dep_ == "pobj"]


def _agent_hosts(verb: Token) -> list[Token]:
    """The nouns on which the parser may hang a passive verb's "by" phrase: the verb's own
    object ("was granted asylum by Seoul") and the objects of its prepositions ("was
    recognised as a state by Canada"), in that order; their "by" phrases name the verb's
    doers. A "by" phrase deeper down belongs to its own noun ("the families of victims by
    ..." is left alone)."""
    return [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")] + [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]


def _bare_participle(verb: Token) -> bool:
    """A past participle that is passive without its auxiliary: a reduced relative ("soldiers
    captured by the rebels"). Not a participle with a subject of its own, nor one in a
    sentence whose parse has no main verb: there the tagger took a past tense for a participle
    ("Doctors from two aid groups donated goods", parsed as a noun phrase)."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head is not verb and \
        verb.sent.root.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)


def garden_path(verb: Token) -> Token | None:
    """The verb a reduced relative was misparsed as the main verb of, when `verb` is that
    participle: "[Twelve student leaders detained after the riots] were freed by police",
    parsed with "detained" as the verb of "leaders" and "were freed" as an adverbial clause
    with no subject. A participle tagged as a past tense is one when it has a doer of its own
    ("[relatives of the men shot dead by soldiers] filed a case") or the verb after it is a
    perfect passive ("[journalists held hostage for months] have been freed"). Else None."""
    if verb.tag_ not in ("VBN", "VBD") or \
            any(c.dep_ in ("aux", "auxpass") for c in verb.children) or \
            not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    agent = any(c.dep_ == "agent" for c in verb.children)
    for c in verb.children:
        if c.dep_ not in ("advcl", "conj") or c.i < verb.i or \
                any(g.dep_ in SUBJ_DEPS for g in c.children):
            continue
        passive = any(g.dep_ == "auxpass" for g in c.children)
        if verb.tag_ == "VBN" and c.tag_ == "VBN" and passive:
            return c
        if verb.tag_ == "VBD" and c.dep_ == "conj" and (
                (agent and c.tag_ in FINITE) or (passive and any(  # (a perfect passive
                    g.dep_ == "aux" and g.tag_ in FINITE for g in c.children))):  # after a
            return c  # simple past is no list of acts: "was greeted" after "flew" may be)
    return None


def summoning_verb(tok: Token, purpose_only: bool = False) -> Token | None:
    """The verb of summoning (`summoning_verbs`) a protest is made with: the one whose purpose
    it is ("summoned the envoy to protest") or, unless `purpose_only`, the one it is
    coordinated with ("summoned the ambassador and lodged a protest"); else None."""
    deps = ("advcl", "xcomp") if purpose_only else ("conj", "advcl", "xcomp")
    if tok.dep_ in deps and tok.head.i != tok.i and \
            tok.head.lemma_.lower() in load_cues().roles.summoning_verbs:
        return tok.head
    return None


def garden_path_verb(verb: Token) -> bool:
    """Whether `verb` is the passive verb that `garden_path` finds for the participle it hangs
    on ("were freed" under "detained")."""
    found = garden_path(verb.head) if verb.head.i != verb.i else None
    return found is not None and found.i == verb.i


def _copular_participle(verb: Token) -> bool:
    """A past participle the parser hung as the complement of "be" ("Kathina, a native of X,
    was slain": "was" the root, "slain" its acomp). A passive when it names an act of force
    (the event coder decides); not an adjective of feeling ("was concerned about X")."""
    return verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be"


def _verb_as_noun(tok: Token) -> bool:
    """Whether a word tagged a noun heads its sentence as a verb does: a subject, and an
    object or particle of its own ("the EU and the UN hand over supplies to Y")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and \
        any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) and \
        any(c.dep_ in ("dobj", "prt", "dative") or c.tag_ == "RP" for c in tok.rights)


def _patients(verb: Token) -> list[Token]:
    """The phrases a passive verb acts on: its passive subject, the noun a reduced relative
    (`_bare_participle`) describes, or the subject of the "be" a participle complements."""
    out = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not out and _copular_participle(verb):
        out = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not out and verb.dep_ == "conj" and not any(c.dep_ in SUBJ for c in verb.children):
        # "X was arrested and charged", "X, held for days, has been freed by Y" (a
        # conjunct with no subject of its own): the subject of the verb it is joined to
        out = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not out and garden_path(verb) is not None:  # "leaders detained ... were freed":
        out = [c for c in verb.children if c.dep_ == "nsubj"]  # the leaders, both times
    if not out and garden_path_verb(verb):
        out = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return out or ([verb.head] if _bare_participle(verb) else [])


def _finer(code: str, other: str) -> bool:
    """Whether `code` is a more specific code under `other`'s root-level code (142 vs 140)."""
    return len(other) == 3 and other.endswith("0") and code[:2] == other[:2] and code != other


def _noun_key(tok: Token) -> str:
    """The noun's lemma, or the whole hyphenated word it ends ("sit-in": the tokenizer splits
    it into "sit", "-", "in")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and \
            not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def _verb_lemma(tok: Token) -> str:
    """The token's lemma, mended where the tagger cut the "e" off a verb: a one-syllable
    lemma ending in a single vowel and consonant doubles that consonant when inflected
    ("rap" -> "rapped"), so "raped" and "raping" are of "rape", never of "rap"."""
    lemma = tok.lemma_.lower()
    if CVC.fullmatch(lemma) and tok.lower_ in (lemma + "ed", lemma + "ing"):
        return lemma + "e"
    return lemma


def _stems(word: str) -> list[str]:
    """Candidate base forms of a regularly inflected verb: shelled -> shell, mined -> mine,
    stopped -> stop, cordoning -> cordon, raids -> raid."""
    out: list[str] = []
    for suffix in ("ed", "ing", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[:-len(suffix)]
            out += [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                out.append(base[:-1])
            if suffix == "ed" and base.endswith("i"):
                out.append(base[:-1] + "y")  # carried -> carry
    return out


def _sole_country(trig: Token, behind: frozenset[str]) -> str | None:
    """The one country the trigger's sentence names (by an actor mention, not one that only
    stands behind a party: "Iranian-backed militias", nor one named on a border: "near the
    Iraqi border"), if only one; read once per sentence."""
    sent, doc = trig.sent, trig.doc
    cache = doc.user_data.setdefault(("sitrep", "sole_country"), {})
    if sent.start not in cache:
        borders = load_cues().roles.border_nouns
        found = {home(c) for m in doc._.actor_mentions or ()
                 if sent.start <= m.anchor < sent.end and not _brokers(doc, m, behind)
                 and not _border_side(doc, m, borders)
                 for c in m.codes if country_of(c)}
        cache[sent.start] = next(iter(found)) if len(found) == 1 else None
    return cache[sent.start]


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb reports: its clausal complements ("pledged that Bonn would ..."),
    and, for a reporting verb (`reporting_verbs`) the parser hung on the clause written
    before it, that clause ("Pakistan will support Beijing, the minister assured ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i and \
            verb.lemma_.lower() in load_cues().reporting_verbs:
        clauses.append(verb.head)  # (the report comes first)
    return clauses


def _reported_state(verb: Token) -> str | None:
    """The one country whose state (its name or capital) is the subject of the clause the verb
    reports: "pledged that Bonn would provide aid", "Pakistan will continue to support Beijing,
    the foreign minister assured ..."; else None."""
    at = verb.doc._.actor_at or {}
    found = {country_of(c) for cl in reported_clauses(verb) for s in cl.children
             if s.dep_ in SUBJ_DEPS and s.tag_ == "NNP" for m in [at.get(s.i)]
             if m is not None and m.codes and all(len(c) == 3 for c in m.codes)
             for c in m.codes}  # (a state by name: no agent, no people: "two Iraqis")
    return next(iter(found)) if len(found) == 1 and None not in found else None


def _placed(code: str, country: str) -> str:
    """An unknown-country code placed in `country` ("---CVL" -> "UKRCVL"); a religious group
    ("---JEW", settlers, pilgrims) is not placed by where it acts."""
    if not code.startswith("---") or code[3:6] in RELIGIONS:
        return code
    return country + code[3:]


def _codes(mentions: list[ActorMention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        for c in m.codes:
            if c and c not in out:
                out.append(c)
    return out


def _span_actors(span: Span, at: dict[int, ActorMention]) -> list[ActorMention]:
    found: list[ActorMention] = []
    for t in span:
        m = at.get(t.i)
        if m is not None and m not in found:
            found.append(m)
    if found:
        return found
    root = span.root
    for t in [root, *root.conjuncts]:
        m = at.get(t.i)
        if m is not None and m not in found:
            found.append(m)
    return found
