"""Citations: build them from event mentions, and check that each cited sentence exists
verbatim in the stored article."""

from __future__ import annotations

from collections.abc import Iterator

from sitrep.models import Event
from sitrep.store import Store


class CitationIndex:
    """Looks up stored sentences and article metadata once per brief."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._articles: dict[str, dict | None] = {}

    def article(self, article_id: str) -> dict | None:
        if article_id not in self._articles:
            rows = self.store.articles(article_ids=[article_id], with_text=False)
            self._articles[article_id] = rows[0] if rows else None
        return self._articles[article_id]

    def cite(self, event: Event, *, limit: int = 3) -> list[dict]:
        """Up to `limit` citations of an event, one per article first (distinct outlets
        first), each the stored sentence of a mention."""
        mentions = sorted(event.mentions, key=lambda m: (m.article_id, m.sentence_index))
        outlets, articles, ranked = set(), set(), []
        for m in mentions:
            art = self.article(m.article_id) or {}
            outlet = art.get("outlet") or art.get("source") or m.article_id
            ranked.append(((outlet in outlets, m.article_id in articles), len(ranked), m, art))
            outlets.add(outlet)
            articles.add(m.article_id)
        out = []
        for _key, _n, m, art in sorted(ranked, key=lambda t: (t[0], t[1]))[:limit]:
            sentence = self.store.sentence(m.article_id, m.sentence_index) or m.sentence
            published = art.get("published")
            out.append({
                "article_id": m.article_id,
                "sentence_index": m.sentence_index,
                "sentence": sentence,
                "outlet": art.get("outlet"),
                "published": published.isoformat() if published else None,
                "url": art.get("url"),
            })
        return out


def _items(brief: dict) -> Iterator[tuple[str, dict]]:
    for section in ("facts", "contested", "implications", "upcoming", "gaps"):
        for item in brief.get(section) or []:
            yield section, item
    for item in (brief.get("narrative") or {}).get("sentences", []):
        yield "narrative", item


def check_citations(store: Store, brief: dict) -> list[str]:
    """Problems with a brief's citations (empty when every one checks): each cited sentence
    must be the stored sentence (article_id, sentence_index) and occur verbatim in the stored
    article text."""
    problems = []
    texts: dict[str, str | None] = {}
    for section, item in _items(brief):
        for c in item.get("citations") or []:
            aid, idx, sentence = c.get("article_id"), c.get("sentence_index"), c.get("sentence")
            where = f"{section}: {aid}#{idx}"
            if aid not in texts:
                art = store.article(aid) if aid else None
                texts[aid] = art["text"] if art else None
            if texts[aid] is None:
                problems.append(f"{where}: no such article")
                continue
            stored = store.sentence(aid, int(idx)) if idx is not None else None
            if stored is None:
                problems.append(f"{where}: no such sentence")
            elif stored != sentence:
                problems.append(f"{where}: cited text differs from the stored sentence")
            elif sentence not in texts[aid]:
                problems.append(f"{where}: sentence not found verbatim in the article")
    return problems
