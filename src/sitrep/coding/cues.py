"""Cue lists for modality, attribution and relative dates, read from data/cues/*.yaml.

Each file is validated against its JSON schema in data/schemas/ on load; a bad file raises
BadConfig naming the file. `load_cues()` is cached: the files are read once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources

import yaml

from sitrep import yamlfile
from sitrep.errors import BadConfig

MODALITY_KINDS = ("alleged", "denied", "planned", "hypothetical", "negated")


@dataclass(frozen=True)
class ModalityCues:
    """The cue words of one modality; every set is lower-case."""

    governing_verbs: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    governing_nouns: frozenset[str] = frozenset()
    governing_adjectives: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RoleCues:
    """The role cues of the event coder (data/cues/roles.yaml, whose comments say what each
    list is for); every word is lower-case. Each word list of the file is the field of its
    name: a new list needs its field here and its key in the schema, nothing else."""

    countering_verbs: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()
    weapon_fire: frozenset[str] = frozenset()
    returning_verbs: frozenset[str] = frozenset()
    observing_verbs: frozenset[str] = frozenset()
    suppressing_verbs: frozenset[str] = frozenset()
    preparing_verbs: frozenset[str] = frozenset()
    arriving_verbs: frozenset[str] = frozenset()
    hosting_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    withdrawing_verbs: frozenset[str] = frozenset()
    broker_participles: frozenset[str] = frozenset()
    work_stoppage_nouns: frozenset[str] = frozenset()
    answering_marks: frozenset[str] = frozenset()
    raising_verbs: frozenset[str] = frozenset()
    topic_object_verbs: frozenset[str] = frozenset()
    intent_adjectives: frozenset[str] = frozenset()
    protest_verbs: frozenset[str] = frozenset()
    sponsoring_participles: frozenset[str] = frozenset()
    aspectual_verbs: frozenset[str] = frozenset()
    refusing_verbs: frozenset[str] = frozenset()
    voting_verbs: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    telling_light_verbs: frozenset[str] = frozenset()
    concessive_prepositions: frozenset[str] = frozenset()
    condition_marks: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
    obligation_auxiliaries: frozenset[str] = frozenset()
    negating_auxiliaries: frozenset[str] = frozenset()
    visitor_sectors: frozenset[str] = frozenset()
    particle_prepositions: frozenset[str] = frozenset()
    attack_prepositions: frozenset[str] = frozenset()
    time_prepositions: frozenset[str] = frozenset()
    responsibility_nouns: frozenset[str] = frozenset()
    agentive_of_nouns: frozenset[str] = frozenset()
    experiencer_passives: frozenset[str] = frozenset()
    releasing_verbs: frozenset[str] = frozenset()
    permitting_verbs: frozenset[str] = frozenset()
    gathering_verbs: frozenset[str] = frozenset()
    protest_site_prepositions: frozenset[str] = frozenset()
    crowd_words: frozenset[str] = frozenset()
    mass_numbers: frozenset[str] = frozenset()
    expelling_verbs: frozenset[str] = frozenset()
    ceasing_verbs: frozenset[str] = frozenset()
    protesting_people: frozenset[str] = frozenset()
    sending_verbs: frozenset[str] = frozenset()
    destination_prepositions: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    outsider_words: frozenset[str] = frozenset()
    relation_participles: frozenset[str] = frozenset()
    time_frame_nouns: frozenset[str] = frozenset()
    span_nouns: frozenset[str] = frozenset()
    background_marks: frozenset[str] = frozenset()
    obstructing_verbs: frozenset[str] = frozenset()
    stance_prefixes: frozenset[str] = frozenset()
    backing_participles: frozenset[str] = frozenset()
    comparison_suffixes: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    representative_nouns: frozenset[str] = frozenset()
    agreement_nouns: frozenset[str] = frozenset()
    when_conjunctions: frozenset[str] = frozenset()
    criticizing_verbs: frozenset[str] = frozenset()
    resultative_verbs: frozenset[str] = frozenset()
    circumstance_prepositions: frozenset[str] = frozenset()
    partitive_nouns: frozenset[str] = frozenset()
    demanding_verbs: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    enacting_verbs: frozenset[str] = frozenset()
    partner_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    marching_verbs: frozenset[str] = frozenset()
    assembling_verbs: frozenset[str] = frozenset()
    protest_signs: frozenset[str] = frozenset()
    possibility_auxiliaries: frozenset[str] = frozenset()
    resultative_states: dict[str, str] = field(default_factory=dict)  # state -> verb
    stative_passives: dict[str, str] = field(default_factory=dict)  # verb -> preposition
    other_senses: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> cues
    naming_verbs: frozenset[str] = frozenset()
    hesitating_verbs: frozenset[str] = frozenset()
    filling_verbs: frozenset[str] = frozenset()
    public_places: frozenset[str] = frozenset()
    defending_verbs: frozenset[str] = frozenset()
    mutual_fighting_verbs: frozenset[str] = frozenset()
    fixed_phrases: frozenset[str] = frozenset()
    seeking_participles: frozenset[str] = frozenset()
    intent_nouns: frozenset[str] = frozenset()
    origin_suffixes: frozenset[str] = frozenset()
    border_nouns: frozenset[str] = frozenset()
    handing_over_verbs: frozenset[str] = frozenset()
    boycotting_verbs: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    summoning_verbs: frozenset[str] = frozenset()
    eventless_idioms: frozenset[tuple[str, str]] = frozenset()  # (verb, object)
    participation_idioms: frozenset[tuple[str, str]] = frozenset()  # (verb, object)


@dataclass(frozen=True)
class Cues:
    """Everything the modality, attribution and date resolvers look up."""

    modality: dict[str, ModalityCues]
    overriding: tuple[str, ...]
    reporting_verbs: frozenset[str]
    source_prepositions: tuple[tuple[str, ...], ...]
    statement_verbs: frozenset[str] = frozenset()
    roles: RoleCues = field(default_factory=RoleCues)
    date_days: dict[str, int] = field(default_factory=dict)
    date_ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    date_calendar: dict[str, tuple[str, int, str]] = field(default_factory=dict)

    def kinds_of_governing_verb(self, lemma: str) -> list[str]:
        return [k for k in MODALITY_KINDS if lemma in self.modality[k].governing_verbs]


def read_data_file(kind: str, name: str, schema: str) -> dict:
    """Read the YAML file data/KIND/NAME and validate it against data/schemas/SCHEMA; a bad
    file raises BadConfig (E202) naming the file."""
    import jsonschema

    where = f"sitrep/data/{kind}/{name}"
    try:
        base = resources.files("sitrep") / "data"
        text = (base / kind / name).read_text("utf-8")
        schema_text = (base / "schemas" / schema).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise BadConfig("E202", input=where, detail=f"cannot read: {exc}") from exc
    try:
        data = yamlfile.load(text)
    except yaml.YAMLError as exc:
        raise BadConfig("E202", input=where, detail=f"not valid YAML: {exc}") from exc
    try:
        jsonschema.validate(data, json.loads(schema_text))
    except jsonschema.ValidationError as exc:
        path = "/".join(str(p) for p in exc.absolute_path) or "(top)"
        raise BadConfig("E202", input=where, detail=f"at {path}: {exc.message}") from exc
    return data


def _words(values: list[str] | None) -> frozenset[str]:
    return frozenset(v.lower() for v in (values or []))


def roles_from(roles: dict) -> RoleCues:
    """RoleCues from the already-validated contents of roles.yaml."""
    maps = ("resultative_states", "stative_passives")  # word -> word
    pairs = ("eventless_idioms", "participation_idioms")  # [verb, object]
    word_lists = ("other_senses",)  # word -> [words]
    lists = {f.name: _words(roles.get(f.name)) for f in fields(RoleCues)
             if f.name not in (*maps, *pairs, *word_lists)}
    return RoleCues(
        **lists,
        **{name: {k.lower(): _words(v) for k, v in roles.get(name, {}).items()}
           for name in word_lists},
        **{name: {k.lower(): v.lower() for k, v in roles.get(name, {}).items()}
           for name in maps},
        **{name: frozenset((v.lower(), o.lower()) for v, o in roles.get(name, []))
           for name in pairs},
    )


def cues_from(modality: dict, attribution: dict, dates: dict, roles: dict | None = None) -> Cues:
    """Build Cues from already-validated file contents (also used by tests)."""
    mods = {
        kind: ModalityCues(**{k: _words(v) for k, v in modality["modalities"][kind].items()})
        for kind in MODALITY_KINDS
    }
    return Cues(
        modality=mods,
        overriding=tuple(modality["overriding"]),
        reporting_verbs=_words(attribution["reporting_verbs"]),
        statement_verbs=_words(attribution.get("statement_verbs")),
        roles=roles_from(roles or {}),
        source_prepositions=tuple(
            tuple(w.lower() for w in p) for p in attribution["source_prepositions"]
        ),
        date_days={k.lower(): int(v) for k, v in dates["days"].items()},
        date_ranges={k.lower(): (int(v[0]), int(v[1])) for k, v in dates["ranges"].items()},
        date_calendar={k.lower(): (v[0], int(v[1]), v[2]) for k, v in dates["calendar"].items()},
    )


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The built-in cue lists (read and validated once per process)."""
    return cues_from(
        read_data_file("cues", "modality.yaml", "cues_modality.schema.json"),
        read_data_file("cues", "attribution.yaml", "cues_attribution.schema.json"),
        read_data_file("cues", "dates.yaml", "cues_dates.schema.json"),
        read_data_file("cues", "roles.yaml", "cues_roles.schema.json"),
    )
