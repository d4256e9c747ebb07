"""PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt): event type and actor/recipient countries.

Each record's text is coded with `Coder.code_text(text, published)` on the record's own
"date" (2000-01-01 for every record of the PLOVER file; a record without one is coded on that
date too), so that dated roles hold as they did then. The predicted event of a record is its
MAIN event (`sitrep.evaluation.main_event`) among the events PLOVER has a type for (when the
text has any): the event whose trigger word stands highest in the dependency parse of its
sentence; ties go to the earlier sentence, then to the event coded first. Gold is never
consulted to choose.

Metrics (all shares of records):
- event_type_accuracy: main event's PLOVER type == gold type, over all records; the old
  PLOVER 0.5 names of the file are mapped first (DEMAND->REQUEST, DISAPPROVE->ACCUSE,
  INVESTIGATE->ACCUSE, FIGHT->ASSAULT); a record with no predicted event counts as wrong.
- actor_accuracy: over records with a gold source, the set of countries of the main event's
  actor codes equals the set of gold source countries. A code's country is its first three
  letters, read as sitrep reads countries everywhere (`sitrep.actor_codes.country_of`): a
  federation's constituent in a dated role is its own country (SCGSRB -> SRB), Phoenix's old
  spellings are ISO's (TMP -> TLS); organisations (IGO, NGO, ...) stay as they are.
- recipient_accuracy: the same for recipients vs gold targets, over records with a gold target.
- country_match: over records with both a gold source and a gold target, actor AND recipient
  country sets both match.
- full_match_rate: over all records, type correct and actor countries == gold source countries
  and recipient countries == gold target countries (an empty gold side must be predicted empty).
Gold codes that are not ISO 3166 alpha-3 but mean a country (JAP, ITL, VTN in this file) are
read as the ISO code (`GOLD_CODE_ALIASES`); IGO/NGO and similar stay as they are.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep.actor_codes import home
from sitrep.config import Settings
from sitrep.errors import BadInput, NotFound
from sitrep.evaluation.common import code_main_event, select_rows, shared_dir

OLD_TYPE_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                  "FIGHT": "ASSAULT"}
GOLD_CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
RECORD_DATE = date(2000, 1, 1)  # the date of every record of the PLOVER file; a record
# of another file without a readable "date" is coded on it too
NONE = "(none)"


@dataclass
class GoldRecord:
    id: str
    text: str
    event: str  # current PLOVER name
    sources: list[tuple[str, str]] = field(default_factory=list)  # (actor text, code)
    targets: list[tuple[str, str]] = field(default_factory=list)
    published: date = RECORD_DATE  # the record's "date" (dated roles hold on it)


@dataclass
class Prediction:
    plover_type: str | None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    trigger: str | None = None


def default_path() -> Path:
    """../shared/peers/plover_gsr_cameo/PLOVER_GSR_CAMEO.txt beside the project root."""
    return shared_dir() / "peers" / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.txt"


def _actors(value: object) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    return [(str(a.get("actorText", "")), str(a["code"])) for a in value
            if isinstance(a, dict) and a.get("code")]


def load_gold(path: Path) -> list[GoldRecord]:
    """The records of a PLOVER GSR file (a JSON array), without its DOCUMENT records."""
    if not path.is_file():
        raise NotFound("E401", kind="file", value=str(path))
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput("E106", input=str(path), detail=str(exc)) from exc
    if not isinstance(data, list):
        raise BadInput("E106", input=str(path), detail="expected a JSON array of records")
    out = []
    for rec in data:
        if not isinstance(rec, dict) or rec.get("event") in (None, "DOCUMENT") or \
                not rec.get("text"):
            continue
        event = str(rec["event"]).upper()
        out.append(GoldRecord(str(rec.get("id", len(out))), str(rec["text"]),
                              OLD_TYPE_NAMES.get(event, event),
                              _actors(rec.get("source")), _actors(rec.get("target")),
                              _record_date(rec.get("date"))))
    if not out:
        raise BadInput("E102", input=str(path))
    return out


def _record_date(value: object) -> date:
    """A record's "date" (YYYY-MM-DD), or `RECORD_DATE` when it has none or an unreadable
    one."""
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return RECORD_DATE


def country(code: str) -> str:
    """The country of an actor code as `sitrep.actor_codes.country_of` reads it (SCGSRBGOV ->
    SRB, TMPGOV -> TLS); organisations, regions and `---` keep their first three letters."""
    code = code.upper()
    return home(GOLD_CODE_ALIASES.get(code[:3], code[:3]) + code[3:])


def _id_number(rec: GoldRecord) -> int:
    """The number at the end of a record id (PLOVER-GSR01-AGREE-0023 -> 23), for `--split`."""
    m = re.search(r"(\d+)$", rec.id)
    return int(m.group(1)) if m else 0


def prefix_country(code: str) -> str:
    """The first three letters of a code (gold aliases read as ISO): the reading before
    `country` knew old and constituent codes (`--prefix-countries`)."""
    c = code[:3].upper()
    return GOLD_CODE_ALIASES.get(c, c)


def score(gold: list[GoldRecord], preds: list[Prediction | None],
          country_of_code: Callable[[str], str] = country) -> dict:
    """The metrics of the module doc for aligned gold records and predictions (countries read
    with `country_of_code`, `country` by default)."""
    country = country_of_code

    def _countries(codes: Iterable[str]) -> frozenset[str]:
        return frozenset(country(c) for c in codes if c)

    n = len(gold)
    type_ok = full = 0
    n_src = src_ok = n_tgt = tgt_ok = n_both = both_ok = 0
    confusion: dict[str, Counter] = defaultdict(Counter)
    missed: Counter = Counter()
    for g, p in zip(gold, preds, strict=True):
        ptype = p.plover_type if p and p.plover_type else NONE
        confusion[g.event][ptype] += 1
        t_ok = ptype == g.event
        type_ok += t_ok
        pa = _countries(p.actors) if p else frozenset()
        pr = _countries(p.recipients) if p else frozenset()
        ga = _countries(c for _, c in g.sources)
        gt = _countries(c for _, c in g.targets)
        a_ok, r_ok = pa == ga, pr == gt
        if ga:
            n_src += 1
            src_ok += a_ok
        if gt:
            n_tgt += 1
            tgt_ok += r_ok
        if ga and gt:
            n_both += 1
            both_ok += a_ok and r_ok
        full += t_ok and a_ok and r_ok
        for text, code in g.sources:
            if country(code) not in pa:
                missed[f"{text} ({country(code)}) as actor"] += 1
        for text, code in g.targets:
            if country(code) not in pr:
                missed[f"{text} ({country(code)}) as recipient"] += 1

    def share(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    per_type = {}
    for t in sorted(confusion):
        row = confusion[t]
        total = sum(row.values())
        ok = row.get(t, 0)
        per_type[t] = {"n": total, "correct": ok, "accuracy": share(ok, total)}
    return {
        "n": n,
        "n_with_event": sum(1 for p in preds if p and p.plover_type),
        "event_type_accuracy": share(type_ok, n),
        "country_match": share(both_ok, n_both),
        "n_country_match": n_both,
        "actor_accuracy": share(src_ok, n_src),
        "n_actor": n_src,
        "recipient_accuracy": share(tgt_ok, n_tgt),
        "n_recipient": n_tgt,
        "full_match_rate": share(full, n),
        "per_type": per_type,
        "confusion": {g: dict(row.most_common()) for g, row in sorted(confusion.items())},
        "most_missed_actors": missed.most_common(15),
    }


def _typed(ev) -> bool:
    """An event PLOVER has a type for: only such an event can be a PLOVER record's."""
    return ev.plover_type is not None


def predict(coder, text: str, published: date = RECORD_DATE) -> Prediction | None:
    ev = code_main_event(coder, text, published, keep=_typed)
    if ev is None:
        return None
    return Prediction(ev.plover_type, list(ev.actor), list(ev.recipient), ev.trigger)


def evaluate_plover(settings: Settings, path: Path | None = None,
                    limit: int | None = None, prefix_countries: bool = False,
                    split: str | None = None) -> dict:
    """Code every record of the file with the coder of `settings` and score it."""
    from sitrep.coding import make_coder

    path = Path(path) if path else default_path()
    gold = load_gold(path)
    gold = select_rows(gold, split, limit, _id_number)
    coder = make_coder(settings)
    preds = [predict(coder, g.text, g.published) for g in gold]
    result = score(gold, preds, prefix_country if prefix_countries else country)
    result["country_reading"] = "prefix" if prefix_countries else "sitrep"
    result["file"] = str(path)
    result["dictionaries"] = [str(d) for d in settings.dictionaries]
    result["errors"] = [
        {"id": g.id, "gold": g.event, "predicted": p.plover_type if p else None,
         "trigger": p.trigger if p else None, "text": g.text}
        for g, p in zip(gold, preds, strict=True)
        if not p or p.plover_type != g.event
    ][:40]
    return result


def format_result(r: dict) -> str:
    """A plain-text report: the headline figures, per-type accuracy, confusions, missed actors."""
    lines = [
        f"PLOVER GSR ({r['n']} records, {r['n_with_event']} with a predicted event)",
        f"  event_type_accuracy  {r['event_type_accuracy']:.3f}",
        f"  country_match        {r['country_match']:.3f}  (over {r['n_country_match']} records "
        "with gold source and target)",
        f"  actor_accuracy       {r['actor_accuracy']:.3f}  (over {r['n_actor']})",
        f"  recipient_accuracy   {r['recipient_accuracy']:.3f}  (over {r['n_recipient']})",
        f"  full_match_rate      {r['full_match_rate']:.3f}",
        "",
        "gold type       n  acc    predicted as (count)",
    ]
    for t, row in r["per_type"].items():
        preds = ", ".join(f"{k} {v}" for k, v in r["confusion"][t].items())
        lines.append(f"  {t:<12} {row['n']:>3}  {row['accuracy']:.2f}  {preds}")
    lines += ["", "most missed actors:"]
    lines += [f"  {n:>3}  {name}" for name, n in r["most_missed_actors"]]
    return "\n".join(lines)
