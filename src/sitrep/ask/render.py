"""Render a brief (the dict of build_brief) as rich terminal output, Markdown, HTML or JSON."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

from sitrep.ask.charts import dyad_svg, timeline_svg
from sitrep.errors import BadInput

FORMATS = ("text", "md", "html", "json")
SECTIONS = (("facts", "Key facts"), ("contested", "Contested claims"), ("upcoming", "Upcoming"),
            ("implications", "Implications"))


def _default(o: object) -> object:
    if isinstance(o, date):
        return o.isoformat()
    return str(o)


def to_json(brief: dict) -> str:
    return json.dumps(brief, ensure_ascii=False, indent=2, default=_default) + "\n"


def _cite_line(c: dict) -> str:
    return (f"\"{' '.join(c['sentence'].split())}\" ({c.get('outlet') or 'unknown outlet'}, "
            f"{c.get('published') or 'undated'}, article {c['article_id']}, "
            f"sentence {c['sentence_index']})")


def _trend_lines(brief: dict) -> list[str]:
    trends = brief["trends"]
    rows = trends["asserted"]
    lines = [trends["note"] + "."]
    if not rows:
        lines.append("No asserted events between the focus actors; all modalities:")
        rows = trends["all"]
    for r in rows:
        mean = "n/a" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:+.1f}"
        lines.append(f"{r['period']} {r['actor']} -> {r['recipient']}: {r['n_events']} events, "
                     f"Goldstein sum {r['goldstein_sum']:+.1f}, mean {mean}, QuadClass "
                     f"{r['quad1']}/{r['quad2']}/{r['quad3']}/{r['quad4']}")
    return lines


def to_markdown(brief: dict) -> str:
    f = brief["focus"]
    out = [f"# {brief['question']}", "", "## Focus", ""]
    actors = ", ".join(f"{a['name']} ({a['code']})" for a in f["actors"]) or "none named"
    out.append(f"- Actors: {actors}")
    if f["groups"]:
        out.append("- Groups: " + "; ".join("+".join(g) for g in f["groups"]))
    out.append("- Event kinds: " + (", ".join(k["name"] for k in f["kinds"]) or "any"))
    out.append(f"- Period: {f['since'] or 'open'} to {f['until'] or 'open'}")
    for key, title in SECTIONS:
        out += ["", f"## {title}", ""]
        items = brief[key]
        if not items:
            out.append("- None.")
        for item in items:
            head = f"**{item['title']}**: " if key == "implications" else ""
            out.append(f"- {head}{item['text']} [{', '.join(item['evidence'])}]")
            for c in item["citations"]:
                out.append(f"  - {_cite_line(c)}")
        if key == "contested":
            out += ["", "## Dyad trends", ""] + [f"- {line}" for line in _trend_lines(brief)]
    if brief.get("narrative"):
        n = brief["narrative"]
        out += ["", f"## Narrative ({n['writer']})", ""] + [s["text"] for s in n["sentences"]]
        out.append(f"\n_{len(n['dropped'])} sentences without valid evidence ids were dropped._")
    out += ["", "## Gaps", ""]
    for g in brief["gaps"] or [{"text": "None noted.", "evidence": []}]:
        ev = f" [{', '.join(g['evidence'])}]" if g["evidence"] else ""
        out.append(f"- {g['text']}{ev}")
    out += ["", "## Evidence", ""]
    out += [f"- {e['id']}: event {e['event_id']}" for e in brief["evidence"]]
    out += ["", f"_{brief['method']}_", ""]
    return "\n".join(out)


def to_html(brief: dict) -> str:
    import jinja2

    template_text = resources.files("sitrep").joinpath("web", "templates", "brief.html") \
        .read_text("utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(template_text)
    timeline_events = [{**u, "text": u["text"]} for u in brief["facts"]]
    trends = brief["trends"]
    if trends["asserted"]:
        rows, title = trends["asserted"], "Goldstein sum per dyad (asserted events only)"
    else:
        rows = trends["all"]
        title = "Goldstein sum per dyad (no asserted events: all modalities shown)"
    return template.render(brief=_Obj(brief), timeline_svg=timeline_svg(timeline_events),
                           dyad_svg=dyad_svg(rows, title=title))


class _Obj(dict):
    """Lets the template use attribute access on nested dicts."""

    def __getattr__(self, key: str) -> object:
        try:
            value = self[key]
        except KeyError as exc:
            raise AttributeError(key) from exc
        return _wrap(value)

    def get(self, key: str, default: object = None) -> object:
        return _wrap(dict.get(self, key, default))


def _wrap(value: object) -> object:
    if isinstance(value, dict):
        return _Obj(value)
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    return value


def rich_renderable(brief: dict):
    """The brief for the terminal: rich panels and lists."""
    from rich.console import Group
    from rich.markdown import Markdown

    return Group(Markdown(to_markdown(brief)))


def render(brief: dict, fmt: str) -> str:
    """The brief as text in a format (`text` is plain text as rich renders it, 100 columns)."""
    if fmt == "json":
        return to_json(brief)
    if fmt == "md":
        return to_markdown(brief)
    if fmt == "html":
        return to_html(brief)
    if fmt == "text":
        from io import StringIO

        from rich.console import Console

        buf = StringIO()
        Console(file=buf, width=100, force_terminal=False, color_system=None) \
            .print(rich_renderable(brief))
        return buf.getvalue()
    raise BadInput("E112", input="--format", value=fmt, choices=", ".join(FORMATS))
