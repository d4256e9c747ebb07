"""`sitrep eval dedup`: story clusters against gold same-event groups.

- ecbplus: 982 documents; gold story = sub-event folder (`1ecb`, `1ecbplus`, ...). No dates.
- basil: 300 articles; gold story = `triplet-uuid`. Dated.
- mrpc: sentence pairs; a pair is predicted "same story" if the second sentence would join a
  story made of the first; pairwise precision/recall/F1 against the paraphrase label.

Story assignment runs over the corpus in a temporary store, batch by batch (persisting the index
as ingest does), without the spaCy coder: it does not need one. Articles go in a fixed order:
by date, then by article id (a hash, so sub-events of a topic are interleaved).
"""

from __future__ import annotations

import csv
import json
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitrep.dedup.stories import DedupConfig, StoryAssigner
from sitrep.errors import BadInput
from sitrep.evaluation.common import f1_of, prf, shared_dir
from sitrep.models import Article

CORPORA = ("ecbplus", "basil", "mrpc")
BATCH = 256


@dataclass
class Doc:
    article: Article
    gold: str


def load_ecbplus(shared: Path) -> list[Doc]:
    root = shared / "corpora" / "ecbplus" / "ECBplus-prep" / "output_data" / "test_parsing"
    docs = []
    for path in sorted(root.glob("*/*.json")):
        d = json.loads(path.read_text("utf-8"))
        title = (d.get("title") or "").strip()
        text = f"{title}\n{d.get('text') or ''}".strip()
        docs.append(Doc(Article(text=text, source=str(path), title=title or None,
                                outlet=path.stem), path.parent.name))
    return docs


def load_basil(shared: Path) -> list[Doc]:
    docs = []
    for path in sorted((shared / "corpora" / "basil" / "articles").glob("*/*.json")):
        d = json.loads(path.read_text("utf-8"))
        paras = d.get("body-paragraphs") or []
        body = "\n".join(" ".join(p) for p in paras)
        title = (d.get("title") or "").strip()
        published = date.fromisoformat(d["date"][:10]) if d.get("date") else None
        docs.append(Doc(Article(text=f"{title}\n{body}".strip(), source=str(path),
                                title=title or None, outlet=(d.get("source") or "").lower(),
                                published=published), d["triplet-uuid"]))
    return docs


def load_mrpc(shared: Path) -> list[tuple[str, str, int]]:
    path = shared / "corpora" / "mrpc" / "msr_paraphrase_train.txt"
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 5 or rec[0] == "Quality" or rec[1] == "-1":
                continue
            rows.append((rec[3], rec[4], int(rec[0])))
    return rows


def default_shared(given: str | Path | None = None) -> Path:
    """The shared data folder: as given, else ../shared beside the project root."""
    if given:
        path = Path(given)
    else:
        path = shared_dir(cwd_fallback=True)
    if not path.exists():
        raise BadInput("E101", input=str(path))
    return path


def format_result(r: dict) -> str:
    """The metrics of `evaluate_dedup` as a few lines of text."""
    lines = [f"corpus {r['corpus']}  ({r['seconds']} s)  config {r['config']}"]
    if "pairwise_f1" in r:
        lines.append(f"pairwise precision {r['pairwise_precision']:.3f}  recall "
                     f"{r['pairwise_recall']:.3f}  F1 {r['pairwise_f1']:.3f}  "
                     f"({r['n_pairs']} pairs; {r['confusion']})")
        return "\n".join(lines)
    lines.append(f"B-cubed precision {r['bcubed_precision']:.3f}  recall {r['bcubed_recall']:.3f}"
                 f"  F1 {r['bcubed_f1']:.3f}")
    lines.append(f"{r['n_docs']} documents, {r['n_gold']} gold stories, {r['n_pred']} predicted")
    for s in r["errors"]["split_gold"]:
        lines.append(f"  split: gold {s['gold']} over {s['stories']} stories")
    for m in r["errors"]["merged_gold"]:
        lines.append(f"  merged: {', '.join(m)}")
    return "\n".join(lines)


def bcubed(pred: list[str], gold: list[str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (one label per item)."""
    by_pred: dict[str, list[int]] = defaultdict(list)
    by_gold: dict[str, list[int]] = defaultdict(list)
    for i, (p, g) in enumerate(zip(pred, gold, strict=True)):
        by_pred[p].append(i)
        by_gold[g].append(i)
    prec = rec = 0.0
    for p, g in zip(pred, gold, strict=True):
        same = sum(1 for j in by_pred[p] if gold[j] == g)
        prec += same / len(by_pred[p])
        rec += same / len(by_gold[g])
    n = len(pred) or 1
    prec, rec = prec / n, rec / n
    f1 = f1_of(prec, rec)
    return {"bcubed_precision": prec, "bcubed_recall": rec, "bcubed_f1": f1}


def cluster(docs: list[Doc], config: DedupConfig | None = None,
            store_dir: Path | None = None) -> list[str]:
    """Run story assignment over docs (in the order given) in a temporary store."""
    from sitrep.store import Store

    with tempfile.TemporaryDirectory(dir=store_dir) as tmp, Store(Path(tmp) / "eval.duckdb") as st:
        assigner = StoryAssigner(st, config)
        out: list[str] = []
        for start in range(0, len(docs), BATCH):
            with st.transaction():
                out += assigner.assign_many([d.article for d in docs[start:start + BATCH]])
        return out


def stream_order(docs: list[Doc]) -> list[Doc]:
    return sorted(docs, key=lambda d: (d.article.published or date.min, d.article.article_id))


def evaluate_dedup(corpus: str, shared: Path, *, limit: int | None = None,
                   config: DedupConfig | None = None) -> dict:
    """Metrics of story assignment on one gold corpus (see module doc)."""
    if corpus not in CORPORA:
        raise BadInput("E112", input="--corpus", value=corpus, choices=", ".join(CORPORA))
    config = config or DedupConfig()
    t0 = time.perf_counter()
    if corpus == "mrpc":
        result = _pairwise(load_mrpc(shared)[:limit] if limit else load_mrpc(shared), config)
    else:
        docs = stream_order(load_ecbplus(shared) if corpus == "ecbplus" else load_basil(shared))
        if limit:
            docs = docs[:limit]
        pred = cluster(docs, config)
        gold = [d.gold for d in docs]
        result = bcubed(pred, gold)
        result.update(n_docs=len(docs), n_gold=len(set(gold)), n_pred=len(set(pred)),
                      errors=_confusions(docs, pred))
    result.update(corpus=corpus, seconds=round(time.perf_counter() - t0, 2),
                  config={k: getattr(config, k) for k in (
                      "near_jaccard", "rewrite_threshold", "entity_weight", "window_days")})
    return result


def _confusions(docs: list[Doc], pred: list[str], top: int = 8) -> dict:
    """The gold groups split over most stories, and the stories that mix most gold groups."""
    gold_to_pred: dict[str, set[str]] = defaultdict(set)
    pred_to_gold: dict[str, set[str]] = defaultdict(set)
    for d, p in zip(docs, pred, strict=True):
        gold_to_pred[d.gold].add(p)
        pred_to_gold[p].add(d.gold)
    split = sorted(((g, len(ps)) for g, ps in gold_to_pred.items() if len(ps) > 1),
                   key=lambda x: (-x[1], x[0]))[:top]
    mixed = sorted((sorted(gs) for gs in pred_to_gold.values() if len(gs) > 1),
                   key=lambda gs: (-len(gs), gs))[:top]
    return {"split_gold": [{"gold": g, "stories": n} for g, n in split],
            "merged_gold": mixed}


def _pairwise(rows: list[tuple[str, str, int]], config: DedupConfig) -> dict:
    """MRPC: does sentence 2 join the story of sentence 1? (document frequencies from all.)"""
    assigner = StoryAssigner(None, config)
    assigner.observe_many([t for a, b, _ in rows for t in (a, b)])
    matches = assigner.same_story_many([(Article(text=a, source="mrpc"),
                                         Article(text=b, source="mrpc")) for a, b, _ in rows])
    tp = fp = fn = tn = 0
    for (_, _, label), match in zip(rows, matches, strict=True):
        same = match.layer != "new"
        if same and label:
            tp += 1
        elif same:
            fp += 1
        elif label:
            fn += 1
        else:
            tn += 1
    p, r, f1 = prf(tp, fp, fn)
    return {"pairwise_precision": p, "pairwise_recall": r, "pairwise_f1": f1,
            "n_pairs": len(rows), "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn}}
