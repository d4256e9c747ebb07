"""Coder throughput against bare spaCy `nlp.pipe` over the same texts, in one process.

    .venv/bin/python bench/coder.py [--articles 100] [--shared ../shared]

Texts: ConfliBERT's news sentences (../shared/peers/conflibert_cameo/cameo_class/train.tsv),
joined ten to an article. Prints words/s of both and their ratio (the coder includes actors,
events, modality, attribution, dates and places).
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

import spacy

from sitrep.coding import make_coder
from sitrep.config import load_settings
from sitrep.models import Article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent
                    / "shared")
    args = ap.parse_args()
    path = args.shared / "peers/conflibert_cameo/cameo_class/train.tsv"
    rows = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    texts = [" ".join(rows[i:i + 10]) for i in range(0, 10 * args.articles, 10)]
    words = sum(len(t.split()) for t in texts)
    settings = load_settings()
    nlp = spacy.load(settings.model)
    coder = make_coder(settings)
    list(coder.code_articles([Article(text=texts[0], source="warm-up")]))
    t0 = time.perf_counter()
    list(nlp.pipe(texts, batch_size=32))
    base = time.perf_counter() - t0
    arts = [Article(text=t, source="bench", published=date(2024, 1, 1)) for t in texts]
    t0 = time.perf_counter()
    n_events = sum(len(c.events) for c in coder.code_articles(arts, batch_size=32))
    full = time.perf_counter() - t0
    print(f"{len(texts)} articles, {words} words, {n_events} events")
    print(f"bare spaCy nlp.pipe: {words / base:.0f} words/s")
    print(f"sitrep coder:        {words / full:.0f} words/s")
    print(f"ratio coder/bare:    {base / full:.2f}")


if __name__ == "__main__":
    main()
