"""One reader per input format, in a registry keyed by format name.

A reader takes the bytes of one input and yields `Article`s, or `BadInput` errors for records
it cannot use (a malformed JSON line, a CSV row with no text); one bad record never stops the
rest. Errors that make the whole input unusable are raised.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from sitrep.errors import BadInput
from sitrep.ingest.dates import parse_published
from sitrep.models import Article

KNOWN_FIELDS = ("text", "title", "url", "published", "outlet")
# Other common spellings of the known fields in exported news data.
FIELD_ALIASES = {
    "body": "text", "content": "text", "article": "text", "maintext": "text",
    "headline": "title", "link": "url", "date": "published", "pubdate": "published",
    "date_publish": "published", "published_at": "published", "datetime": "published",
    "source_name": "outlet", "publisher": "outlet", "site": "outlet", "source": "outlet",
}

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


@dataclass
class Defaults:
    """What the command line says about inputs that do not say it themselves."""

    published: date | None = None
    outlet: str | None = None


Reader = Callable[[str, str, Defaults], Iterator["Article | BadInput"]]
READERS: dict[str, Reader] = {}


def reader(name: str) -> Callable[[Reader], Reader]:
    def register(fn: Reader) -> Reader:
        READERS[name] = fn
        return fn

    return register


def sniff_format(name: str, text: str) -> str:
    """Format from the file extension, else from the first characters of the text."""
    dot = name.rfind(".")
    if dot != -1 and name[dot:].lower() in EXTENSIONS:
        return EXTENSIONS[name[dot:].lower()]
    head = text.lstrip()[:2000].lower()
    if head.startswith("<?xml") or head.startswith("<rss") or "<feed" in head[:500]:
        return "feed" if ("<rss" in head or "<feed" in head or "<rdf" in head) else "html"
    if head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head:
        return "html"
    if head.startswith("{"):
        return "jsonl"
    return "text"


def _article(fields: dict, *, source: str, defaults: Defaults, where: str) -> Article:
    """Build an Article from a record's fields; unknown fields are kept as metadata."""
    known: dict = {}
    metadata: dict = {}
    for key, value in fields.items():
        k = str(key).strip().lower()
        k = k if k in KNOWN_FIELDS else FIELD_ALIASES.get(k, k)
        if k in KNOWN_FIELDS and k not in known:
            known[k] = value
        else:
            metadata[str(key)] = value
    text = known.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadInput("E111", input=where)
    published = parse_published(known.get("published"), input=where) or defaults.published
    return Article(
        text=text.strip(),
        source=source,
        title=_str(known.get("title")),
        url=_str(known.get("url")),
        outlet=_str(known.get("outlet")) or defaults.outlet,
        published=published,
        metadata=metadata,
    )


def _str(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


@reader("text")
def read_text(text: str, source: str, defaults: Defaults) -> Iterator[Article | BadInput]:
    """Plain text: one article. A short first line followed by a blank line is its title.

    An optional front-matter block of `key: value` lines between two `---` lines at the very top
    gives the known fields (outlet, published, url, title); other keys are kept as metadata.
    """
    fields, body = _front_matter(text.strip())
    body = body.strip()
    first, sep, rest = body.partition("\n")
    if sep and rest.lstrip("\r \t").startswith("\n") and len(first) < 200:
        fields.setdefault("title", first.strip())
        body = rest.strip()
    if not body:
        raise BadInput("E102", input=source)
    fields["text"] = body
    yield _article(fields, source=source, defaults=defaults, where=source)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """(`key: value` fields, rest of the text) of a leading `---` block; ({}, text) if none."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, text
    fields: dict[str, str] = {}
    for n, line in enumerate(lines[1:41], 1):
        if line.strip() == "---":
            return fields, "\n".join(lines[n + 1 :])
        key, colon, value = line.partition(":")
        if not colon or not key.strip() or " " in key.strip():
            return {}, text  # not front matter after all: keep the text as it is
        fields[key.strip()] = value.strip()
    return {}, text


@reader("html")
def read_html(text: str, source: str, defaults: Defaults) -> Iterator[Article | BadInput]:
    """HTML page: the main text via trafilatura, with its title, date, url and site name."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise BadInput("E109", input=source, detail=type(exc).__name__) from exc
    if extracted is None:
        raise BadInput("E109", input=source, detail="no main text found")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    body = (data.get("text") or "").strip()
    first, _, rest = body.partition("\n")
    if rest.strip() and data.get("title") and first.strip().casefold() == str(
        data["title"]
    ).strip().casefold():
        body = rest.strip()  # the headline repeated as the first line: it is the title
    if not body:
        raise BadInput("E109", input=source, detail="no main text found")
    fields = {
        "text": body,
        "title": data.get("title"),
        "url": data.get("url"),
        "outlet": data.get("sitename"),
    }
    published = None
    if data.get("date"):
        try:
            published = parse_published(data["date"], input=source)
        except BadInput:
            published = None
    art = _article(fields, source=source, defaults=defaults, where=source)
    art.published = published or defaults.published
    yield art


@reader("jsonl")
def read_jsonl(text: str, source: str, defaults: Defaults) -> Iterator[Article | BadInput]:
    """JSON Lines (one object a line); a whole-file JSON array or object also works."""
    stripped = text.strip()
    records: list[tuple[str, object]] = []
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise BadInput("E106", input=source, detail=exc.msg) from exc
        records = [(f"{source}[{i}]", r) for i, r in enumerate(data)]
    else:
        lines = stripped.splitlines()
        if stripped.startswith("{") and len(lines) > 1:
            try:  # a pretty-printed single object
                records = [(source, json.loads(stripped))]
            except json.JSONDecodeError:
                records = []
        if not records:
            for n, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                where = f"{source}:{n}"
                try:
                    records.append((where, json.loads(line)))
                except json.JSONDecodeError as exc:
                    yield BadInput("E106", input=where, detail=exc.msg)
    for where, record in records:
        if not isinstance(record, dict):
            yield BadInput("E106", input=where, detail="a record must be a JSON object")
            continue
        try:
            yield _article(record, source=source, defaults=defaults, where=where)
        except BadInput as err:
            yield err


@reader("csv")
def read_csv(text: str, source: str, defaults: Defaults) -> Iterator[Article | BadInput]:
    """CSV or TSV with a header row naming at least a `text` column."""
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel_tab if source.lower().endswith(".tsv") else csv.excel
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(rows)
    except (StopIteration, csv.Error) as exc:
        raise BadInput("E107", input=source, detail="no header row") from exc
    names = [h.strip().lstrip("\ufeff") for h in header]
    lowered = [n.lower() for n in names]
    if "text" not in lowered and not any(FIELD_ALIASES.get(n) == "text" for n in lowered):
        raise BadInput("E107", input=source, detail="header has no 'text' column")
    n = 1
    while True:
        n += 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            yield BadInput("E107", input=f"{source}:{n}", detail=str(exc))
            continue
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(names):
            yield BadInput(
                "E107", input=f"{source}:{n}",
                detail=f"{len(row)} fields where the header has {len(names)}",
            )
            continue
        try:
            yield _article(dict(zip(names, row, strict=True)), source=source,
                           defaults=defaults, where=f"{source}:{n}")
        except BadInput as err:
            yield err


# feedparser's warnings that do not mean the feed is broken.
_HARMLESS_FEED_ERRORS = ("CharacterEncodingOverride", "NonXMLContentType")


@reader("feed")
def read_feed(text: str, source: str, defaults: Defaults) -> Iterator[Article | BadInput]:
    """RSS or Atom feed: one article per entry (its content, else its summary)."""
    import feedparser

    # A stream, never a string: feedparser would fetch a string that looks like a URL or open
    # one that names a file. The text is already decoded, so its declared charset no longer holds.
    parsed = feedparser.parse(
        io.BytesIO(text.encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
    )
    if parsed.bozo and not parsed.entries:
        detail = str(getattr(parsed, "bozo_exception", "not a feed")).splitlines()[0]
        raise BadInput("E108", input=source, detail=detail[:200])
    if not parsed.entries:
        raise BadInput("E108", input=source, detail="no entries")
    problem = parsed.get("bozo_exception")
    if parsed.bozo and type(problem).__name__ not in _HARMLESS_FEED_ERRORS:
        # A broken feed (e.g. truncated): keep the entries read so far, but say so.
        detail = (str(problem).strip() or "broken XML").splitlines()[0]
        yield BadInput("E108", input=source, detail=detail[:200])
    outlet = defaults.outlet or _str(parsed.feed.get("title"))
    for i, entry in enumerate(parsed.entries):
        where = f"{source}#{i + 1}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "") or entry.get("description", "")
        if "<" in body:
            body = _html_to_text(body)
        published = None
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                published = date(*entry[key][:3])
                break
        fields = {
            "text": body,
            "title": entry.get("title"),
            "url": entry.get("link"),
            "outlet": outlet,
            "published": published,
            "id": entry.get("id"),
        }
        try:
            yield _article(fields, source=source, defaults=defaults, where=where)
        except BadInput as err:
            yield err


def _html_to_text(fragment: str) -> str:
    import lxml.html

    try:
        return lxml.html.fromstring(f"<div>{fragment}</div>").text_content().strip()
    except Exception:  # lxml's parser errors are varied; fall back to the raw text
        return fragment
