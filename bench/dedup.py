"""Dedup benchmarks (issue 4). Not part of the test run.

    python bench/dedup.py                       # ECB+ throughput vs a plain datasketch loop
    python bench/dedup.py --synthetic 100000    # 10^5 synthetic variants: RSS as it grows

Throughput: docs/s of sitrep's story assignment (MinHash LSH + TF-IDF rewrite layer, index
persisted to a temporary DuckDB store batch by batch, as ingest does) against a plain
datasketch loop over the same documents in the same run (MinHash(num_perm=128) of word
3-shingles via update_batch, MinHashLSH(threshold=0.5) query + insert per document), in two
forms: `baseline` makes MinHash(num_perm=128) per document (the README usage; it re-derives
the permutations each time), `baseline_shared` copies one empty MinHash per document (what
datasketch's own MinHash.bulk/generator do; the stronger bar). Each is run `--repeat` times
in rounds (order rotated per round); each round's ratio (same load) is printed with their
median, and the best and median times. Then the MinHash estimation error of both on pairs of
(text, edited copy), against the exact Jaccard of the shingle sets.

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


def shingles_of(text: str) -> list[bytes]:
    words = text.lower().split()
    return list({" ".join(words[j:j + 3]).encode("utf-8") for j in range(len(words) - 2)})


def baseline(texts: list[str], *, shared: bool = False) -> float:
    """The datasketch loop: per document, MinHash of its word 3-shingles (update_batch), then
    MinHashLSH query + insert. `shared`: the permutations are made once and each document's
    MinHash is a copy of an empty one (what datasketch's MinHash.bulk/generator do); otherwise
    MinHash(num_perm=128) per document, which re-derives the permutations every time."""
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    empty = MinHash(num_perm=128)
    for i, text in enumerate(texts):
        m = empty.copy() if shared else MinHash(num_perm=128)
        m.update_batch(shingles_of(text))
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
    names = ["baseline", "baseline_shared", "sitrep", "sitrep_nostore"]
    runs: dict[str, list[float]] = {k: [] for k in names}
    for r in range(repeat):
        # rotate the order within each round so that no side always runs first
        for name in names[r % 4:] + names[: r % 4]:
            if name.startswith("baseline"):
                runs[name].append(baseline(texts, shared=name == "baseline_shared"))
            else:
                runs[name].append(ours(arts, with_store=name == "sitrep")[0])
    n = len(arts)
    print(f"ECB+ {n} docs, {words} words; {repeat} rounds; {platform.node()} "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    for k, v in runs.items():
        print(f"  {k:15s} best {min(v):6.2f} s  {n / min(v):7.1f} docs/s   "
              f"median {statistics.median(v):6.2f} s  {n / statistics.median(v):7.1f} docs/s")
    for base in ("baseline", "baseline_shared"):
        for k, label in (("sitrep", "with store"), ("sitrep_nostore", "in-memory")):
            ratios = [b / o for b, o in zip(runs[base], runs[k], strict=True)]
            rounds = " ".join(f"{x:.2f}" for x in ratios)
            print(f"  ratio sitrep ({label:10s}) / {base:15s} median of rounds "
                  f"{statistics.median(ratios):.2f} (rounds {rounds})")


def estimator(n_docs: int = 300, seed: int = 3) -> None:
    """MinHash estimation error, ours vs datasketch's, on pairs (text, edited copy) with 5 to
    60% of the words replaced: each against the exact Jaccard of its own shingle sets."""
    import numpy as np
    from datasketch import MinHash

    from sitrep.dedup.features import _WORD, Featurizer, MinHasher, jaccard
    from sitrep.evaluation.dedup import load_ecbplus

    rng = random.Random(seed)
    texts = [d.article.text for d in load_ecbplus(SHARED)]
    texts = [texts[i] for i in sorted(rng.sample(range(len(texts)), n_docs))]
    vocab = sorted({w for t in texts for w in t.split()})
    pairs = []
    for i, text in enumerate(texts):
        w = text.split()
        for _ in range(max(1, int(len(w) * (0.05 + 0.55 * (i % 12) / 11)))):
            w[rng.randrange(len(w))] = rng.choice(vocab)
        pairs.append((text, " ".join(w)))

    def exact(a: set, b: set) -> float:
        return len(a & b) / len(a | b) if a | b else 1.0

    def ours_sh(t: str) -> set:
        w = _WORD.findall(t.casefold())
        return {tuple(w[j:j + 3]) for j in range(len(w) - 2)}

    fz = Featurizer(MinHasher())
    feats = fz.features_many([(t, None) for p in pairs for t in p])
    err_ours, err_ds, truth = [], [], []
    empty = MinHash(num_perm=128)
    for k, (a, b) in enumerate(pairs):
        j = exact(ours_sh(a), ours_sh(b))
        err_ours.append(jaccard(feats[2 * k].signature, feats[2 * k + 1].signature) - j)
        ma, mb = empty.copy(), empty.copy()
        ma.update_batch(shingles_of(a))
        mb.update_batch(shingles_of(b))
        err_ds.append(ma.jaccard(mb) - exact(set(shingles_of(a)), set(shingles_of(b))))
        truth.append(j)
    for name, e in (("sitrep", err_ours), ("datasketch", err_ds)):
        e = np.asarray(e)
        print(f"  MinHash error {name:10s}: mean {e.mean():+.4f}  mean abs {np.abs(e).mean():.4f}"
              f"  RMSE {np.sqrt((e ** 2).mean()):.4f}  ({len(e)} pairs, exact Jaccard "
              f"{min(truth):.2f}..{max(truth):.2f})")


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
                ids = assigner.assign_many(batch)
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
        estimator()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
