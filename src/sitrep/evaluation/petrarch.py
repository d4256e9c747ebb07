"""PETRARCH unit-test records (validation.jsonl) coded with PETRARCH-format dictionaries.

Which records count: every record with `evaluate: true` (279 of 284; the other five are marked
by upstream as known-unimplemented and its own validator skips them). Records with
`expect_no_event: true` (discards, datelines, parse errors, no dyad) count as correct only when
nothing is coded.

Each record's text is coded with `Coder.code_text(text, date_iso)` by a coder that loads the
dictionary folders given (by default `dictionaries/validate/` beside the records file) and, unless
asked, not the built-in dictionaries (the records use fictional actors). As in PETRARCH, an
event needs both a source and a target (`require_dyad`), every modality is coded (PETRARCH has
no modality) and compound actors are expanded into one (source, target, code) triple per pair.

Metrics:
- exact_record_rate: share of counted records whose coded triple set equals the expected set.
- triple_precision / triple_recall / triple_f1: over all triples of the counted records.
- confusion: expected -> coded code for the same (source, target); sources and targets missed;
  spurious triples by code.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from sitrep.config import Settings
from sitrep.errors import BadInput, NotFound
from sitrep.evaluation.common import prf, shared_dir

Triple = tuple[str, str, str]


def default_file() -> Path:
    return shared_dir(cwd_fallback=True) / "peers" / "petrarch2" / "validation.jsonl"


def read_records(path: Path) -> list[dict]:
    if not path.is_file():
        raise NotFound("E401", input=str(path), kind="file", value=str(path))
    records = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadInput("E106", input=f"{path}:{n}", detail=exc.msg) from None
            if not isinstance(rec, dict) or "text" not in rec:
                raise BadInput("E111", input=f"{path}:{n}")
            records.append(rec)
    return records


def expected_triples(rec: dict) -> set[Triple]:
    if rec.get("expect_no_event"):
        return set()
    return {(e["source"], e["target"], e["code"]) for e in rec.get("expected", [])}


def coded_triples(events: Iterable) -> set[Triple]:
    out: set[Triple] = set()
    for ev in events:
        for a in ev.actor:
            for r in ev.recipient:
                if a != r:
                    out.add((a, r, ev.cameo_code))
    return out


def evaluate_petrarch(settings: Settings, file: str | Path | None = None, *,
                      builtin: bool = False, limit: int | None = None) -> dict:
    """Code the records and compare with their expected triples (see the module doc)."""
    from datetime import date

    from sitrep.coding import make_coder

    path = Path(file) if file else default_file()
    records = [r for r in read_records(path) if r.get("evaluate", True)]
    if limit:
        records = records[:limit]
    folders = settings.dictionaries or (path.parent / "dictionaries" / "validate",)
    settings = settings.with_(dictionaries=tuple(Path(f) for f in folders),
                              builtin_dictionaries=builtin)
    coder = make_coder(settings, require_dyad=True)
    t0 = time.perf_counter()
    exact = tp = fp = fn = 0
    code_confusion: Counter = Counter()
    missed_sources: Counter = Counter()
    missed_targets: Counter = Counter()
    spurious: Counter = Counter()
    by_category: dict[str, list[int]] = {}
    failures: list[dict] = []
    for rec in records:
        try:
            published = date.fromisoformat(rec.get("date_iso") or "")
        except ValueError:
            published = None
        got = coded_triples(coder.code_text(rec["text"], published))
        want = expected_triples(rec)
        ok = got == want
        exact += ok
        cat = by_category.setdefault(rec.get("category") or "?", [0, 0])
        cat[0] += ok
        cat[1] += 1
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        got_sources = {g[0] for g in got}
        got_targets = {g[1] for g in got}
        for s, t, c in want - got:
            same_dyad = [g[2] for g in got if g[0] == s and g[1] == t]
            if same_dyad:
                code_confusion[(c, same_dyad[0])] += 1
            if s not in got_sources:
                missed_sources[s] += 1
            if t not in got_targets:
                missed_targets[t] += 1
        for _s, _t, c in got - want:
            spurious[c] += 1
        if not ok and len(failures) < 400:
            failures.append({"id": rec["id"], "expected": sorted(want), "coded": sorted(got)})
    n = len(records)
    precision, recall, f1 = prf(tp, fp, fn)
    return {
        "file": str(path),
        "dictionaries": [str(f) for f in settings.dictionaries],
        "builtin": builtin,
        "records": n,
        "exact_records": exact,
        "exact_record_rate": round(exact / n, 4) if n else 0.0,
        "triple_precision": round(precision, 4),
        "triple_recall": round(recall, 4),
        "triple_f1": round(f1, 4),
        "by_category": {k: {"exact": v[0], "records": v[1]}
                        for k, v in sorted(by_category.items())},
        "code_confusion": [{"expected": e, "coded": c, "n": k}
                           for (e, c), k in code_confusion.most_common(15)],
        "missed_sources": dict(missed_sources.most_common(15)),
        "missed_targets": dict(missed_targets.most_common(15)),
        "spurious_codes": dict(spurious.most_common(15)),
        "failures": failures,
        "seconds": round(time.perf_counter() - t0, 2),
    }


def format_result(r: dict) -> str:
    lines = [
        f"PETRARCH unit-test records: {r['file']}",
        f"dictionaries: {', '.join(r['dictionaries'])}  builtin: {r['builtin']}",
        f"records {r['records']}  exact {r['exact_records']}  "
        f"exact_record_rate {r['exact_record_rate']:.3f}",
        f"triples: precision {r['triple_precision']:.3f}  recall {r['triple_recall']:.3f}  "
        f"F1 {r['triple_f1']:.3f}   ({r['seconds']} s)",
        "by category (exact/records): " + ", ".join(
            f"{k} {v['exact']}/{v['records']}" for k, v in r["by_category"].items()),
        "code confusion (expected -> coded, same dyad): " + ", ".join(
            f"{c['expected']}->{c['coded']} x{c['n']}" for c in r["code_confusion"]),
        "missed sources: " + ", ".join(f"{k} x{v}" for k, v in r["missed_sources"].items()),
        "missed targets: " + ", ".join(f"{k} x{v}" for k, v in r["missed_targets"].items()),
        "spurious triples by code: " + ", ".join(
            f"{k} x{v}" for k, v in r["spurious_codes"].items()),
    ]
    return "\n".join(lines)
