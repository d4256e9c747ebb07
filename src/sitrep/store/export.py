"""Export events with their mentions: csv, jsonl, parquet (DuckDB COPY) and the GDELT 2.0 event
table layout (61 tab-separated columns; see docs/export.md for what maps to each column)."""

from __future__ import annotations

import csv
import io
import sys
from datetime import date, datetime
from pathlib import Path

from sitrep.actor_codes import is_org
from sitrep.errors import BadInput, StoreError
from sitrep.models import MODALITIES, Event
from sitrep.store.store import Store

FORMATS = ("csv", "jsonl", "parquet", "gdelt")

# The GDELT 2.0 event table, in order (GDELT 2.0 Event Codebook).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
def export(
    store: Store,
    fmt: str,
    out: str | Path | None = None,
    *,
    modality: str | None = None,
    header: bool = False,
) -> int:
    """Write the events (with mentions) in `fmt` to `out` (stdout when None; not for parquet).

    `modality`: None -> every modality, except for `gdelt` where it defaults to `asserted`
    (GDELT has no modality column, so alleged or planned events would read as facts);
    "all" -> every modality. Returns the number of rows written.
    """
    if fmt not in FORMATS:
        raise BadInput("E112", input="--format", value=fmt, choices=", ".join(FORMATS))
    if modality is None and fmt == "gdelt":
        modality = "asserted"
    if modality == "all":
        modality = None
    if modality is not None and modality not in MODALITIES:
        raise BadInput("E112", input="--modality", value=modality,
                       choices=", ".join(("all", *MODALITIES)))
    if fmt == "gdelt":
        rows = gdelt_rows(store, modality=modality)
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")
        if header:
            writer.writerow(GDELT_COLUMNS)
        writer.writerows(rows)
        _write_text(buf.getvalue(), out)
        return len(rows)
    if out is None:
        if fmt == "parquet":
            raise BadInput("E201", input="--out", detail="parquet needs a file: give --out PATH")
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"events.{fmt}"
            n = store.copy_events(path, "json" if fmt == "jsonl" else fmt, modality=modality)
            sys.stdout.write(path.read_text("utf-8"))
        return n
    out = Path(out)
    if not out.parent.exists():
        raise StoreError("E302", input=str(out), detail="folder does not exist")
    return store.copy_events(out, "json" if fmt == "jsonl" else fmt, modality=modality)


def _write_text(text: str, out: str | Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    try:
        Path(out).write_text(text, "utf-8")
    except OSError as exc:
        raise StoreError("E302", input=str(out), detail=exc.strerror or str(exc)) from exc


def gdelt_id(event_id: str, pair: int) -> int:
    """GLOBALEVENTID: the first 13 hex digits of the event id as a number, times 100, plus the
    index of the actor pair (events with compound actors give one row per pair)."""
    return int(event_id[:13], 16) * 100 + pair


def _actor_cols(code: str | None, name: str | None) -> list[str]:
    if not code:
        return [""] * 10
    if is_org(code):
        country, known, types = "", code[3:6], [code[6:9], code[9:12], ""]
    else:
        country, known, types = code[:3], "", [code[3:6], code[6:9], code[9:12]]
    return [code, (name or "").upper(), country, known, "", "", "", *types]


def _named(codes: list[str], names: list[str]) -> list[tuple[str | None, str | None]]:
    if not codes:
        return [(None, None)]
    aligned = len(names) == len(codes)
    return [(c, names[i] if aligned else None) for i, c in enumerate(codes)]


def _num(value: object) -> str:
    return "" if value is None else str(value)


def gdelt_rows(store: Store, *, modality: str | None = "asserted") -> list[list[str]]:
    """One row per event and (actor, recipient) pair, in the GDELT 2.0 column order."""
    events = store.events(modality=modality, with_mentions=True)
    article_ids = sorted({m.article_id for e in events for m in e.mentions})
    articles = {a["article_id"]: a for a in store.articles(article_ids=article_ids,
                                                           with_text=False)}
    rows = []
    for e in events:
        arts = [articles[m.article_id] for m in e.mentions if m.article_id in articles]
        day = e.date_start or min((a["published"] for a in arts if a["published"]),
                                  default=None)
        added = min((a["ingested_at"] for a in arts if a["ingested_at"]), default=None)
        first = min(arts, key=_published_key, default=None)
        url = (first["url"] or first["source"] or "") if first else ""
        root = 1 if any(m.sentence_index < 3 for m in e.mentions) else 0
        pairs = [(a, r) for a in _named(e.actor, e.actor_names)
                 for r in _named(e.recipient, e.recipient_names)]
        for i, (a, r) in enumerate(pairs):
            rows.append([
                str(gdelt_id(e.event_id, i)), *_date_cols(day),
                *_actor_cols(*a), *_actor_cols(*r),
                str(root), e.cameo_code or "", (e.cameo_code or "")[:3], e.cameo_root,
                _num(e.quad_class), _num(e.goldstein), _num(e.n_mentions), _num(e.n_outlets),
                _num(e.n_articles), "",
                *([""] * 8), *([""] * 8), *_geo_cols(e),
                added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else "",
                url,
            ])
    return rows


def _published_key(a: dict) -> tuple:
    return (a["published"] is None, a["published"] or date.max, a["article_id"])


def _date_cols(day: date | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _geo_cols(e: Event) -> list[str]:
    p = e.place
    if not p or not (p.name or p.country):
        return [""] * 8
    geo_type = "4" if p.lat is not None and p.name else "1"
    return [geo_type, p.name or p.country or "", p.country or "", "", "",
            _num(p.lat), _num(p.lon), ""]
