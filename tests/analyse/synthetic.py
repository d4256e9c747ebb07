"""A small synthetic store for the analysis and brief tests: articles written by us, and the
events a coder would produce from them, inserted through Store.add_article / add_events."""

from __future__ import annotations

from datetime import date

from sitrep.models import Article, Event, Mention, Place, Sentence, stable_id

SEED_QUESTION = (
    "What potential implications could North Korea's alleged weapons provision to Russia and "
    "the trilateral summit between South Korea, the United States, and Japan have on regional "
    "security and international relations"
)

# Each article: outlet, published, sentences (our own words).
ARTICLES = {
    "korea_a": ("North Star Post", date(2023, 8, 14), [
        "Kim Jong Un inspected several arms plants and demanded far greater missile output, "
        "the state news agency said.",
        "Seoul and Washington will stage their joint summer military drills from August 21 to "
        "August 31.",
        "Pyongyang denounced the planned drills as a rehearsal for invasion.",
        "Washington has charged that Pyongyang is shipping arms to Moscow for its war.",
        "Pyongyang and Moscow both rejected the charge.",
        "The leaders of South Korea, the United States and Japan will hold a summit at Camp "
        "David on August 18.",
    ]),
    "korea_b": ("Coastal Courier", date(2023, 8, 15), [
        "North Korea's leader toured munitions factories and called for a surge in missile "
        "production.",
        "American officials say North Korea has been supplying weapons to Russia.",
        "Russia and North Korea deny that any arms deal took place.",
        "A three-way summit of South Korean, American and Japanese leaders is set for "
        "August 18 at Camp David.",
    ]),
    "grain": ("Coastal Courier", date(2023, 7, 17), [
        "Russia halted its part in the Black Sea grain arrangement on July 17.",
        "Ukraine condemned the Russian move as blackmail over food.",
        "Turkey urged Russia to return to the grain deal.",
    ]),
    "quake": ("North Star Post", date(2023, 9, 10), [
        "Spain sent rescue teams to Morocco after the earthquake.",
        "Britain also dispatched search and rescue specialists to Morocco.",
    ]),
}


def article_id(key: str) -> str:
    outlet, _day, sentences = ARTICLES[key]
    return Article(text=" ".join(sentences), source=f"{key}.txt").article_id


def sentences_of(key: str, copy: int | None = None) -> list[str]:
    """The sentences of an article (of a numbered copy, for benchmarks)."""
    sentences = ARTICLES[key][2]
    return sentences if copy is None else [f"{s} Copy {copy}." for s in sentences]


def _store_articles(store, copy: int | None) -> dict[str, Article]:
    out = {}
    for key, (outlet, day, _sentences) in ARTICLES.items():
        sentences = sentences_of(key, copy)
        text = " ".join(sentences)
        art = Article(text=text, source=f"{key}.txt", outlet=outlet, published=day,
                      url=f"https://{outlet.lower().replace(' ', '')}.example/{key}",
                      story_id=f"story-{key.split('_')[0]}" + ("" if copy is None else
                                                               f"-{copy}"))
        rows, pos = [], 0
        for i, s in enumerate(sentences):
            start = text.index(s, pos)
            rows.append(Sentence(art.article_id, i, start, start + len(s), s))
            pos = start + len(s)
        store.add_article(art, rows)
        out[key] = art
    return out


def _mention(arts, copy, key: str, index: int, modality: str = "asserted",
             attributed_to: list[str] | None = None) -> Mention:
    return Mention(article_id=arts[key].article_id, sentence_index=index,
                   sentence=sentences_of(key, copy)[index], modality=modality,
                   attributed_to=attributed_to or [])


def _event(name: str, mentions: list[Mention], copy: int | None = None, **kw) -> Event:
    parts = ("synthetic", name) if copy is None else ("synthetic", name, copy)
    e = Event(event_id=stable_id(*parts), mentions=mentions, **kw)
    e.n_mentions = len(mentions)
    e.n_articles = len({m.article_id for m in mentions})
    return e


def build(store, copy: int | None = None) -> dict[str, Event]:
    """Fill a store; returns the events by short name. `copy` makes a numbered copy with its own
    article and event ids (benchmarks)."""
    arts = _store_articles(store, copy)
    m = lambda *a, **k: _mention(arts, copy, *a, **k)  # noqa: E731
    d14, d15 = date(2023, 8, 14), date(2023, 8, 15)
    events = {
        "production": _event(
            "production", [m("korea_a", 0, attributed_to=["PRKMED"]), m("korea_b", 0)],
            actor=["PRKGOV"], recipient=["PRKMIL"], cameo_code="153", plover_type="MOBILIZE",
            goldstein=-7.2, quad_class=4, attributed_to=["PRKMED"], date_start=d14,
            date_precision="reported", story_id="story-korea", n_outlets=2),
        "drills": _event(
            "drills", [m("korea_a", 1, "planned")],
            actor=["KORMIL", "USAMIL"], recipient=["PRK"], cameo_code="152",
            plover_type="MOBILIZE", goldstein=-7.2, quad_class=4, modality="planned",
            attributed_to=["KOR", "USA"], date_start=date(2023, 8, 21),
            date_end=date(2023, 8, 31), date_precision="range", story_id="story-korea",
            n_outlets=1),
        "condemn": _event(
            "condemn", [m("korea_a", 2)],
            actor=["PRKGOV"], recipient=["KOR", "USA"], cameo_code="111", plover_type="ACCUSE",
            goldstein=-2.0, quad_class=3, date_start=d14, date_precision="reported",
            story_id="story-korea", n_outlets=1),
        "accuse": _event(
            "accuse", [m("korea_a", 3), m("korea_b", 1)],
            actor=["USAGOV"], recipient=["PRKGOV"], cameo_code="112", plover_type="ACCUSE",
            goldstein=-2.0, quad_class=3, date_start=d14, date_precision="reported",
            story_id="story-korea", n_outlets=2),
        "arms_alleged": _event(
            "arms_alleged", [m("korea_a", 3, "alleged", ["USAGOV"]),
                             m("korea_b", 1, "alleged", ["USAGOV"])],
            actor=["PRKGOV"], recipient=["RUSGOV"], cameo_code="072", plover_type="AID",
            goldstein=8.3, quad_class=2, modality="alleged", attributed_to=["USAGOV"],
            story_id="story-korea", n_outlets=2),
        "deny": _event(
            "deny", [m("korea_a", 4), m("korea_b", 2)],
            actor=["PRKGOV", "RUSGOV"], recipient=["USAGOV"], cameo_code="120",
            plover_type="REJECT", goldstein=-4.0, quad_class=3, date_start=d15,
            date_precision="reported", story_id="story-korea", n_outlets=2),
        "arms_denied": _event(
            "arms_denied", [m("korea_a", 4, "denied", ["PRKGOV", "RUSGOV"]),
                            m("korea_b", 2, "denied", ["PRKGOV", "RUSGOV"])],
            actor=["PRKGOV"], recipient=["RUSGOV"], cameo_code="072", plover_type="AID",
            goldstein=8.3, quad_class=2, modality="denied",
            attributed_to=["PRKGOV", "RUSGOV"], story_id="story-korea", n_outlets=2),
        "summit": _event(
            "summit", [m("korea_a", 5, "planned"), m("korea_b", 3, "planned")],
            actor=["KORGOV", "USAGOV", "JPNGOV"], recipient=["KORGOV", "USAGOV", "JPNGOV"],
            cameo_code="043", plover_type="CONSULT", goldstein=2.8, quad_class=1,
            modality="planned", date_start=date(2023, 8, 18), date_precision="day",
            place=Place("Camp David", "USA", 39.648, -77.465), story_id="story-korea",
            n_outlets=2),
        "grain_halt": _event(
            "grain_halt", [m("grain", 0)],
            actor=["RUSGOV"], recipient=["UKR"], cameo_code="161", plover_type="REDUCE",
            goldstein=-4.0, quad_class=4, date_start=date(2023, 7, 17), date_precision="day",
            story_id="story-grain", n_outlets=1),
        "grain_condemn": _event(
            "grain_condemn", [m("grain", 1)],
            actor=["UKRGOV"], recipient=["RUSGOV"], cameo_code="111", plover_type="ACCUSE",
            goldstein=-2.0, quad_class=3, date_start=date(2023, 7, 17),
            date_precision="reported", story_id="story-grain", n_outlets=1),
        "grain_appeal": _event(
            "grain_appeal", [m("grain", 2)],
            actor=["TURGOV"], recipient=["RUSGOV"], cameo_code="020", plover_type="APPEAL",
            goldstein=3.0, quad_class=1, date_start=date(2023, 7, 17),
            date_precision="reported", story_id="story-grain", n_outlets=1),
        "aid_spain": _event(
            "aid_spain", [m("quake", 0)],
            actor=["ESPGOV"], recipient=["MAR"], cameo_code="073", plover_type="AID",
            goldstein=7.4, quad_class=2, date_start=date(2023, 9, 10),
            date_precision="reported", story_id="story-quake", n_outlets=1),
        "aid_britain": _event(
            "aid_britain", [m("quake", 1)],
            actor=["GBRGOV"], recipient=["MAR"], cameo_code="073", plover_type="AID",
            goldstein=7.4, quad_class=2, date_start=date(2023, 9, 10),
            date_precision="reported", story_id="story-quake", n_outlets=1),
    }
    if copy is not None:
        for name, e in events.items():
            e.event_id = stable_id("synthetic", name, copy)
            if e.story_id:
                e.story_id = f"{e.story_id}-{copy}"
    store.add_events(events.values())
    return events
