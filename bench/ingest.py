"""Whole-ingest throughput (read, exact dedup, parse, code, stories, store) against bare spaCy.

    .venv/bin/python bench/ingest.py [--articles 300] [--processes 2] [--shared ../shared]

Texts: BASIL's full-text articles (../shared/corpora/basil, read-only research data). Both runs
work on the same texts in the same process, so the ratio is what counts on a noisy machine:
bare `nlp.pipe` words/s vs `sitrep.ingest_articles` into a fresh DuckDB file. With
`--processes 2` it also times the coder alone with `n_process=2` against bare spaCy with
`n_process=2`.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

import spacy

from sitrep.coding import make_coder
from sitrep.config import load_settings
from sitrep.models import Article
from sitrep.pipeline import ingest_articles
from sitrep.store import Store


def basil(shared: Path, limit: int) -> list[Article]:
    out = []
    for path in sorted((shared / "corpora/basil/articles").rglob("*.json"))[:limit]:
        d = json.loads(path.read_text(encoding="utf-8"))
        text = "\n".join(" ".join(p) for p in d["body-paragraphs"])
        out.append(Article(text=text, title=d.get("title"), source=str(path),
                           outlet=d.get("source"), published=date.fromisoformat(d["date"][:10])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--shared", type=Path,
                    default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()
    arts = basil(args.shared, args.articles)
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    settings = load_settings()
    nlp = spacy.load(settings.model)
    coder = make_coder(settings)
    list(coder.code_articles([Article(text="Warm-up sentence.", source="warm-up")]))

    t0 = time.perf_counter()
    list(nlp.pipe(texts, batch_size=32))
    bare = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.duckdb") as store:
            t0 = time.perf_counter()
            report = ingest_articles(arts, store, settings.with_(db=Path(tmp) / "bench.duckdb"),
                                     coder=coder)
            full = time.perf_counter() - t0
            counts = store.table_counts()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(texts)} BASIL articles, {words} words; stored {report.stored}, "
          f"{counts['stories']} stories, {counts['events']} events, {counts['mentions']} mentions")
    print(f"bare spaCy nlp.pipe:     {words / bare:8.0f} words/s")
    print(f"sitrep ingest (1 proc):  {words / full:8.0f} words/s")
    print(f"ratio ingest/bare:       {bare / full:8.2f}")
    print(f"peak RSS:                {peak:8.0f} MB")
    if args.processes > 1:
        n = args.processes
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=32, n_process=n))
        bare_n = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(coder.code_articles(arts, batch_size=32, n_process=n))
        coder_n = time.perf_counter() - t0
        print(f"bare spaCy, {n} procs:    {words / bare_n:8.0f} words/s")
        print(f"sitrep coder, {n} procs:  {words / coder_n:8.0f} words/s")
        print(f"ratio coder/bare ({n}p):  {bare_n / coder_n:8.2f}")


if __name__ == "__main__":
    main()
