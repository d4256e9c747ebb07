"""Coding JSON Lines records `{id, text, published?}` -> `{id, events: [...]}` (`sitrep code`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from sitrep.coding.pipeline import Coder
from sitrep.errors import BadInput, SitrepError
from sitrep.models import Article


def _published(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise BadInput("E110", input=where, value=value) from None


def read_records(lines: Iterable[str], source: str,
                 on_error: Callable[[SitrepError], None]) -> Iterator[Article]:
    """Articles from JSON Lines; a bad line is reported through `on_error` and skipped."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadInput("E106", input=where, detail=exc.msg) from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or \
                    not rec["text"].strip():
                raise BadInput("E111", input=where)
            art = Article(text=rec["text"], source=where,
                          published=_published(rec.get("published"), where))
            rid = rec.get("id")
            art.metadata["id"] = art.article_id if rid is None else rid
        except SitrepError as e:
            on_error(e)
            continue
        yield art


def code_jsonl(lines: Iterable[str], coder: Coder, *, source: str = "stdin",
               on_error: Callable[[SitrepError], None] = lambda e: None,
               batch_size: int = 32) -> Iterator[dict]:
    """One `{id, events}` object per good input record, in input order."""
    batch: list[Article] = []

    def flush() -> Iterator[dict]:
        for coded in coder.code_articles(batch, batch_size=batch_size):
            yield {"id": coded.article.metadata["id"],
                   "events": [e.to_dict() for e in coded.events]}
        batch.clear()

    for art in read_records(lines, source, on_error):
        batch.append(art)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
