"""ConfliBERT CAMEO 5-class sentences (cameo_class/train.tsv): conflict/cooperation class.

The file is `sentence<TAB>label`, labels 0-4. Its README infers their meaning; we checked it
against the file's own sentences (counts of labels of sentences holding a keyword):
0 = neutral statements and appeals (CAMEO 01-02: comments, "urged", "denied accusations"),
1 = verbal cooperation (03-05: "agreed to", visits, meetings, signing agreements),
2 = material cooperation (06-08: releases, aid delivered, bans lifted, peacekeepers deployed),
3 = verbal conflict (09-13: investigations, accusations, condemnations, demands, rejections,
threats) AND reductions of relations (16: aid suspended 24 of 29 as 3, diplomats expelled 8 of 9,
sanctions 35 of 58),
4 = material conflict (17-20: killings 57 of 76, attacks) AND protests (14: 15 of 35 as 4, 2 as 3)
and military posture (15: "alert" 10 of 10, "mobilize" 6 of 8).
So the class of a CAMEO root is `ROOT_CLASS` below: the usual QuadClass except that 01-02 are 0,
root 16 is verbal conflict and root 14 material conflict.

Prediction: code the sentence with `Coder.code_text(text)`, take its main event
(`sitrep.evaluation.main_event`) and map its CAMEO root with `ROOT_CLASS`; no event -> 0.
Metric: macro-F1 over the five classes, with per-class precision/recall/F1 and the confusion.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from sitrep.config import Settings
from sitrep.errors import BadInput, NotFound
from sitrep.evaluation.common import code_main_event, prf, select_rows, shared_dir

CLASSES = (0, 1, 2, 3, 4)
CLASS_NAMES = {0: "neutral", 1: "verbal coop", 2: "material coop", 3: "verbal conflict",
               4: "material conflict"}
ROOT_CLASS = {"01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2,
              "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 3,
              "17": 4, "18": 4, "19": 4, "20": 4}


def default_path() -> Path:
    """../shared/peers/conflibert_cameo/cameo_class/train.tsv beside the project root."""
    return shared_dir() / "peers" / "conflibert_cameo" / "cameo_class" / "train.tsv"


def load_gold(path: Path) -> list[tuple[str, int]]:
    """(sentence, label) rows of a `sentence<TAB>label` file."""
    if not path.is_file():
        raise NotFound("E401", kind="file", value=str(path))
    rows = []
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput("E104", input=str(path)) from exc
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        sentence, sep, label = line.rpartition("\t")
        if not sep or label.strip() not in ("0", "1", "2", "3", "4"):
            raise BadInput("E107", input=f"{path}:{n}",
                           detail="expected sentence<TAB>label with a label 0-4")
        rows.append((sentence.strip(), int(label)))
    if not rows:
        raise BadInput("E102", input=str(path))
    return rows


def class_of_root(root: str | None) -> int:
    return ROOT_CLASS.get((root or "")[:2], 0)


def score(gold: list[int], pred: list[int]) -> dict:
    """Macro-F1, per-class P/R/F1 and the confusion (gold -> predicted -> count)."""
    confusion: dict[int, Counter] = defaultdict(Counter)
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    per_class = {}
    f1s = []
    for c in CLASSES:
        tp = confusion[c][c]
        fp = sum(confusion[g][c] for g in CLASSES if g != c)
        fn = sum(v for p, v in confusion[c].items() if p != c)
        prec, rec, f1 = prf(tp, fp, fn)
        f1s.append(f1)
        per_class[str(c)] = {"name": CLASS_NAMES[c], "n": tp + fn, "precision": round(prec, 4),
                             "recall": round(rec, 4), "f1": round(f1, 4)}
    n = len(gold)
    return {
        "n": n,
        "macro_f1": round(sum(f1s) / len(f1s), 4),
        "accuracy": round(sum(confusion[c][c] for c in CLASSES) / n, 4) if n else 0.0,
        "per_class": per_class,
        "confusion": {str(g): {str(p): confusion[g][p] for p in CLASSES} for g in CLASSES},
    }


def evaluate_conflibert(settings: Settings, path: Path | None = None,
                        limit: int | None = None, split: str | None = None) -> dict:
    """Code every sentence of the file with the coder of `settings` and score the classes."""
    from sitrep.coding import make_coder

    path = Path(path) if path else default_path()
    rows = load_gold(path)
    rows = select_rows(rows, split, limit)
    coder = make_coder(settings)
    preds, roots = [], []
    for text, _ in rows:
        ev = code_main_event(coder, text)
        root = ev.cameo_root if ev is not None else None
        roots.append(root)
        preds.append(class_of_root(root))
    result = score([g for _, g in rows], preds)
    result["n_with_event"] = sum(1 for r in roots if r)
    result["file"] = str(path)
    result["dictionaries"] = [str(d) for d in settings.dictionaries]
    result["errors"] = [
        {"gold": g, "predicted": p, "cameo_root": r, "text": t}
        for (t, g), p, r in zip(rows, preds, roots, strict=True) if g != p
    ][:40]
    return result


def format_result(r: dict) -> str:
    lines = [
        f"ConfliBERT CAMEO classes ({r['n']} sentences, {r['n_with_event']} with an event)",
        f"  macro_f1  {r['macro_f1']:.3f}   accuracy {r['accuracy']:.3f}",
        "",
        "class                   n   prec  rec   f1",
    ]
    for c, row in r["per_class"].items():
        lines.append(f"  {c} {row['name']:<18} {row['n']:>4}  {row['precision']:.2f}  "
                     f"{row['recall']:.2f}  {row['f1']:.2f}")
    lines += ["", "confusion (rows gold, columns predicted 0..4):"]
    for g, row in r["confusion"].items():
        lines.append(f"  {g}: " + " ".join(f"{row[str(p)]:>4}" for p in CLASSES))
    return "\n".join(lines)
