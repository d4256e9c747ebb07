"""What the evaluations share: where the shared data folder is, precision/recall/F1, and the
main event a coder finds in one text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitrep.evaluation.main_event import main_event


def shared_dir(*, cwd_fallback: bool = False) -> Path:
    """../shared beside the project root (else ../shared beside the working folder, when
    `cwd_fallback` and the first does not exist)."""
    path = Path(__file__).resolve().parents[3].parent / "shared"
    if cwd_fallback and not path.exists():
        path = Path.cwd().parent / "shared"
    return path


def f1_of(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positive, false positive and false negative counts."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, f1_of(precision, recall)


def code_main_event(coder, text: str, published: date | None = None,
                    keep=None) -> object | None:
    """Code `text` with `coder` and return its main event (`main_event`, among the events
    `keep` keeps when it keeps any), or None."""
    events = coder.code_text(text, published)
    return main_event(events, coder.nlp(text), keep) if events else None


SPLITS = ("odd", "even")


def split_rows(rows: list, split: str | None, number=None) -> list:
    """The rows of one half of a gold file, for reading one half's errors while tuning and
    scoring the other as unseen data: `odd` or `even` by `number(row)` (default: the row's
    0-based position); None keeps every row."""
    if split is None:
        return rows
    if split not in SPLITS:
        from sitrep.errors import BadInput

        raise BadInput("E107", input="--split", detail="expected odd or even")
    want = 1 if split == "odd" else 0
    return [r for k, r in enumerate(rows) if (number(r) if number else k) % 2 == want]


def select_rows(rows: list, split: str | None = None, limit: int | None = None,
                number=None) -> list:
    """One half of a gold file (`split_rows`), then its first `limit` rows."""
    rows = split_rows(rows, split, number)
    return rows[:limit] if limit else rows

