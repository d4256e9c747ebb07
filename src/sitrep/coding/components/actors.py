"""`sitrep_actors_v1`: find actors in a doc and resolve short forms and pronouns.

Passes, all over token lists with dictionary lookups (no per-sentence model calls):

1. Dictionary matches: the longest actor or agent phrase starting at each token (word or lemma,
   so plurals match). An actor match must contain a capitalised token ("us" is not the USA).
2. Agents combine with a country (or other actor) into one code: an actor just before the agent
   ("North Korean troops", "Gondor's government" -> PRKMIL, GONGOV), or the objects of
   of/from/in after it, with their conjuncts ("the leaders of South Korea, the United States,
   and Japan" -> KORGOV, USAGOV, JPNGOV; "soldiers from Gondor" -> GONMIL).
3. Short forms: after a person's full name, its first or last word alone ("Kim") refers to it;
   "the North"/"the South" refer to an actor named earlier whose name starts with that word.
4. An agent with no country anywhere ("officials said") gets PETRARCH's unknown-country code
   "---" + sector ("---GOV").
5. Pronouns and definite descriptions (documented heuristic, docs/coding.md): he/she/him/his/her
   -> the latest person or government mention; it/its -> the latest country or organisation;
   they/them/their -> the latest coordinated group of actors (or latest actor); "the country"
   -> the latest country; a bare agent with "the"/"its" ("the foreign ministry") -> the latest
   country.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.actor_codes import after_country, code_history, country_of, is_org, is_region
from sitrep.coding.cues import load_cues
from sitrep.coding.dictionaries import (
    ActorEntry,
    AgentEntry,
    Dictionaries,
    load_dictionaries,
    name_word,
)
from sitrep.coding.extensions import ActorMention, register_extensions
from sitrep.coding.places import demonym_country, in_feature_name

HE = {"he", "him", "his", "she", "her"}
IT = {"it", "its"}
THEY = {"they", "them", "their"}
OWNERS = {"their", "his", "her"}  # possessives that stand for a person or group named before
COMPASS = {"north", "south", "east", "west"}
JOIN_PREPS = {"of", "from", "in"}
INITIAL = re.compile(r"^[A-Z]\.$")  # a middle initial ("A.")
DOTTED = re.compile(r"^(?:[a-z]\.){2,}$")  # an acronym written with periods
DASHES = {"—", "–", "-", "--", "―"}  # what ends a dateline
LIST_GLUE = {",", "and", "the"}  # what may stand between the members of a list of countries
SEATED = frozenset({"based", "headquartered"})  # "London-based X": where X sits
# "Vietnamese-led forces" are that country's forces ("-backed" are not); a "Madrid-based
# newspaper" is a Spanish one
LED = {"-", "led", *SEATED}
# codes that name a sector or group of people, no country
SECTOR_ONLY = {"ELI", "CVL", "OPP", "REB", "MIL", "GOV", "BUS", "MED", "EDU", "REL", "LAB",
               "HRI", "PPL", "CRM", "JUD", "LEG", "SPY", "IMG", "INS", "UAF", "AGR", "REF"}


@Language.factory(
    "sitrep_actors_v1",
    default_config={"dictionaries": [], "builtin": True},
)
def make_actor_finder(nlp: Language, name: str, dictionaries: list[str], builtin: bool):
    register_extensions()
    return ActorFinder(load_dictionaries(tuple(dictionaries), builtin), cities=builtin)


def _combine(code: str, agent: AgentEntry) -> str:
    if agent.prefix:
        return agent.code + code
    if code.endswith(agent.code):
        return code
    return code + agent.code


OFFICES = ("GOV", "LEG", "JUD")  # sectors of an office a "former" title no longer holds


def _joined(head: Token, actor_at: dict, skip: frozenset[str] = frozenset()) -> list:
    """The actors (`actor_at` entries) of the first "of", "from" or "in" phrase of an agent
    noun that names any ("police in Karachi", "soldiers from Gondor", with their conjuncts),
    but for the prepositions in `skip`."""
    bases: list = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in JOIN_PREPS and prep.lower_ not in skip:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    for tok in [obj, *obj.conjuncts]:
                        if tok.i in actor_at:
                            bases.append(actor_at[tok.i])
                        else:  # "soldiers from Gondor wire" misparsed as a compound
                            bases.extend(actor_at[c.i] for c in tok.children
                                         if c.dep_ == "compound" and c.i in actor_at)
            if bases:
                break
    return bases


def hyphened(doc: Doc, i: int, participles: frozenset[str]) -> str | None:
    """The participle of `participles` that word i is joined to with a hyphen between
    ("military-backed": "backed", "UN-brokered": "brokered"), or None."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in participles:
        return doc[i + 2].lower_
    return None


def _other_sense(doc: Doc, i: int, size: int, senses: dict[str, frozenset[str]]) -> bool:
    """Whether the agent word at i (a single word) is used in another sense, which one of the
    three words before it or the two after it shows (`other_senses` of roles.yaml: "a
    negotiated settlement", "unless a settlement is reached")."""
    cues = senses.get(doc[i].lower_) if size == 1 else None
    return bool(cues) and any(doc[k].lower_ in cues or doc[k].lemma_.lower() in cues
                              for k in range(max(0, i - 3), min(len(doc), i + 3)) if k != i)


def _backing(doc: Doc, i: int) -> str | None:
    """The participle of `backing_participles` that word i backs with a hyphen between
    ("military-backed": "backed"), or None."""
    return hyphened(doc, i, load_cues().roles.backing_participles)


def _first_name(doc: Doc, start: int, end: int, entry: object, starts_name) -> bool:
    """Whether a one-word name the dictionaries give one person, with dated offices
    ("Hussein": Jordan's king), or a country, as one of its places ("Vladimir", "Orlando"),
    only begins a longer person's name here ("Hussein al-Houthi", "Vladimir Padrino"): the
    parser's person runs on past it, into words that start no other name (`starts_name(i)`;
    not "told Putin Brazil supports", one person to the parser)."""
    if end - start != 1 or not isinstance(entry, ActorEntry) or \
            entry.kind in ("country", "capital") or doc[start].ent_type_ != "PERSON" or \
            doc[start].ent_iob_ != "B":
        return False
    if not entry.roles and not (len(entry.code) == 3 and country_of(entry.code)):
        return False  # (an undated name that is a place of its country: "Vladimir Padrino",
        # "Orlando Marrero"; not an organisation's)
    return end < len(doc) and doc[end].ent_iob_ == "I" and \
        doc[end].ent_type_ == "PERSON" and not starts_name(end)


def _seated(doc: Doc, m: ActorMention, by_start: dict[int, ActorMention]) -> ActorMention | None:
    """An agent with no country of its own whose "in" phrase names a capital or a country
    ("the government in Tallinn", "the authorities in Kabul"): that country's agent."""
    the = doc[m.start] if doc[m.start].lower_ == "the" else \
        doc[m.start - 1] if m.start > 0 else None
    if m.agent is None or the is None or the.lower_ != "the":
        return None
    # the "in" phrase right after the agent, wherever the parser hung it
    seat = by_start.get(m.end + 1) if m.end < len(doc) and doc[m.end].lower_ == "in" else None
    if seat is None or seat.kind not in ("capital", "country", "actor") or \
            len(seat.codes) != 1 or len(seat.codes[0]) != 3 or not country_of(seat.codes[0]):
        return None
    return ActorMention(m.start, m.end, [_combine(seat.codes[0][:3], m.agent)],
                        [doc[m.start:m.end].text], "definite", m.anchor)


def outsiders(doc: Doc, start: int, end: int) -> bool:
    """Whether a modifier of the words start..end, itself outside them, says their people
    are from elsewhere (`outsider_words`: "foreign aid agencies", "Western envoys"; not the
    agent's own word, "the foreign minister")."""
    words = load_cues().roles.outsider_words
    return any(c.dep_ in ("amod", "compound") and not start <= c.i < end and
               c.lower_ in words for t in doc[start:end] for c in t.children)


def _stance(doc: Doc, start: int) -> bool:
    """Whether the name at `start` follows a stance prefix and a hyphen ("pro-Russian",
    "anti-Taliban"): a stance towards the named actor, not a member of it."""
    return start > 1 and doc[start - 1].text == "-" and \
        doc[start - 2].lower_ in load_cues().roles.stance_prefixes


def _note_stance(doc: Doc, start: int, end: int, codes: list[str]) -> None:
    """Keep, in doc.user_data, the codes a stance against is against ("anti-American
    slogans": USA), by the name's span; a stance for ("pro-Russian") is kept by no one."""
    if start > 1 and doc[start - 2].lower_ == "anti" and codes:
        doc.user_data.setdefault(("sitrep", "against"), []).append((start, end, codes))


def stances_against(doc: Doc) -> list[tuple[int, int, list[str]]]:
    """The spans and codes of what the doc's "anti-" stances are against (`_note_stance`)."""
    return doc.user_data.get(("sitrep", "against"), [])


def _former(doc: Doc, start: int) -> bool:
    """Whether the phrase starting at `start` is said of a past office ("former", "ex-")."""
    k = start - 1
    if k > 0 and doc[k].text == "-":
        k -= 1
    return k >= 0 and doc[k].lower_ in load_cues().roles.former_words


def _other_country_before(doc: Doc, raw: list, i: int, entry) -> bool:
    """A country other than the entry's own is named just before token i ("Nigerian",
    "UK", "Brazil's"); the entry is no country itself."""
    if not raw or not isinstance(entry, ActorEntry) or entry.kind == "country":
        return False
    _, e, prev = raw[-1]
    gap = doc[e:i]
    if not isinstance(prev, ActorEntry) or len(prev.code) != 3 or \
            any(t.tag_ != "POS" for t in gap):
        return False  # (a country's own code: "Nigerian" is NGA)
    own = country_of(entry.code)
    return bool(own) and country_of(prev.code) not in (None, own)


def _heritage_dropped(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A demonym right before another country's demonym names an origin, not a second
    country: "Greek Cypriot police" are Cyprus's police, "Turkish Cypriots" Cypriots,
    "Chinese American scientists" Americans. ("Kosovo Albanian": a place name, kept.)"""
    out: list[ActorMention] = []
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and m.end - m.start == 1 and nxt.start == m.end and \
                doc[m.start].tag_ == "JJ" and doc[nxt.start].tag_ in ("JJ", "NNS", "NNPS") and \
                m.kind in ("country", "actor") and m.codes and \
                all(len(c) == 3 for c in m.codes) and \
                {country_of(c) for c in m.codes}.isdisjoint(
                    {country_of(c) for c in nxt.codes}):
            continue
        out.append(m)
    return out


def _elite(code: str) -> str:
    """The code of a country's former office holder: MEXGOV -> MEXELI."""
    return code[:3] + "ELI" if _has_country(code) and any(
        s in code[3:] for s in OFFICES) else code


def _has_country(code: str) -> bool:
    """Whether a code starts with a country or international-body prefix (not ELI, ---, ...)."""
    return code[:3].isalpha() and code[:3] not in SECTOR_ONLY


def _of_countries(tok, actor_at: dict) -> list:
    """Country actors named by an of-phrase of tok ("Hassan of Morocco")."""
    return [actor_at[o.i] for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.i in actor_at
            and actor_at[o.i][2].kind == "country"]


def _datelines(doc: Doc) -> set[int]:
    """The tokens of the datelines that open sentences: proper names, commas and a
    parenthesised agency before a spaced dash, starting with a place in capitals or holding
    the agency ("WASHINGTON —", "KABUL, Afghanistan (AP) -", "Mannheim, Germany (Sports
    Network) -"). "NATO-Russia talks" (no space) and "Ukraine - the talks" are none."""
    out: set[int] = set()
    for sent in doc.sents:
        s = sent.start
        for k in range(s + 1, min(s + 12, sent.end - 1)):
            t = doc[k]
            if t.text in DASHES:
                first, prefix = doc[s], doc[s:k]
                agency = any(x.text == "(" for x in prefix)
                capital = first.is_alpha and first.is_upper and len(first) > 2 and \
                    first.ent_type_ in ("GPE", "LOC")
                if (agency or capital) and doc[k - 1].whitespace_ and \
                        doc[k + 1].text[:1].isupper():
                    out.update(range(s, k + 1))
                break
            if not (t.pos_ == "PROPN" or t.is_punct):
                break
    return out


def _seat(head, actor_at: dict) -> list:
    """The country or capital a "based in X" (or "headquartered in X") phrase of `head`
    names: the place where the group sits."""
    for acl in head.children:
        if acl.dep_ == "acl" and acl.lower_ in SEATED:
            for prep in acl.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                    for obj in prep.children:
                        hit = actor_at.get(obj.i)
                        if obj.dep_ == "pobj" and hit and (
                                hit[2].kind in ("country", "capital") or
                                (hit[2].kind == "actor" and len(hit[2].code) == 3)):
                            return [hit]
    return []


def _chained_country(tok, actor_at: dict, depth: int = 0) -> list:
    """The country named at the end of a chain of of/for phrases below tok (see `_compose`)."""
    if depth >= 3:
        return []
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "for"):
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                if o.i in actor_at:
                    hit = actor_at[o.i]
                    return [hit] if hit[2].kind in ("country", "capital") else []
                found = _chained_country(o, actor_at, depth + 1)
                if found:
                    return found
    return []


def _shared_country(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """An agent with no country coordinated with agents that have one shares their
    countries: "Danish media and government" -> DNKMED, DNKGOV; "soldiers and police in
    Gondor" -> GONMIL, GONCOP (a modifier or phrase written once for the whole list)."""
    by_anchor = {m.anchor: m for m in mentions if m.kind == "composite"}
    out = []
    for m in mentions:
        agent = m.agent
        if m.kind != "agent" or agent is None:
            out.append(m)
            continue
        tok = doc[m.anchor]
        mates = [by_anchor[c.i] for c in tok.conjuncts if c.i in by_anchor]
        prefixes = list(dict.fromkeys(
            c[:3] for mate in mates for c in mate.codes if _has_country(c)))
        if not prefixes or any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
            out.append(m)
            continue
        out.append(ActorMention(m.start, m.end, [_combine(p, agent) for p in prefixes],
                                m.names, "composite", m.anchor))
    return out


def _country_given(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A country the sentence itself gives a named actor wins over the dictionaries' other
    reading of it: a title with a country right before a person ("Irish Foreign Minister Dick
    Spring" is IRLGOV, though a dictionary dates him as the EU's voice; so with words of the
    person's name the dictionaries lack before it: "Kuwaiti Defence Minister Sheikh Salem
    al-Mubarak" is no Hosni Mubarak; "Saudi King Abdullah" is no Jordanian) and a country right
    before a group coded by region ("Sierra Leone's Revolutionary United Front rebels":
    SLEREB, not WAFREB). The two mentions become one."""
    by_end = {m.end: m for m in mentions}
    dropped: set[int] = set()
    out: list[ActorMention] = []
    for m in mentions:
        own = {country_of(c) for c in m.codes} - {None}
        run, parts = m.start, []  # the first word of the person's whole name ("Sheikh
        # Salem al-Mubarak": the dictionary knows "Mubarak" only; "Khalid al-Mubarak": a
        # one-word name it gives another person is a part of this one's)
        person = m.kind in ("actor", "person")
        while person and run > 0 and doc[run - 1].ent_type_ == "PERSON":
            part = by_end.get(run)
            if part is not None and not (part.kind in ("actor", "person") and
                                         part.end - part.start == 1):
                break
            if part is not None:
                parts.append(part)
            run -= 1
        prev = by_end.get(run)
        if m.kind in ("actor", "person") and m.entry is not None and prev is not None and \
                (prev.kind == "composite" or (prev.kind in ("country", "actor") and
                                              all(len(c) == 3 for c in prev.codes) and
                                              bool(m.entry.roles))) and \
                prev.codes and \
                all(country_of(c) for c in prev.codes) and \
                doc[prev.anchor].dep_ == "compound" and \
                run <= doc[prev.anchor].head.i < m.end and \
                not own & {country_of(c) for c in prev.codes}:
            dropped.add(id(prev))
            dropped.update(id(p) for p in parts)
            out.append(ActorMention(prev.start, m.end, list(prev.codes), [*prev.names, *m.names],
                                    "composite", m.anchor))
            continue
        if m.start >= 1 and doc[m.start - 1].tag_ == "POS":
            prev = by_end.get(m.start - 1)
        if m.kind in ("actor", "composite", "org") and prev is not None and \
                prev.kind in ("country", "actor") and len(prev.codes) == 1 and \
                len(prev.codes[0]) == 3 and country_of(prev.codes[0]) and m.codes and \
                all(len(c) > 3 and (is_region(c) or (
                    country_of(c) and country_of(c) != country_of(prev.codes[0]) and
                    m.entry is not None and not m.entry.roles and
                    m.entry.kind == "org")) for c in m.codes):
            # (... or by another country: "the Pakistani Taliban", not Afghanistan's)
            dropped.add(id(prev))
            out.append(ActorMention(prev.start, m.end, _recoded(m.codes, prev.codes[0][:3]),
                                    [*prev.names, *m.names], "composite", m.anchor))
            continue
        out.append(m)
    return [m for m in out if id(m) not in dropped]


def _recoded(codes: list[str], country: str) -> list[str]:
    """Codes given the country the sentence gives them, what follows their own country kept
    ("WAFREB", "AFGTAL" of "the Pakistani Taliban" -> "PAKTAL")."""
    return list(dict.fromkeys(country + after_country(c) for c in codes))


def _apposed_country(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A named group in apposition to a noun the sentence gives a country ("the Palestinian
    militant groups Hamas and Islamic Jihad", "the Egyptian group Islamic Jihad") is of that
    country, whatever other country the dictionaries give the name (a Lebanese group of the
    1980s for "Islamic Jihad")."""
    by_token = {k: m for m in mentions for k in range(m.start, m.end)}
    out = []
    for m in mentions:
        t = doc[m.anchor]
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        given = set()
        if m.kind in ("actor", "org") and t.dep_ == "appos":
            given = {country_of(c) for c in t.head.children
                     if c.dep_ in ("amod", "compound", "nmod") and c.i in by_token
                     and by_token[c.i] is not m and not _backing(doc, c.i)
                     for c in by_token[c.i].codes} - {None}
        own = {country_of(c) for c in m.codes}
        if len(given) != 1 or given & own or None in own:
            out.append(m)
            continue
        out.append(ActorMention(m.start, m.end, _recoded(m.codes, next(iter(given))),
                                m.names, m.kind, m.anchor))
        out[-1].entry, out[-1].agent = m.entry, m.agent
    return out


class ActorFinder:
    def __init__(self, dicts: Dictionaries, cities: bool = False) -> None:
        self.dicts = dicts
        # the second words of the names given with their article ("the islamic state"):
        # `_unarticled` looks further only at a token that can start one of them
        self._after_the = {words[1] for words, _ in dicts.actors.starting_with("the")
                           if len(words) >= 3}
        self.gazetteer = None
        if cities:  # the country of a city the dictionaries lack ("Samarra" -> IRQ)
            from sitrep.coding.places import Gazetteer

            self.gazetteer = Gazetteer.load()

    def _unarticled(self, doc: Doc, lowers: list[str], lemmas: list[str],
                    i: int) -> tuple[int, object] | None:
        """A name the dictionaries give with its article ("the Islamic State") used as a
        modifier without it ("Islamic State militants"): every word capitalised, two or more."""
        if (lowers[i] not in self._after_the and lemmas[i] not in self._after_the) or \
                not doc[i].text[:1].isupper() or \
                (i and lowers[i - 1] == "the"):
            return None
        hit = self.dicts.actors.match_at(["the", *lowers[i:i + 12]], ["the", *lemmas[i:i + 12]], 0)
        if not hit or hit[0] < 3 or not all(
                doc[k].text[:1].isupper() for k in range(i, i + hit[0] - 1)):
            return None
        return hit[0] - 1, hit[1]

    def __call__(self, doc: Doc) -> Doc:
        day: date | None = doc._.published
        lowers = [name_word(t.lower_) for t in doc]
        lemmas = [name_word(t.lemma_.lower()) for t in doc]
        n = len(doc)
        raw: list[tuple[int, int, object]] = []
        i = 0
        while i < n:
            best: tuple[int, object] | None = None
            hit = self.dicts.actors.match_at(lowers, lemmas, i) or self._unarticled(
                doc, lowers, lemmas, i)
            if not hit and doc[i].text in self.dicts.actors.acronyms:  # "LTTE", never "Let"
                hit = 1, self.dicts.actors.acronyms[doc[i].text]
            # (a lookup reads from its first token on: the words from i, one of them changed)
            if not hit and i + 2 < n and INITIAL.match(doc[i + 1].text) and \
                    doc[i].text[:1].isupper():  # "Kofi A. Annan": the name without its initial
                hit = self.dicts.actors.match_at([lowers[i], *lowers[i + 2:]],
                                                 [lemmas[i], *lemmas[i + 2:]], 0)
                hit = (hit[0] + 1, hit[1]) if hit and hit[0] > 1 else None
            if not hit and DOTTED.match(lowers[i]):  # "F.B.I.", "C.I.A.": the FBI, the CIA
                plain = [lowers[i].replace(".", ""), *lowers[i + 1:]]
                hit = self.dicts.actors.match_at(plain, plain, 0)
            if hit and any(doc[k].text[:1].isupper() for k in range(i, i + hit[0])) and \
                    not _first_name(doc, i, i + hit[0], hit[1],
                                    lambda k: self.dicts.actors.match_at(lowers, lemmas, k)):
                best = hit
            ahit = self.dicts.agents.match_at(lowers, lemmas, i)
            if ahit and ahit[1].named and not _after_name(doc, i):
                ahit = None  # "a third party", "the two parties"
            if ahit and _stance(doc, i):  # "anti-government protesters": a stance against
                _note_stance(doc, i, i + ahit[0], ["---" + ahit[1].code])  # the government,
                ahit = None  # not the government
            if ahit and _other_sense(doc, i, ahit[0], load_cues().roles.other_senses):
                ahit = None  # "reach a negotiated settlement": an agreement, no settlers
            if ahit and _backing(doc, i + ahit[0] - 1):
                ahit = None  # "the military-backed government": who backs it, no party
            if ahit and (best is None or ahit[0] > best[0] or (
                    ahit[0] == best[0] and _other_country_before(doc, raw, i, best[1]))):
                best = ahit  # ("the Nigerian Senate": the word is an agent of Nigeria's, not
                # the actor it names when no country is given, the US Senate)
            if best is None:
                i += 1
                continue
            roles = load_cues().roles
            if hyphened(doc, i + best[0] - 1,
                        roles.comparison_suffixes | roles.origin_suffixes):
                i += best[0]  # "a Switzerland-sized safe haven": a measure, no party;
                continue  # "Russian-made missiles": where a thing was made, no party
            raw.append((i, i + best[0], best[1]))
            i += best[0]
        mentions = _spread_list(doc, self._compose(doc, raw, day))
        if self.gazetteer is not None:
            mentions = self._cities(doc, mentions)
        # ("the Sea of Japan", "the Gulf of Mexico": a place's name, no actor)
        mentions = [m for m in mentions if not (m.kind in ("country", "capital", "actor") and
                                                 in_feature_name(doc, m.start))]
        mentions = _heritage_dropped(doc, mentions)
        dateline = _datelines(doc)
        if dateline:  # "MOSCOW (Reuters) -- Russia expelled ...": where it was filed, no actor
            mentions = [m for m in mentions if m.start not in dateline]
        mentions = self._resolve(doc, mentions)
        doc._.actor_mentions = mentions
        at: dict[int, ActorMention] = {}
        for m in mentions:
            for k in range(m.start, m.end):
                at.setdefault(k, m)
            at[m.anchor] = m
        doc._.actor_at = at
        return doc

    # -- pass 2 --------------------------------------------------------------------------------
    def _compose(self, doc: Doc, raw: list, day: date | None) -> list[ActorMention]:
        actor_at: dict[int, tuple[int, int, ActorEntry]] = {}
        for s, e, v in raw:
            if isinstance(v, ActorEntry):
                for k in range(s, e):
                    actor_at[k] = (s, e, v)
        used: set[int] = set()  # start index of actor matches consumed by an agent
        merged: set[int] = set()  # ... or by a person coded without a country
        out: list[ActorMention] = []
        for s, e, v in raw:
            if not isinstance(v, AgentEntry):
                continue
            head = doc[e - 1]
            bases: list[tuple[int, int, ActorEntry]] = []
            # an actor right before the agent, possibly with 's: "Gondor's government"
            # ... or a few words before it in the same phrase: "British Defence Secretary"
            # (a hyphenated compound counts as one word: "Algeria's military-backed government")
            k, reach = s - 1, 3
            passable = LED | load_cues().roles.backing_participles
            while k >= 0 and k >= s - reach and k not in actor_at and \
                    (doc[k].pos_ in ("DET", "PART", "ADJ", "NOUN", "PROPN") or
                     doc[k].tag_ == "VBG" or doc[k].lower_ in passable) and \
                    doc[k].dep_ in ("det", "poss", "case", "amod", "compound", "nmod", "punct",
                                    "npadvmod", "advmod"):
                if doc[k].text == "-":
                    reach += 2
                k -= 1
            if k >= 0 and k in actor_at and k + 2 < s and \
                    _backing(doc, k) not in (None, *LED):
                # "Iranian-backed militias": the backer is not theirs; "Syria's Iranian-backed
                # militias" are the owner's ("U.S.-led forces" are the leader's)
                owner = actor_at[k][0] - 2
                k = owner if owner >= 0 and owner in actor_at and \
                    doc[owner + 1].tag_ == "POS" else -1
            if k >= 0 and k in actor_at and k >= s - reach - 1:
                bases.append(actor_at[k])
                # "French and German troops", "South Korean and US forces": the modifiers
                # coordinated with that actor modify the agent too
                first = doc[k] if doc[k].dep_ != "conj" else doc[k].head
                for t in [first, *first.conjuncts]:
                    if t.i in actor_at and actor_at[t.i] not in bases and \
                            actor_at[t.i][2].kind in ("country", "actor") and t.i < s:
                        bases.append(actor_at[t.i])
                bases.sort(key=lambda b: b[0])
            if not bases:
                outsider = outsiders(doc, s, e)
                # a foreign agent is not of the place it is in ("foreign journalists in
                # Kabul"), though it is of where it comes from ("foreign fighters from
                # Chechnya"), unless it is an international body ("foreign aid agencies from
                # Darfur")
                bases.extend(_joined(head, actor_at, skip=(
                    frozenset() if not outsider else frozenset(JOIN_PREPS) if is_org(v.code)
                    else frozenset(JOIN_PREPS - {"from"}))))
                if not bases and not outsider:  # "a rebel group based in Liberia": its seat
                    bases.extend(_seat(head, actor_at))
                if not bases:  # "the Minister for Foreign Affairs of Ukraine", "the Head of
                    # the Office of the President of Ukraine": a country at the end of a chain
                    # of of/for phrases (three deep at most) is the agent's
                    bases.extend(_chained_country(doc[s:e].root, actor_at))
                if bases:  # a misparsed list "the leaders of A, B, and C" hangs C on the agent
                    for cj in head.conjuncts:
                        if cj.i in actor_at and cj.i > head.i and \
                                actor_at[cj.i][2].kind in ("country", "actor"):
                            bases.append(actor_at[cj.i])
            if not bases:
                # the agent within a bigger phrase whose head names an actor: "Arnor cleric"
                hd = head.head
                if hd.i in actor_at and head.dep_ in ("compound", "amod", "nmod"):
                    # a title before a name with its country after: "King Hassan of Morocco"
                    named = _of_countries(hd, actor_at)
                    if named:
                        used.add(actor_at[hd.i][0])
                    bases.extend(named or [actor_at[hd.i]])
            if not bases:
                out.append(ActorMention(s, e, [], [doc[s:e].text], "agent", head.i))
                out[-1].agent = v
                continue
            codes, names = [], []
            lo, hi = s, e
            for bs, be, entry in bases:
                used.add(bs)
                codes.extend(_combine(code, v) for code in entry.code_on(day).split("/"))
                names.append(f"{doc[bs:be].text} {doc[s:e].text}")
                lo, hi = min(lo, bs), max(hi, be)
            if _former(doc, lo):  # "former Mexican President X": an elite, no longer GOV
                codes = list(dict.fromkeys(_elite(c) for c in codes))
            if _stance(doc, lo):  # (what the stance is against: a protest's target)
                _note_stance(doc, lo, hi, [entry.code_on(day).split("/")[0]
                                           for _, _, entry in bases])
            if lo > 0 and doc[lo - 1].lower_ == "ethnic" or _stance(doc, lo):
                # "ethnic Albanian rebels": a people, not its kin state; "pro-Russian
                # separatists", "anti-American protesters": a stance, not a nationality;
                # their country is where they live (left to the event, as for "ethnic
                # Albanians")
                where = [b[2] for b in _joined(head, actor_at)
                         if b[2].kind in ("country", "actor", "capital")]
                country = where[0].code_on(day).split("/")[0] if where else "---"
                if not (len(country) == 3 and (country == "---" or country_of(country))):
                    country = "---"
                codes = list(dict.fromkeys(country + after_country(c) if len(c) > 3 and
                                           country_of(c) else c for c in codes))
            out.append(ActorMention(lo, hi, codes, names, "composite", head.i))
            if len(bases) == 1:  # "President Enrique Peña Nieto": the named actor's entry
                out[-1].entry = bases[0][2]
        for s, e, v in raw:
            if isinstance(v, ActorEntry) and s not in used:
                if _stance(doc, s):  # "the anti-Syrian majority", "anti-Taliban forces":
                    _note_stance(doc, s, e, v.code_on(day).split("/")[:1])
                    continue  # a stance towards the name, not the named actor
                codes = v.code_on(day).split("/")
                prev = actor_at.get(s - 1)
                if prev is not None and prev[0] not in used and doc[s - 1].dep_ == "compound" \
                        and prev[2].kind in ("country", "org") and \
                        not any(_has_country(c) for c in codes):
                    # an organisation or country before a person coded without one:
                    # "UN Secretary-General X" (ELI) -> IGOUNOELI
                    used.add(prev[0])
                    merged.add(prev[0])
                    codes = [b + c for b in prev[2].code_on(day).split("/") for c in codes]
                    out.append(ActorMention(prev[0], e, codes, [doc[prev[0]:e].text],
                                            "composite", doc[e - 1].i))
                    continue
                codes = self._ethnic(doc, s, e, codes, actor_at, day)
                codes = self._regional(codes, doc, s, e, day)
                out.append(ActorMention(s, e, codes, [doc[s:e].text], v.kind, doc[e - 1].i))
                out[-1].entry = v
        if merged:
            out = [m for m in out if m.kind == "composite" or m.start not in merged]
        accords = load_cues().roles.agreement_nouns
        out = [m for m in out if not (  # "the Minsk truce", "the Oslo accords": a city
            # that names an agreement is no party to it (a demonym is: "a Senegalese plan")
            m.kind in ("capital", "actor") and m.end < len(doc) and
            (doc[m.end].lemma_.lower() in accords or doc[m.end].lower_ in accords) and
            all(self.gazetteer.city_in(doc[m.start:m.end].text, c) is not None
                for c in m.codes))]
        out = _shared_country(doc, out)
        out.sort(key=lambda m: (m.start, -m.end))
        return _apposed_country(doc, _country_given(doc, out))

    @staticmethod
    def _ethnic(doc: Doc, s: int, e: int, codes: list[str], actor_at: dict,
                day: date | None) -> list[str]:
        """A people named by a plural demonym is that people, not its kin state, when the text
        says so: "ethnic Albanians" are civilians of the country they live in ("---CVL", the
        country left to the event's other side), "the Albanians of southern Serbia" are
        Serbia's (SRBCVL). Plain "Albanians" stay Albania's, as in CAMEO."""
        tok = doc[s]
        if e - s != 1 or not all(len(c) == 3 and country_of(c) for c in codes):
            return codes
        if tok.tag_ not in ("NNPS", "NNS"):  # "ethnic Russian youths": a people too
            return ["---CVL"] if s > 0 and doc[s - 1].lower_ == "ethnic" else codes
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    hit = actor_at.get(o.i) if o.dep_ == "pobj" else None
                    if hit is not None and hit[2].kind in ("country", "actor", "capital"):
                        home = hit[2].code_on(day).split("/")[0]
                        if country_of(home) and country_of(home) not in map(country_of, codes):
                            return [home + "CVL"]
        if s > 0 and doc[s - 1].lower_ == "ethnic":
            return ["---CVL"]
        return codes

    def _regional(self, codes: list[str], doc: Doc, s: int, e: int,
                  day: date | None) -> list[str]:
        """A group the dictionaries code by region (MEAREB, INTREB) whose own name says its
        country is that country's: "Palestinian Islamic Jihad" -> PSEREB."""
        if not any(is_region(c) and len(c) > 3 for c in codes):
            return codes  # a region itself ("Latin America") is no group named for a country
        lowers = [name_word(t.lower_) for t in doc[s:e]]
        lemmas = [name_word(t.lemma_.lower()) for t in doc[s:e]]
        for k in range(e - s):
            stop = len(lowers) - 1 if k == 0 else len(lowers)  # a part, not the whole name
            hit = self.dicts.actors.match_at(lowers[:stop], lemmas[:stop], k) \
                if k < stop else None
            if not hit or not isinstance(hit[1], ActorEntry):
                continue
            country = hit[1].code_on(day).split("/")[0]
            if (len(country) == 3 and country_of(country)) or \
                    code_history().get(country, ("",))[0] == "constituent":
                return [country + c[3:] if is_region(c) else c for c in codes]
        return codes

    def _cities(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """A named city (GPE entity) no dictionary phrase covers stands for its country, as a
        capital does: "shells hit Samarra" -> IRQ. Only the gazetteer's own city names."""
        mentions = [self._qualified(doc, m) for m in mentions]
        mentions = [self._in_context(doc, m, mentions) for m in mentions]
        at = {k: m for m in mentions for k in range(m.start, m.end)}  # (their words)
        added = []
        for ent in doc.ents:
            if ent.label_ != "GPE" or any(k in at for k in range(ent.start, ent.end)):
                continue
            hit = self.gazetteer.lookup(ent.text, self.gazetteer.qualifier(ent))
            key = ent.text.lower().removeprefix("the ").strip()
            if hit is None or hit[0] != "city" or not hit[1].country or \
                    key not in self.gazetteer.cities:
                continue
            country = hit[1].country
            owner = _place_owner(ent.root)  # "the central Philippine province of Samar":
            if owner is not None:  # in the Philippines, whatever namesake the gazetteer
                country = demonym_country(owner, at) or country  # knows abroad
            added.append(ActorMention(ent.start, ent.end, [country], [ent.text],
                                      "capital", ent.root.i))
        if not added:
            return mentions
        return sorted(mentions + added, key=lambda m: (m.start, -m.end))

    def _in_context(self, doc: Doc, m: ActorMention,
                    mentions: list[ActorMention]) -> ActorMention:
        """A city the dictionaries give one country ("Tripoli": Libya's capital) is the
        major city of that name in the one other country its sentence names, when the
        sentence names no other actor of the first ("Lebanese troops ... in the northern city
        of Tripoli": Lebanon's Tripoli)."""
        if m.kind not in ("capital", "actor") or len(m.codes) != 1 or len(m.codes[0]) != 3 \
                or not country_of(m.codes[0]) or doc[m.anchor].pos_ != "PROPN":
            return m
        sent = doc[m.anchor].sent
        others = {country_of(c) for o in mentions if o is not m and
                  sent.start <= o.anchor < sent.end for c in o.codes} - {None}
        name = doc[m.start:m.end].text
        rivals = [c for c in others if self.gazetteer.major_city_in(name, c)]
        if m.codes[0] in others or len(rivals) != 1 or \
                not self.gazetteer.major_city_in(name, m.codes[0]):
            return m  # (a capital the gazetteer lacks as a city is no city name: "Kremlin")
        return ActorMention(m.start, m.end, rivals, m.names, m.kind, m.anchor)

    def _qualified(self, doc: Doc, m: ActorMention) -> ActorMention:
        """A mention ending in a city named with its country ("Tripoli, Lebanon", "police in
        Hyderabad, Pakistan") is placed in that country, whatever country the dictionary
        gives the city's name."""
        if m.kind not in ("capital", "actor", "composite"):
            return m
        within = self.gazetteer.qualifier(doc[m.start:m.end])
        if not within:
            return m
        start = m.end
        while start > m.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == m.end or self.gazetteer.city_in(doc[start:m.end].text, within) is None:
            return m
        codes = [within + c[3:] if len(c) >= 3 and country_of(c[:3]) else c for c in m.codes]
        if codes == m.codes:
            return m
        return ActorMention(m.start, m.end, list(dict.fromkeys(codes)), m.names, m.kind,
                            m.anchor)

    # -- passes 3 and 4 ------------------------------------------------------------------------
    def _resolve(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        covered = {k for m in mentions for k in range(m.start, m.end)}
        by_start = {m.start: m for m in mentions}
        short: dict[str, ActorMention] = {}
        history: list[ActorMention] = []
        out: list[ActorMention] = []
        spoken_for: set[int] = set()  # representatives named with whom they speak for
        roles = load_cues().roles
        for tok in doc:
            m = by_start.get(tok.i)
            if m is not None:
                if m.kind == "agent":
                    if m.anchor in spoken_for:
                        continue  # "rebel envoys": the rebels' (not envoys of a government)
                    modifier = doc[m.anchor].dep_ in ("amod", "compound")
                    head = doc[m.anchor].head
                    if modifier and head.lemma_.lower() in roles.representative_nouns:
                        spoken_for.add(head.i)  # "government negotiators": the government
                    elif modifier and head.i not in covered and head.pos_ != "PROPN" and \
                            head.lemma_.lower() not in roles.message_nouns:  # not a title:
                        # "President X"; not the author of a message: "opposition calls"
                        continue  # "military drills", "government offensive": a modifier
                    owner = None  # whom a possessive "their", "his" or "her" before the
                    # agent stands for
                    if m.start > 0 and doc[m.start - 1].lower_ in OWNERS:
                        prev = doc[m.start - 1]
                        owner = self._pronoun_ref(prev, history, doc)
                    ref = _seated(doc, m, by_start) or self._bare_agent(doc, m, history, owner)
                    if ref is None:  # no country known: PETRARCH's "---" country ("---GOV")
                        agent = m.agent
                        code = agent.code + "---" if agent.prefix else "---" + agent.code
                        if is_org(agent.code) and not agent.prefix:  # an aid group of no
                            code = agent.code  # country is an NGO, of no state ("NGODEV")
                        ref = ActorMention(m.start, m.end, [code], m.names, "agent", m.anchor)
                    m = ref
                out.append(m)
                history.append(m)
                if m.kind == "person":
                    words = doc[m.start:m.end]
                    for w in (words[0], words[-1]):
                        if w.text[:1].isupper() and len(w.text) > 2:
                            short.setdefault(w.lower_, m)
                continue
            if tok.i in covered:
                continue
            low = tok.lower_
            ref: ActorMention | None = None
            kind = "short"
            if low in short and tok.text[:1].isupper() and tok.pos_ == "PROPN":
                ref = short[low]
            elif low in COMPASS and tok.text[:1].isupper() and tok.i > 0 and \
                    doc[tok.i - 1].lower_ == "the" and tok.pos_ in ("PROPN", "NOUN"):
                ref = next((h for h in reversed(history) if h.names and
                            h.names[0].lower().startswith(low)), None)
            elif tok.pos_ == "PRON" and low in HE | IT | THEY:
                kind = "pronoun"
                ref = self._pronoun_ref(tok, history, doc)
            elif low == "country" and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
                kind = "pronoun"
                ref = next((h for h in reversed(history) if h.kind == "country"), None)
            if ref is None:
                continue
            new = ActorMention(tok.i, tok.i + 1, list(ref.codes), list(ref.names), kind, tok.i)
            out.append(new)
            if kind == "short":
                history.append(new)
        return out

    def _pronoun_ref(self, tok, history: list[ActorMention], doc: Doc) -> ActorMention | None:
        """The mention a personal pronoun stands for: the accused, the reporter, else the
        latest fitting antecedent."""
        return self._accused(tok, history) or self._reporter(tok, history, doc) or \
            self._antecedent(tok.lower_, history, doc)

    @staticmethod
    def _group(doc: Doc, m: ActorMention, history: list[ActorMention]) -> list[ActorMention]:
        """The mentions coordinated with m ("South Korea and the United States")."""
        root = doc[m.anchor]
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        members = {root.i} | {c.i for c in root.conjuncts}
        return [h for h in history if h.anchor in members]

    @staticmethod
    def _accused(tok, history: list[ActorMention]) -> ActorMention | None:
        """A pronoun in the clause of a charge that someone rejects or denies ("X rejected
        accusations by Y that it/its troops ...") is the rejecter X, not the nearer accuser
        Y: the subject of the verb that governs the charge noun (the charge nouns and the
        rejecting verbs are the modality cues of claims alleged and denied)."""
        cues = load_cues().modality
        node, steps = tok, 0
        while node.dep_ not in ("acl", "ccomp") and node.head.i != node.i and steps < 6:
            node, steps = node.head, steps + 1
        noun = node.head
        if node.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or \
                noun.lemma_.lower() not in cues["alleged"].governing_nouns:
            return None
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ not in ("VERB", "AUX") or \
                verb.lemma_.lower() not in cues["denied"].governing_verbs:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _mention_of(subj, history) if subj is not None else None

    def _reporter(self, tok, history: list[ActorMention], doc: Doc) -> ActorMention | None:
        """The subject pronoun of the clause a reporting verb governs is that verb's subject
        ("the navy says it fired", "Greece said it would close the border"), when they agree:
        "he" a person, "it" no person and no plural, "they" a plural or a coordination."""
        clause = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or \
                clause.head.lemma_.lower() not in load_cues().reporting_verbs:
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        m = _mention_of(subj, history) if subj is not None else None
        if m is None:
            return None
        low = tok.lower_
        plural = subj.tag_ in ("NNS", "NNPS")
        if low in HE:
            return m if _personal(m, doc) else None
        if low in IT:
            return None if _personal(m, doc) or plural else m
        return self._as_group(doc, m, history) or (m if plural else None)

    def _antecedent(self, low: str, history: list[ActorMention], doc: Doc) -> ActorMention | None:
        if not history:
            return None
        if low in HE:
            return next((h for h in reversed(history) if _personal(h, doc)), None)
        if low in IT:
            return next((h for h in reversed(history)
                         if h.kind in ("country", "org", "capital", "composite", "definite",
                                       "actor")), None)
        return self._as_group(doc, history[-1], history) or history[-1]

    def _as_group(self, doc: Doc, m: ActorMention,
                  history: list[ActorMention]) -> ActorMention | None:
        """m with the mentions coordinated with it as one "group" mention ("they" for "South
        Korea and the United States"); None when m stands alone."""
        group = self._group(doc, m, history)
        if len(group) < 2:
            return None
        return ActorMention(m.start, m.end, [c for g in group for c in g.codes],
                            [nm for g in group for nm in g.names], "group", m.anchor)

    @staticmethod
    def _bare_agent(doc: Doc, m: ActorMention, history: list[ActorMention],
                    owner: ActorMention | None = None) -> ActorMention | None:
        """'the foreign ministry', 'its military' -> the latest country; 'their forces', 'his
        government' -> the country of `owner`, whom the possessive stands for; else not an
        actor."""
        first = doc[m.start]
        prev = doc[m.start - 1] if m.start > 0 else None
        if prev is not None and prev.lower_ in OWNERS:  # "Bosnian Serbs said their forces
            # ...", "Kim said his government ...": the country of whom the pronoun stands for
            if owner is None or not owner.codes or not all(country_of(c)
                                                           for c in owner.codes):
                return None  # ("their citizens" of the EU are of no one country)
            agent = m.agent
            codes = list(dict.fromkeys(_combine(c[:3], agent) for c in owner.codes))
            return ActorMention(m.start, m.end, codes, [doc[m.start:m.end].text], "definite",
                                m.anchor)
        det = first if first.lower_ in ("the", "its") else prev
        if det is None or det.lower_ not in ("the", "its"):
            return None
        # the latest mention tied to a country named in the article: after "North Korea ...
        # the United States ... Kim Jong Un", "the arms industry" is Kim's country's
        named = {c[:3] for h in history if h.kind in ("country", "capital") for c in h.codes}
        country = next((h for h in reversed(history) if h.codes and
                        all(c[:3] in named for c in h.codes)), None)
        if country is None:
            return None
        agent = m.agent
        codes = [_combine(c[:3], agent) for c in country.codes]
        return ActorMention(m.start, m.end, codes, [doc[m.start:m.end].text], "definite",
                            m.anchor)


def _mention_of(tok, history: list[ActorMention]) -> ActorMention | None:
    """The latest mention of `history` that the token heads or lies in; else, for a noun
    that names no actor itself, the one its own modifier is ("FARC negotiators": FARC)."""
    found = next((h for h in reversed(history)
                  if h.anchor == tok.i or h.start <= tok.i < h.end), None)
    if found is None:
        mods = {c.i for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i}
        found = next((h for h in reversed(history) if h.anchor in mods), None)
    return found


def _personal(h: ActorMention, doc: Doc) -> bool:
    """Whether a mention can be "he" or "she": a person, or a title that names one."""
    return h.kind in ("person", "short") or \
        (h.kind == "actor" and doc[h.anchor].ent_type_ == "PERSON") or \
        (h.kind in ("composite", "definite") and
         (any(c.endswith("GOV") for c in h.codes) or doc[h.anchor].pos_ == "PROPN"))


def _after_name(doc: Doc, i: int) -> bool:
    """Whether token i follows a capitalised name of its own phrase ("the Umma party", "the
    Communist Party"; not a capitalised first word: "Two parties ...")."""
    k = i - 1
    if k > 0 and doc[k].text == ")":  # "the Umma (Nation) party"
        while k > 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    prev = doc[k] if k >= 0 else None
    return prev is not None and prev.text[:1].isupper() and prev.is_alpha and \
        prev.pos_ in ("PROPN", "ADJ") and (prev.head.i == i or k < i - 1) and \
        not (prev.is_sent_start and prev.pos_ != "PROPN")


def _spread_list(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Countries that continue an agent's list of countries ("the leaders of South Korea, the
    United States, and Japan", "the Prime Ministers of China, Russia and ...") are that
    agent's too, where the parser cut the list short: JPNGOV, not JPN."""
    out = list(mentions)
    for k, m in enumerate(out):
        words = [t.lower_ for t in doc[m.start:m.end]]
        sectors = {c[3:] for c in m.codes}
        if m.kind != "composite" or "of" not in words or len(sectors) != 1 or \
                not all(len(c) > 3 and country_of(c[:3]) for c in m.codes):
            continue
        sector, end = sectors.pop(), m.end
        for j in range(k + 1, len(out)):
            nxt = out[j]
            if nxt.start < end:
                continue  # a mention inside the composite ("Finland" in "President of ...")
            if nxt.kind != "country" or any(
                    t.lower_ not in LIST_GLUE for t in doc[end:nxt.start]):
                break
            out[j] = ActorMention(nxt.start, nxt.end, [c + sector for c in nxt.codes],
                                  nxt.names, "composite", nxt.anchor)
            end = nxt.end
    return out


def _place_owner(tok: Token) -> Token | None:
    """The noun whose "of" phrase the name is ("the province of Samar": province), or None."""
    p = tok.head
    if tok.dep_ == "pobj" and p.dep_ == "prep" and p.lower_ == "of" and p.head.i != p.i:
        return p.head
    return None
