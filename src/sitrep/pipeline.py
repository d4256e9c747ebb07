"""The ingest job end to end: read -> exact dedup -> parse and code -> stories -> store.

This is the library function behind `sitrep ingest`; the CLI and API only call it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitrep.actor_codes import country_name, country_of, sector_of
from sitrep.coding import Coder, make_coder
from sitrep.config import Settings
from sitrep.dedup import StoryAssigner, merge_events
from sitrep.dedup.events import one_a_day
from sitrep.errors import BadInput
from sitrep.ingest import Defaults, expand, read_input
from sitrep.models import Article, Event
from sitrep.store import Store

BATCH = 256  # articles per transaction

Progress = Callable[[int, int], None]  # (articles done in this step, articles to do in all)


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    rejected: list[BadInput] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    events: int = 0

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        return (
            f"{self.stored} stored, {self.duplicates} skipped as duplicate, "
            f"{len(self.rejected)} rejected"
        )

    def to_dict(self) -> dict:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "rejected": [e.as_dict() for e in self.rejected],
            "article_ids": self.article_ids,
            "events": self.events,
        }


def collect(
    paths: list[str], *, fmt: str | None, defaults: Defaults, max_bytes: int,
    on_error: Callable[[BadInput], None] | None = None,
) -> tuple[list[Article], list[BadInput]]:
    """Read every input; return the articles and the errors (each input is independent)."""
    articles: list[Article] = []
    errors: list[BadInput] = []

    def fail(err: BadInput) -> None:
        errors.append(err)
        if on_error:
            on_error(err)

    for item in expand(paths):
        if isinstance(item, BadInput):
            fail(item)
            continue
        try:
            for rec in read_input(item, fmt=fmt, defaults=defaults, max_bytes=max_bytes):
                if isinstance(rec, BadInput):
                    fail(rec)
                else:
                    articles.append(rec)
        except BadInput as err:
            fail(err)
        except OSError as exc:
            fail(BadInput("E101", input=item.name) if isinstance(exc, FileNotFoundError)
                 else BadInput("E115", input=item.name, detail=exc.strerror or type(exc).__name__))
    return articles, errors


def ingest(
    paths: list[str],
    store: Store,
    settings: Settings,
    *,
    fmt: str | None = None,
    defaults: Defaults | None = None,
    coder: Coder | None = None,
    progress: Progress | None = None,
    on_error: Callable[[BadInput], None] | None = None,
) -> IngestReport:
    """Ingest files, folders or `-` (stdin) into the store; idempotent for the same inputs."""
    defaults = defaults or Defaults()
    articles, errors = collect(paths, fmt=fmt, defaults=defaults,
                               max_bytes=settings.max_bytes, on_error=on_error)
    report = IngestReport(rejected=errors)
    return ingest_articles(articles, store, settings, coder=coder, progress=progress,
                           report=report)


def ingest_articles(
    articles: Iterable[Article],
    store: Store,
    settings: Settings,
    *,
    coder: Coder | None = None,
    progress: Progress | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Store articles not yet stored: code them, assign stories, merge events; batch by batch."""
    report = report or IngestReport()
    fresh: list[Article] = []
    seen: set[str] = set()
    candidates = list(articles)
    known = store.existing_article_ids(a.article_id for a in candidates)
    for a in candidates:
        if a.article_id in known or a.article_id in seen:
            report.duplicates += 1
        else:
            seen.add(a.article_id)
            fresh.append(a)
    if not fresh:
        return report
    coder = coder or make_coder(settings)
    assigner = StoryAssigner(store)
    if progress:
        progress(0, len(fresh))
    for start in range(0, len(fresh), BATCH):
        batch = fresh[start:start + BATCH]
        coded = list(coder.code_articles(batch, n_process=settings.processes))
        assigner.prepare(batch)  # story features of the whole batch at once
        with store.transaction():
            touched: dict[str, None] = {}  # stories of the batch, in order
            for item in coded:
                art = item.article
                art.story_id = assigner.assign(art)
                store.add_article(art, item.sentences)
                for ev in item.events:
                    ev.story_id = art.story_id
                store.add_claims(art.story_id, art.article_id, item.events)
                touched.setdefault(art.story_id)
            assigner.flush()  # persist the story index with this batch
            for story_id in touched:
                members = store.articles(story_id=story_id, with_text=False)
                outlets = {m["article_id"]: m["outlet"] for m in members}
                # merged from every claim of the story each time: the same claims give the
                # same events whatever order or batches the articles came in; events stored
                # before claims were kept (no claims for their articles) join as they are
                claims, have = store.story_claims(story_id)
                older = [] if outlets.keys() <= have else [  # (read only for old files)
                    e for e in store.story_events(story_id)
                    if any(m.article_id not in have for m in e.mentions)]
                merged = merge_events(story_id, older + claims, outlets)
                if settings.one_a_day:
                    merged = one_a_day(store, story_id, merged)
                store.replace_story_events(story_id, merged)
                store.record_actors(actor_rows(merged))
                store.refresh_story(story_id)
        report.stored += len(batch)
        report.article_ids += [a.article_id for a in batch]
        report.events += sum(len(i.events) for i in coded)
        if progress:
            progress(len(batch), len(fresh))
    return report


def actor_rows(events: Iterable[Event]) -> list[dict]:
    """Rows for the `actors` table from the codes of events and the words they were found as.

    Country is the ISO alpha-3 prefix of a state actor code (`PRKGOV` -> PRK); organisation
    codes (IGO..., NGO..., ---...) have none. Sector is the next three letters.
    """
    seen: dict[str, dict] = {}
    for e in events:
        pairs = list(zip(e.actor, e.actor_names or [None] * len(e.actor), strict=False))
        pairs += list(zip(e.recipient, e.recipient_names or [None] * len(e.recipient),
                          strict=False))
        for code, name in pairs:
            if not code:
                continue
            row = seen.setdefault(code, {
                "code": code,
                "name": country_name(code) if len(code) == 3 else None,
                "country": country_of(code),
                "sector": sector_of(code),
                "aliases": [],
            })
            if name and name not in row["aliases"]:
                row["aliases"].append(name)
    for row in seen.values():
        row["aliases"].sort()
        row["name"] = row["name"] or (row["aliases"][0] if row["aliases"] else None)
    return [seen[c] for c in sorted(seen)]
