"""Story assignment. (Foundation: each distinct article is its own story.)"""

from __future__ import annotations

from sitrep.models import Article


class StoryAssigner:
    """Assigns new articles to stories, incrementally, given what the store already holds."""

    def __init__(self, store) -> None:
        self.store = store

    def assign(self, article: Article) -> str:
        return article.article_id
