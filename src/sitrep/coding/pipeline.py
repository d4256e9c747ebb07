"""Builds the spaCy pipeline and runs it over articles.

`Coder.code_articles` parses articles in batches (`nlp.pipe`) and returns, for each, its
sentences (the unit that citations point at) and the events coded from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from sitrep.config import Settings
from sitrep.errors import BadConfig
from sitrep.models import Article, Event, Sentence


@dataclass
class CodedArticle:
    article: Article
    sentences: list[Sentence]
    events: list[Event] = field(default_factory=list)


class Coder:
    """Holds the loaded spaCy pipeline; create with `make_coder(settings)`."""

    def __init__(self, nlp, settings: Settings) -> None:
        self.nlp = nlp
        self.settings = settings

    def code_articles(
        self, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[CodedArticle]:
        articles = list(articles)
        docs = self.nlp.pipe((a.text for a in articles), batch_size=batch_size,
                             n_process=n_process)
        for article, doc in zip(articles, docs, strict=True):
            sentences = [
                Sentence(article.article_id, i, s.start_char, s.end_char, s.text)
                for i, s in enumerate(doc.sents)
            ]
            yield CodedArticle(article, sentences, [])

    def code_text(
        self, text: str, published: date | None = None, article_id: str = ""
    ) -> list[Event]:
        """Events of one text (used by `sitrep code` and the evaluations)."""
        art = Article(text=text, source="text", published=published)
        if article_id:
            art.article_id = article_id
        return next(self.code_articles([art])).events


def make_coder(settings: Settings) -> Coder:
    """Load the spaCy model named in settings (installed from PyPI; nothing is downloaded)."""
    import spacy

    try:
        nlp = spacy.load(settings.model)
    except OSError as exc:
        raise BadConfig(
            "E201", input=settings.model, detail="spaCy model is not installed"
        ) from exc
    return Coder(nlp, settings)
