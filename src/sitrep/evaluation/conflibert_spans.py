"""ConfliBERT CAMEO actor spans (cameo_ner/train.txt): who is the source and the target.

The file is CoNLL-style, `token tag` per line and a blank line between sentences; tags are
B-/I-S (source), B-/I-T (target), B-/I-R (reciprocal: parties that act on each other, "X met
Y": each is a gold span of both roles, found when a predicted span of either role overlaps it)
and O.

Prediction: the sentence (its tokens joined by spaces) is coded with `Coder.code_text`; its
main event (`sitrep.evaluation.main_event`) gives the predicted spans: each name of its actor
(source) and recipient (target) side, located in the sentence as the tokens of the name's words
(a composite name such as "Gondor soldiers" for "soldiers from Gondor" is found word by word).

Metrics, per role (source, target) and for both together, over all sentences:
- precision: share of predicted spans that overlap a gold span of the role;
- recall: share of gold spans of the role that some predicted span overlaps;
- F1 of the two. Overlap is lenient (one shared token), as actor names rarely cover a gold
  span's articles and modifiers ("a Swiss court" / "Swiss court").
A sentence with no coded event predicts no spans.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sitrep.config import Settings
from sitrep.errors import BadInput, NotFound
from sitrep.evaluation.common import code_main_event, f1_of, select_rows, shared_dir

ROLES = ("source", "target")
TAGS = {"S": "source", "T": "target", "R": "reciprocal"}


def default_path() -> Path:
    """../shared/peers/conflibert_cameo/cameo_ner/train.txt beside the project root."""
    return shared_dir() / "peers" / "conflibert_cameo" / "cameo_ner" / "train.txt"


def load_gold(path: Path) -> list[tuple[list[str], dict[str, list[frozenset[int]]]]]:
    """(tokens, role -> gold spans as token-index sets) per sentence of a CoNLL file."""
    if not path.is_file():
        raise NotFound("E401", kind="file", value=str(path))
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput("E104", input=str(path)) from exc
    out = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            out.append((list(tokens), _spans(tags)))
        tokens.clear()
        tags.clear()

    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            flush()
            continue
        word, sep, tag = line.rstrip().rpartition(" ")
        if not sep or not (tag == "O" or (tag[:2] in ("B-", "I-") and tag[2:] in TAGS)):
            raise BadInput("E107", input=f"{path}:{n}",
                           detail="expected 'token tag' with a tag O, B-S, I-S, B-T, I-T, "
                                  "B-R or I-R")
        tokens.append(word)
        tags.append(tag)
    flush()
    if not out:
        raise BadInput("E102", input=str(path))
    return out


def _spans(tags: list[str]) -> dict[str, list[frozenset[int]]]:
    spans: dict[str, list[frozenset[int]]] = {r: [] for r in (*ROLES, "reciprocal")}
    current: list[int] = []
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        if current and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            spans[TAGS[kind]].append(frozenset(current))
            current = []
        if tag != "O":
            if tag.startswith("B-") or not current:
                kind = tag[2:]
            current.append(i)
    return spans


def locate(name: str, tokens: list[str]) -> frozenset[int]:
    """The token indices of a name's words in the sentence (first occurrence of each)."""
    lowered = [t.lower() for t in tokens]
    found = set()
    for word in name.lower().split():
        if word in lowered:
            found.add(lowered.index(word))
    return frozenset(found)


def score(gold: list[dict[str, list[frozenset[int]]]],
          preds: list[dict[str, list[frozenset[int]]]]) -> dict:
    """Overlap precision/recall/F1 per role and for both roles (see the module doc)."""
    counts = {r: Counter() for r in (*ROLES, "both")}
    for g, p in zip(gold, preds, strict=True):
        recip = g.get("reciprocal", [])
        either = [x for r in ROLES for x in p[r]]
        for role in ROLES:
            for key in (role, "both"):
                c = counts[key]
                c["pred"] += len(p[role])
                c["gold"] += len(g[role]) + len(recip)
                c["pred_ok"] += sum(1 for s in p[role] if any(s & x for x in g[role] + recip))
                c["gold_ok"] += sum(1 for x in g[role] if any(s & x for s in p[role]))
                c["gold_ok"] += sum(1 for x in recip if any(s & x for s in either))
    out: dict = {}
    for key, c in counts.items():
        precision = c["pred_ok"] / c["pred"] if c["pred"] else 0.0
        recall = c["gold_ok"] / c["gold"] if c["gold"] else 0.0
        f1 = f1_of(precision, recall)
        out[key] = {"precision": round(precision, 4), "recall": round(recall, 4),
                    "f1": round(f1, 4), "n_gold": c["gold"], "n_predicted": c["pred"]}
    return out


def predict(coder, tokens: list[str]) -> tuple[dict[str, list[frozenset[int]]], object | None]:
    ev = code_main_event(coder, " ".join(tokens))
    spans: dict[str, list[frozenset[int]]] = {r: [] for r in ROLES}
    if ev is not None:
        for role, names in (("source", ev.actor_names), ("target", ev.recipient_names)):
            for name in names:
                s = locate(name, tokens)
                if s and s not in spans[role]:
                    spans[role].append(s)
    return spans, ev


def evaluate_spans(settings: Settings, path: Path | None = None,
                   limit: int | None = None, split: str | None = None) -> dict:
    """Code every sentence of the CoNLL file with the coder of `settings` and score spans."""
    from sitrep.coding import make_coder

    path = Path(path) if path else default_path()
    rows = load_gold(path)
    rows = select_rows(rows, split, limit)
    coder = make_coder(settings)
    preds, events = [], []
    for tokens, _ in rows:
        spans, ev = predict(coder, tokens)
        preds.append(spans)
        events.append(ev)
    result = score([g for _, g in rows], preds)
    result = {"n": len(rows), "n_with_event": sum(1 for e in events if e is not None),
              "source_f1": result["source"]["f1"], "target_f1": result["target"]["f1"],
              "span_f1": result["both"]["f1"], **result}
    missed: Counter = Counter()
    for (tokens, g), p in zip(rows, preds, strict=True):
        for role in (*ROLES, "reciprocal"):
            found = p[role] if role in ROLES else [x for r in ROLES for x in p[r]]
            for x in g[role]:
                if not any(s & x for s in found):
                    missed[f"{' '.join(tokens[i] for i in sorted(x))} ({role})"] += 1
    result["most_missed"] = missed.most_common(15)
    result["file"] = str(path)
    result["dictionaries"] = [str(d) for d in settings.dictionaries]
    return result


def format_result(r: dict) -> str:
    lines = [
        f"ConfliBERT CAMEO actor spans ({r['n']} sentences, {r['n_with_event']} with an event)",
        "role        prec   rec    f1     gold  predicted",
    ]
    for key in (*ROLES, "both"):
        row = r[key]
        lines.append(f"  {key:<8} {row['precision']:.3f}  {row['recall']:.3f}  {row['f1']:.3f}  "
                     f"{row['n_gold']:>5}  {row['n_predicted']:>5}")
    lines += ["", "most missed spans:"]
    lines += [f"  {n:>3}  {name}" for name, n in r["most_missed"]]
    return "\n".join(lines)
