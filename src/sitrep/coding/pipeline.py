"""Builds the spaCy pipeline and runs it over articles.

`make_coder(settings)` loads the spaCy model and adds the coder's components named in
`coding/pipeline.cfg` (actors, events), configured with the dictionaries of the settings.
`Coder.code_articles` parses articles in batches (`nlp.pipe`) and returns, for each, its
sentences (the unit that citations point at) and the events coded from them, each with its
codes, modality, attribution, resolved dates, place and one Mention.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources

from sitrep.coding.codes import code_info
from sitrep.config import Settings
from sitrep.errors import BadConfig
from sitrep.models import Article, Event, Mention, Sentence, stable_id


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
        self._gazetteer = None

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from sitrep.coding.places import Gazetteer

            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def code_articles(
        self, articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[CodedArticle]:
        articles = list(articles)
        coding = self.settings.code_events and "sitrep_events" in self.nlp.pipe_names

        def docs_in():
            for a in articles:
                doc = self.nlp.make_doc(a.text)
                if coding:
                    doc._.published = a.published
                yield doc

        ours = [n for n in self.nlp.pipe_names if n.startswith("sitrep_")]
        if n_process > 1 and ours:
            # spaCy's worker processes parse; sitrep's components, whose Doc attributes are
            # Python objects that do not cross process boundaries, run here on the results.
            with self.nlp.select_pipes(disable=ours):
                parsed = list(self.nlp.pipe((a.text for a in articles), batch_size=batch_size,
                                            n_process=n_process))

            def finish():
                for a, doc in zip(articles, parsed, strict=True):
                    if coding:
                        doc._.published = a.published
                    for name in ours:
                        doc = self.nlp.get_pipe(name)(doc)
                    yield doc

            docs = finish()
        else:
            docs = self.nlp.pipe(docs_in(), batch_size=batch_size, n_process=n_process)
        for article, doc in zip(articles, docs, strict=True):
            sents = list(doc.sents)
            sentences = [
                Sentence(article.article_id, i, s.start_char, s.end_char, s.text)
                for i, s in enumerate(sents)
            ]
            events = self._events(article, doc, sents) if coding else []
            yield CodedArticle(article, sentences, events)

    def _events(self, article: Article, doc, sents) -> list[Event]:
        from sitrep.coding.dates import resolve_event_date
        from sitrep.coding.places import place_at

        sent_index = {s.start: i for i, s in enumerate(sents)}
        out: list[Event] = []
        for cand in doc._.event_candidates or []:
            trig = doc[cand.trigger]
            sent = trig.sent
            idx = sent_index.get(sent.start, 0)
            anchor = trig if cand.date_anchor is None else doc[cand.date_anchor]
            start, end, precision = resolve_event_date(sent, anchor, article.published)
            place = replace(place_at(trig, self.gazetteer))  # each event its own copy
            info = code_info(cand.code)
            mention = Mention(
                article_id=article.article_id, sentence_index=idx, sentence=sent.text,
                trigger=trig.text, char_start=sent.start_char, char_end=sent.end_char,
                modality=cand.modality, attributed_to=list(cand.attributed_to),
            )
            ev = Event(
                actor=list(cand.actor), recipient=list(cand.recipient), cameo_code=cand.code,
                plover_type=info.plover_type, plover_mode=info.plover_mode,
                goldstein=info.goldstein, quad_class=info.quad_class,
                modality=cand.modality, attributed_to=list(cand.attributed_to),
                date_start=start, date_end=end, date_precision=precision, place=place,
                trigger=trig.text, sentence_index=idx, actor_names=list(cand.actor_names),
                recipient_names=list(cand.recipient_names), mentions=[mention],
                n_mentions=1, n_articles=1, n_outlets=1,
            )
            ev.event_id = stable_id(article.article_id, idx, cand.trigger, cand.code,
                                    ev.actor, ev.recipient)
            mention.event_id = ev.event_id
            out.append(ev)
        return out

    def code_text(
        self, text: str, published: date | None = None, article_id: str = ""
    ) -> list[Event]:
        """Events of one text (used by `sitrep code` and the evaluations)."""
        art = Article(text=text, source="text", published=published)
        if article_id:
            art.article_id = article_id
        return next(self.code_articles([art])).events


def _pipeline_config():
    from thinc.api import Config

    text = resources.files("sitrep.coding").joinpath("pipeline.cfg").read_text("utf-8")
    try:
        return Config().from_str(text)
    except Exception as exc:  # a broken shipped config is a configuration error
        raise BadConfig("E201", input="coding/pipeline.cfg", detail=str(exc)) from None


def add_coder_components(nlp, settings: Settings, *, require_dyad: bool | None = None) -> None:
    """Add the components of coding/pipeline.cfg to `nlp`, configured from `settings`."""
    import sitrep.coding.components  # noqa: F401  (registers the factories)

    cfg = _pipeline_config()
    folders = [str(p) for p in settings.dictionaries]
    for name in cfg["pipeline"]["components"]:
        comp = dict(cfg["components"][name])
        factory = comp.pop("factory")
        comp["dictionaries"] = folders
        comp["builtin"] = settings.builtin_dictionaries
        if require_dyad is not None and "require_dyad" in comp:
            comp["require_dyad"] = require_dyad
        nlp.add_pipe(factory, name=name, config=comp)


def make_coder(settings: Settings, *, require_dyad: bool | None = None) -> Coder:
    """Load the spaCy model named in settings (installed from PyPI; nothing is downloaded)."""
    import spacy

    try:
        nlp = spacy.load(settings.model)
    except OSError as exc:
        raise BadConfig(
            "E201", input=settings.model, detail="spaCy model is not installed"
        ) from exc
    if settings.code_events:
        add_coder_components(nlp, settings, require_dyad=require_dyad)
    return Coder(nlp, settings)
