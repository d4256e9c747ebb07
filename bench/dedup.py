"""Dedup benchmarks (issue 4). Not part of the test run.

    python bench/dedup.py                       # ECB+ throughput vs a plain datasketch loop
    python bench/dedup.py --synthetic 100000    # 10^5 synthetic variants: RSS as it grows

Throughput: docs/s of sitrep's story assignment (MinHash LSH + TF-IDF rewrite layer, index
persisted to a temporary DuckDB store batch by batch, as ingest does) against a plain
datasketch loop over the same documents in the same run (MinHash(num_perm=128) of word
3-shingles via update_batch, MinHashLSH(threshold=0.5) query + insert per document). Each is
run `--repeat` times in rounds (order rotated per round); the ratio of each round (same load)
is printed with their median, and the best times.

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
import statistics
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
                out += assigner.assign_many(batch)
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
    runs: dict[str, list[float]] = {"baseline": [], "sitrep": [], "sitrep_nostore": []}
    for r in range(repeat):
        # rotate the order within each round so that no side always runs first
        order = ["baseline", "sitrep", "sitrep_nostore"]
        order = order[r % 3:] + order[: r % 3]
        for name in order:
            if name == "baseline":
                runs[name].append(baseline(texts))
            else:
                runs[name].append(ours(arts, with_store=name == "sitrep")[0])
    n = len(arts)
    print(f"ECB+ {n} docs, {words} words; {repeat} rounds; {platform.node()} "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    for k, v in runs.items():
        print(f"  {k:15s} best {min(v):6.2f} s  {n / min(v):7.1f} docs/s   "
              f"median {statistics.median(v):6.2f} s  {n / statistics.median(v):7.1f} docs/s")
    for k, label in (("sitrep", "with store"), ("sitrep_nostore", "in-memory")):
        ratios = [b / o for b, o in zip(runs["baseline"], runs[k], strict=True)]
        print(f"  ratio sitrep/baseline ({label:10s}) median of rounds "
              f"{statistics.median(ratios):.2f} (rounds {' '.join(f'{x:.2f}' for x in ratios)}); "
              f"best/best {min(runs['baseline']) / min(runs[k]):.2f}")


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
