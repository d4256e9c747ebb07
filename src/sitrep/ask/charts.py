"""Charts for the HTML brief as inline SVG, built here with no JavaScript and nothing fetched."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from html import escape

COLOURS = {"asserted": "#1f77b4", "alleged": "#d62728", "denied": "#7f7f7f",
           "planned": "#2ca02c", "hypothetical": "#9467bd", "negated": "#8c564b"}


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def timeline_svg(events: list[dict], *, width: int = 760) -> str:
    """Events on a date axis, one lane per actor -> recipient pair, coloured by modality.
    `events` are dicts with event_id, date_start, date_end, actor, recipient, modality, text."""
    dated = [e for e in events if e.get("date_start")]
    lanes: OrderedDict[str, list[dict]] = OrderedDict()
    for e in sorted(dated, key=lambda e: e["date_start"]):
        label = f"{'+'.join(_short(e.get('actor')))} → {'+'.join(_short(e.get('recipient')))}"
        label = label if len(label) <= 36 else label[:35] + "…"
        lanes.setdefault(label, []).append(e)
    left, top, lane_h = 230, 30, 26
    height = top + lane_h * max(len(lanes), 1) + 40
    parts = [f'<svg id="timeline-chart" class="chart timeline" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{height}" role="img" aria-label="Timeline of events">',
             '<title>Timeline of events by dyad, coloured by modality</title>']
    if not dated:
        parts.append(f'<text x="10" y="{top}">No dated events.</text></svg>')
        return "".join(parts)
    start = min(_d(e["date_start"]) for e in dated)
    end = max(_d(e.get("date_end") or e["date_start"]) for e in dated)
    span = max((end - start).days, 1)
    plot = width - left - 20

    def x(day: date) -> float:
        return left + plot * (day - start).days / span

    axis_y = top + lane_h * len(lanes) + 5
    parts.append(f'<line x1="{left}" y1="{axis_y}" x2="{left + plot}" y2="{axis_y}" '
                 'stroke="#444"/>')
    for day in sorted({start, end, *(_d(e["date_start"]) for e in dated)}):
        parts.append(f'<line x1="{x(day):.1f}" y1="{axis_y}" x2="{x(day):.1f}" '
                     f'y2="{axis_y + 4}" stroke="#444"/>')
    parts.append(f'<text x="{left}" y="{axis_y + 18}" font-size="11">{start.isoformat()}</text>')
    parts.append(f'<text x="{left + plot}" y="{axis_y + 18}" font-size="11" '
                 f'text-anchor="end">{end.isoformat()}</text>')
    for i, (label, evs) in enumerate(lanes.items()):
        y = top + i * lane_h
        parts.append(f'<text x="{left - 8}" y="{y + 15}" font-size="11" text-anchor="end">'
                     f'{escape(label)}</text>')
        for e in evs:
            s, t = _d(e["date_start"]), _d(e.get("date_end") or e["date_start"])
            colour = COLOURS.get(e.get("modality"), "#333")
            tip = escape(f"{e.get('evidence', '')} {e.get('text') or e.get('cameo_code')}")
            if t > s:
                parts.append(f'<rect class="event" x="{x(s):.1f}" y="{y + 5}" '
                             f'width="{max(x(t) - x(s), 3):.1f}" height="12" fill="{colour}" '
                             f'opacity="0.8"><title>{tip}</title></rect>')
            else:
                parts.append(f'<circle class="event" cx="{x(s):.1f}" cy="{y + 11}" r="6" '
                             f'fill="{colour}"><title>{tip}</title></circle>')
    lx = left
    for modality, colour in COLOURS.items():
        parts.append(f'<rect x="{lx}" y="6" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{lx + 14}" y="15" font-size="11">{modality}</text>')
        lx += 88
    parts.append("</svg>")
    return "".join(parts)


def dyad_svg(rows: list[dict], *, title: str, width: int = 760) -> str:
    """Goldstein sum per dyad (all periods together) as diverging horizontal bars, with the
    event count and QuadClass counts as labels. `rows` are `sitrep dyads` rows."""
    totals: OrderedDict[str, dict] = OrderedDict()
    for r in rows:
        t = totals.setdefault(f"{r['actor']} → {r['recipient']}",
                              {"g": 0.0, "n": 0, "q": [0, 0, 0, 0]})
        t["g"] += r["goldstein_sum"] or 0.0
        t["n"] += r["n_events"]
        for q in range(4):
            t["q"][q] += r[f"quad{q + 1}"]
    left, top, bar_h = 170, 34, 22
    height = top + bar_h * max(len(totals), 1) + 20
    parts = [f'<svg id="dyad-chart" class="chart dyads" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{height}" role="img" aria-label="Dyad trends">',
             f'<title>{escape(title)}</title>',
             f'<text x="10" y="16" font-size="12">{escape(title)}</text>']
    if not totals:
        parts.append(f'<text x="10" y="{top + 10}">No dyad events.</text></svg>')
        return "".join(parts)
    scale = max(abs(t["g"]) for t in totals.values()) or 1.0
    mid = left + (width - left - 160) / 2
    half = (width - left - 160) / 2
    parts.append(f'<line x1="{mid:.1f}" y1="{top - 4}" x2="{mid:.1f}" '
                 f'y2="{top + bar_h * len(totals)}" stroke="#444"/>')
    for i, (label, t) in enumerate(totals.items()):
        y = top + i * bar_h
        w = half * abs(t["g"]) / scale
        x0 = mid if t["g"] >= 0 else mid - w
        colour = "#2ca02c" if t["g"] >= 0 else "#d62728"
        q = t["q"]
        parts.append(f'<text x="{left - 8}" y="{y + 14}" font-size="11" text-anchor="end">'
                     f'{escape(label)}</text>')
        parts.append(f'<rect class="dyad" x="{x0:.1f}" y="{y + 3}" width="{max(w, 1):.1f}" '
                     f'height="14" fill="{colour}"><title>{escape(label)}: Goldstein sum '
                     f'{t["g"]:.1f} over {t["n"]} events</title></rect>')
        parts.append(f'<text x="{width - 150}" y="{y + 14}" font-size="11">'
                     f'{t["g"]:+.1f} ({t["n"]} ev; Q {q[0]}/{q[1]}/{q[2]}/{q[3]})</text>')
    parts.append("</svg>")
    return "".join(parts)


def _short(codes: list[str] | None) -> list[str]:
    from sitrep.analyse.common import parties

    return parties(codes or []) or ["-"]
