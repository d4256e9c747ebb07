"""Time `build_brief` on synthetic stores of growing size (never part of the test run).

    .venv/bin/python bench/ask_bench.py [COPIES ...]

Each copy adds the four synthetic articles and 13 events of tests/analyse/synthetic.py under
new ids, so retrieval has N times more sentences and events to rank.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from pathlib import Path

from sitrep.ask import build_brief, check_citations
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("synthetic", ROOT / "tests/analyse/synthetic.py")
synthetic = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(synthetic)


def fill(store: Store, copies: int) -> None:
    for i in range(copies):
        synthetic.build(store, copy=i)


def main(sizes: list[int]) -> None:
    print("copies  articles  events  build_brief_s  facts  implications  citation_problems")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            with Store(Path(tmp) / "b.duckdb") as store:
                with store.transaction():
                    fill(store, n)
                counts = store.counts()
                t0 = time.perf_counter()
                brief = build_brief(store, synthetic.SEED_QUESTION)
                dt = time.perf_counter() - t0
                problems = check_citations(store, brief)
                print(f"{n:6d}  {counts['articles']:8d}  {counts['events']:6d}  {dt:13.2f}  "
                      f"{len(brief['facts']):5d}  {len(brief['implications']):12d}  "
                      f"{len(problems):17d}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1, 10, 100])
