"""The custom Doc attributes of the coder, declared in one place.

* `doc._.published` (date | None): the article's published date, set before the pipeline runs;
  dated actor roles and relative dates are resolved against it.
* `doc._.actor_mentions` (list[ActorMention]): actors found by `sitrep_actors_v1`.
* `doc._.actor_at` (dict[int, ActorMention]): token index -> the mention covering it.
* `doc._.event_candidates` (list[EventCandidate]): events found by `sitrep_events_v1`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass
class ActorMention:
    """A span of the doc that names (or refers to) one or more actors."""

    start: int  # token index
    end: int  # token index, exclusive
    codes: list[str]
    names: list[str]
    kind: str  # country | capital | person | org | actor | agent | composite | pronoun | short
    anchor: int  # the token the mention hangs on in the parse
    # the dictionary records behind it, where one is (not compared: two mentions are equal by
    # what they name): the actor entry ("President Enrique Peña Nieto": the person), and the
    # agent entry of a mention that is only an agent ("the foreign ministry")
    entry: object | None = field(default=None, repr=False, compare=False)
    agent: object | None = field(default=None, repr=False, compare=False)

    @property
    def countries(self) -> list[str]:
        return [c[:3] for c in self.codes]


@dataclass
class EventCandidate:
    """An event found in the parse, before modality, dates and places are attached."""

    trigger: int  # token index of the trigger (verb or nominal)
    code: str
    actor: list[str]
    recipient: list[str]
    actor_names: list[str] = field(default_factory=list)
    recipient_names: list[str] = field(default_factory=list)
    pattern: str | None = None
    modality: str = "asserted"
    modality_cues: list[str] = field(default_factory=list)
    attributed_to: list[str] = field(default_factory=list)
    embedded_in: int | None = None  # index of the candidate whose clause embeds this one
    act_code: str | None = None  # the act's own code where a plan made it an intent (03x/13x)
    date_anchor: int | None = None  # token whose clause dates the event (else the trigger)


def register_extensions() -> None:
    """Declare the attributes (idempotent)."""
    for name, default in (("published", None), ("actor_mentions", None), ("actor_at", None),
                          ("event_candidates", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
