"""Plain records that the stages pass to each other: Article, Story, Event, Mention, Place.

They carry data only; every stage reads and writes these, never another stage's internals.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date

MODALITIES = ("asserted", "alleged", "denied", "planned", "hypothetical", "negated")
DATE_PRECISIONS = ("day", "range", "month", "year", "reported")

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalise_text(text: str) -> str:
    """The form of a text that identifies it: NFKC, straight quotes, case-folded, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _WS.sub(" ", text).strip().casefold()


def article_id_for(text: str) -> str:
    """Article id: the first 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def stable_id(*parts: object) -> str:
    """A short deterministic id from any parts (used for stories, events)."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One ingested text with where and when it came from."""

    text: str
    source: str  # the file path, feed or "stdin" it came from
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str = "en"
    metadata: dict = field(default_factory=dict)
    story_id: str | None = None
    article_id: str = ""

    def __post_init__(self) -> None:
        if not self.article_id:
            self.article_id = article_id_for(self.text)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class Sentence:
    """A sentence of an article, as split at ingest; citations point at (article_id, index)."""

    article_id: str
    sentence_index: int
    char_start: int
    char_end: int
    text: str


@dataclass
class Place:
    name: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    lat: float | None = None
    lon: float | None = None


@dataclass
class Mention:
    """A sentence that reports an event."""

    article_id: str
    sentence_index: int
    sentence: str
    trigger: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    modality: str = "asserted"
    attributed_to: list[str] = field(default_factory=list)
    event_id: str = ""


@dataclass
class Event:
    """One event claim: who did what to whom, when, where, with what modality, says who."""

    actor: list[str]
    recipient: list[str]
    cameo_code: str
    plover_type: str | None = None
    plover_mode: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    modality: str = "asserted"
    attributed_to: list[str] = field(default_factory=list)
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str = "reported"
    place: Place = field(default_factory=Place)
    trigger: str | None = None
    sentence_index: int | None = None
    actor_names: list[str] = field(default_factory=list)
    recipient_names: list[str] = field(default_factory=list)
    confidence: float = 1.0
    event_id: str = ""
    story_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    n_mentions: int = 0
    n_articles: int = 0
    n_outlets: int = 0

    @property
    def cameo_root(self) -> str:
        return self.cameo_code[:2] if self.cameo_code else ""

    def to_dict(self) -> dict:
        """The JSON shape of `sitrep code` (issue 3): dates as ISO strings."""
        d = asdict(self)
        d["cameo_root"] = self.cameo_root
        for k in ("date_start", "date_end"):
            d[k] = d[k].isoformat() if d[k] else None
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Event:
        """The inverse of `to_dict`."""
        d = dict(d)
        d.pop("cameo_root", None)
        for k in ("date_start", "date_end"):
            d[k] = date.fromisoformat(d[k]) if d.get(k) else None
        d["place"] = Place(**(d.get("place") or {}))
        d["mentions"] = [Mention(**m) for m in d.get("mentions") or ()]
        return cls(**d)


@dataclass
class Story:
    story_id: str
    first_seen: date | None = None
    last_seen: date | None = None
    n_articles: int = 0
    n_outlets: int = 0
    headline: str | None = None
    articles: list[dict] = field(default_factory=list)
