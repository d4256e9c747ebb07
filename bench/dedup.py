"""Dedup benchmarks (issue 4). Not part of the test run.

    python bench/dedup.py                       # ECB+ throughput vs a plain datasketch loop
    python bench/dedup.py --synthetic 100000    # 10^5 synthetic variants: RSS as it grows

Throughput: docs/s of sitrep's story assignment (MinHash LSH + TF-IDF rewrite layer, index
persisted to a temporary DuckDB store batch by batch, as ingest does) against a plain
datasketch loop over the same documents in the same run (MinHash(num_perm=128) of word
3-shingles via update_batch, MinHashLSH(threshold=0.5) query + insert per document). Each is
run `--repeat` times, alternating; the best time of each counts.

Synthetic: variants of the ECB+ and BASIL texts (exact copies, near copies with ~4% of words
edited, paragraph/sentence shuffles), dated over a stream of days; exact copies are skipped by
article id as ingest does. Prints current and peak RSS at each quarter.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_SENT = re.compile(r"(?<=[.!?])\s+")


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def baseline(texts: list[str]) -> float:
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    for i, text in enumerate(texts):
        words = text.lower().split()
        shingles = {" ".join(words[j:j + 3]).encode("utf-8") for j in range(len(words) - 2)}
        m = MinHash(num_perm=128)
        m.update_batch(list(shingles))
        lsh.query(m)
        lsh.insert(str(i), m)
    return time.perf_counter() - t0


def ours(articles, *, with_store: bool = True) -> tuple[float, list[str]]:
    from sitrep.dedup import StoryAssigner
    from sitrep.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb") if with_store else None
        t0 = time.perf_counter()
        assigner = StoryAssigner(store)
        out: list[str] = []
        for start in range(0, len(articles), 256):
            batch = articles[start:start + 256]
            if store is None:
                out += [assigner.assign(a) for a in batch]
            else:
                with store.transaction():
                    out += assigner.assign_many(batch)
        took = time.perf_counter() - t0
        if store is not None:
            store.close()
    return took, out


def throughput(repeat: int) -> None:
    from sitrep.evaluation.dedup import load_ecbplus, stream_order

    docs = stream_order(load_ecbplus(SHARED))
    arts = [d.article for d in docs]
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    best = {"baseline": 1e9, "sitrep": 1e9, "sitrep_nostore": 1e9}
    for _ in range(repeat):
        best["baseline"] = min(best["baseline"], baseline(texts))
        best["sitrep"] = min(best["sitrep"], ours(arts)[0])
        best["sitrep_nostore"] = min(best["sitrep_nostore"], ours(arts, with_store=False)[0])
    n = len(arts)
    print(f"ECB+ {n} docs, {words} words; best of {repeat}; {platform.node()} "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    for k, v in best.items():
        print(f"  {k:15s} {v:7.2f} s  {n / v:8.1f} docs/s")
    print(f"  ratio sitrep/baseline (with store)    {best['baseline'] / best['sitrep']:.2f}")
    print(f"  ratio sitrep/baseline (in-memory)     "
          f"{best['baseline'] / best['sitrep_nostore']:.2f}")


def variants(n: int, seed: int = 7):
    """Yield n synthetic articles made from the gold corpora's texts."""
    from sitrep.evaluation.dedup import load_basil, load_ecbplus
    from sitrep.models import Article

    base = [d.article.text for d in load_ecbplus(SHARED) + load_basil(SHARED)]
    rng = random.Random(seed)
    vocab = sorted({w for t in base[:200] for w in t.split()})
    start = date(2024, 1, 1)
    for i in range(n):
        text = base[rng.randrange(len(base))]
        kind = rng.random()
        if kind < 0.25:
            pass  # exact copy
        elif kind < 0.75:  # near copy: ~4% of words replaced or dropped
            words = text.split()
            for _ in range(max(1, len(words) // 25)):
                j = rng.randrange(len(words))
                words[j] = rng.choice(vocab) if rng.random() < 0.5 else ""
            text = " ".join(w for w in words if w)
        else:  # shuffled sentences / paragraphs
            parts = _SENT.split(text)
            rng.shuffle(parts)
            text = " ".join(parts)
        yield Article(text=text, source="synthetic", outlet=f"outlet{i % 50}",
                      published=start + timedelta(days=i // 2000))


def synthetic(n: int, with_store: bool) -> None:
    from sitrep.dedup import StoryAssigner
    from sitrep.store import Store

    marks = {n // 4, n // 2, 3 * n // 4, n}
    print(f"synthetic {n} articles; store={'DuckDB file' if with_store else 'none'}; "
          f"{platform.node()}, Python {platform.python_version()}")
    print(f"  start: rss {rss_mb():.0f} MB, peak {peak_mb():.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "synthetic.duckdb") if with_store else None
        assigner = StoryAssigner(store)
        seen: set[str] = set()
        stories: set[str] = set()
        done = dupes = 0
        batch = []
        t0 = time.perf_counter()

        def flush_batch() -> None:
            if store is None:
                ids = [assigner.assign(a) for a in batch]
            else:
                with store.transaction():
                    ids = assigner.assign_many(batch)
            stories.update(ids)
            batch.clear()

        for art in variants(n):
            done += 1
            if art.article_id in seen:
                dupes += 1
            else:
                seen.add(art.article_id)
                batch.append(art)
                if len(batch) == 256:
                    flush_batch()
            if done in marks:
                if batch:
                    flush_batch()
                el = time.perf_counter() - t0
                print(f"  {done:7d} articles ({dupes} exact copies skipped, {len(stories)} "
                      f"stories, {len(assigner._stories)} open in the index): "
                      f"rss {rss_mb():.0f} MB, peak {peak_mb():.0f} MB, {done / el:.0f} docs/s")
        if store is not None:
            store.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--synthetic", type=int, default=0, help="N synthetic articles instead")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--no-store", action="store_true", help="synthetic: in-memory index only")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    if args.synthetic:
        synthetic(args.synthetic, with_store=not args.no_store)
    else:
        throughput(args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
