"""Each input format read into Articles (readers and sources, no coder, no store)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.errors import BadInput
from sitrep.ingest import Defaults, Input, read_input
from sitrep.ingest.readers import sniff_format
from sitrep.models import article_id_for

MAX = 1_000_000


def read(path, fmt=None, defaults=None):
    """(articles, errors) of one file."""
    arts, errs = [], []
    for rec in read_input(Input(str(path), path), fmt=fmt, defaults=defaults or Defaults(),
                          max_bytes=MAX):
        (errs if isinstance(rec, BadInput) else arts).append(rec)
    return arts, errs


def test_plain_text_title_and_defaults(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("Navy drills end\n\nThe navy of Chile ended its coastal drills on Tuesday.\n")
    arts, errs = read(f, defaults=Defaults(published=date(2023, 5, 2), outlet="Coast Post"))
    assert errs == []
    [a] = arts
    assert a.title == "Navy drills end"
    assert a.text == "The navy of Chile ended its coastal drills on Tuesday."
    assert a.published == date(2023, 5, 2)
    assert a.outlet == "Coast Post"
    assert a.source == str(f)
    assert a.article_id == article_id_for(a.text)


def test_plain_text_front_matter(tmp_path):
    f = tmp_path / "fm.txt"
    f.write_text("---\noutlet: Valley Herald\npublished: 2023-06-01\nurl: https://v.example/1\n"
                 "desk: farming\n---\nRain returns\n\nFarmers in Kenya welcomed heavy rain on "
                 "Thursday after a long drought.\n")
    [a], errs = read(f, defaults=Defaults(outlet="Ignored Outlet"))
    assert errs == []
    assert (a.outlet, a.published, a.url, a.title) == (
        "Valley Herald", date(2023, 6, 1), "https://v.example/1", "Rain returns")
    assert a.metadata == {"desk": "farming"}
    assert a.text.startswith("Farmers in Kenya")


def test_text_that_only_looks_like_front_matter_is_kept(tmp_path):
    f = tmp_path / "dash.txt"
    f.write_text("---\nThe minister said: we will sign.\n---\nMore text follows here.\n")
    [a], _ = read(f)
    assert "we will sign" in a.text and a.metadata == {}


def test_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Port strike | Gulf Ledger</title>"
        '<meta property="og:site_name" content="Gulf Ledger">'
        '<meta property="article:published_time" content="2023-04-11"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/x'>Sports</a></nav><article><h1>Port strike</h1>"
        "<p>Dock workers in Rotterdam went on strike on Tuesday to demand higher wages, "
        "their union said in a statement to reporters.</p>"
        "<p>The port authority said ships were waiting outside the harbour and that talks "
        "with the union would resume on Wednesday morning.</p></article>"
        "<footer>All rights reserved</footer></body></html>"
    )
    [a], errs = read(f)
    assert errs == []
    assert "Dock workers in Rotterdam went on strike" in a.text
    assert "Sports" not in a.text and "rights reserved" not in a.text
    assert a.outlet == "Gulf Ledger"
    assert a.published == date(2023, 4, 11)


def test_jsonl_fields_aliases_and_metadata(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [
        {"text": "Troops of Mali entered the town of Kidal on Tuesday.", "title": "Kidal",
         "url": "https://x.example/1", "published": "2023-11-14", "outlet": "Sahel Wire",
         "topic": "security", "rank": 3},
        {"body": "The central bank of Brazil cut its main interest rate on Wednesday.",
         "headline": "Rate cut", "date": "2 August 2023", "publisher": "Rio Notes"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    (a, b), errs = read(f)
    assert errs == []
    assert (a.title, a.url, a.published, a.outlet) == (
        "Kidal", "https://x.example/1", date(2023, 11, 14), "Sahel Wire")
    assert a.metadata == {"topic": "security", "rank": 3}
    assert (b.title, b.published, b.outlet) == ("Rate cut", date(2023, 8, 2), "Rio Notes")
    assert b.text.startswith("The central bank of Brazil")


def test_json_array_is_read_too(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"text": "Fire crews in Greece fought a wildfire on Rhodes."},
                             {"text": "Chad closed its border with Sudan on Monday."}]))
    arts, errs = read(f)
    assert [a.text[:5] for a in arts] == ["Fire ", "Chad "] and errs == []


def test_csv_with_quoted_newlines_and_unknown_columns(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text('title,text,published,outlet,lang_hint\n'
                 'Vote,"Voters in Poland elected a new parliament on Sunday.\n\nTurnout was '
                 'high.",2023-10-15,Vistula Daily,pl\n')
    [a], errs = read(f)
    assert errs == []
    assert a.text.endswith("Turnout was high.") and "\n\n" in a.text
    assert (a.title, a.published, a.outlet) == ("Vote", date(2023, 10, 15), "Vistula Daily")
    assert a.metadata == {"lang_hint": "pl"}


def test_tsv(tmp_path):
    f = tmp_path / "a.tsv"
    f.write_text("text\toutlet\nThe army of Sudan shelled a market on Friday.\tNile Desk\n")
    [a], errs = read(f)
    assert errs == [] and a.outlet == "Nile Desk"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Andes Bulletin</title>
<item><title>Peru protest</title><link>https://andes.example/1</link>
<pubDate>Mon, 16 Jan 2023 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Protesters in Peru blocked roads on Monday to demand new elections.&lt;/p&gt;
</description></item>
<item><title>Bolivia deal</title><link>https://andes.example/2</link>
<description>Bolivia signed a lithium deal with a Chinese group on Friday.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Baltic Brief</title>
<entry><title>Pipeline damage</title><id>urn:1</id><updated>2023-10-10T08:00:00Z</updated>
<link href="https://baltic.example/1"/>
<content type="html">&lt;p&gt;Finland said on Tuesday that a gas pipeline to Estonia was
damaged.&lt;/p&gt;</content></entry></feed>"""


def test_rss_entries(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text(RSS)
    (a, b), errs = read(f)
    assert errs == []
    assert a.text == "Protesters in Peru blocked roads on Monday to demand new elections."
    assert (a.title, a.url, a.outlet, a.published) == (
        "Peru protest", "https://andes.example/1", "Andes Bulletin", date(2023, 1, 16))
    assert b.published is None and b.outlet == "Andes Bulletin"


def test_atom_entries(tmp_path):
    f = tmp_path / "feed.atom"
    f.write_text(ATOM)
    [a], errs = read(f)
    assert errs == []
    assert a.text.startswith("Finland said on Tuesday") and "<p>" not in a.text
    assert (a.outlet, a.published, a.url) == (
        "Baltic Brief", date(2023, 10, 10), "https://baltic.example/1")


def test_feed_text_that_is_a_url_is_not_fetched(tmp_path):
    f = tmp_path / "url.xml"
    f.write_text("https://feeds.example/news.xml\n")
    with pytest.raises(BadInput) as exc:
        read(f)
    assert exc.value.code == "E108"


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("x", "<?xml version='1.0'?><rss><channel></channel></rss>", "feed"),
        ("x", '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ("x", "<!DOCTYPE html><html><body>hi</body></html>", "html"),
        ("x", '{"text": "a"}', "jsonl"),
        ("x", "Just words.", "text"),
        ("a.CSV", "anything", "csv"),
        ("a.htm", "anything", "html"),
    ],
)
def test_sniff_format(name, text, fmt):
    assert sniff_format(name, text) == fmt


def test_format_option_overrides_extension(tmp_path):
    f = tmp_path / "rows.txt"
    f.write_text('{"text": "Japan launched a lunar probe on Thursday.", "outlet": "Orbit"}\n')
    [a], _ = read(f, fmt="jsonl")
    assert a.outlet == "Orbit" and a.text.startswith("Japan launched")


def test_same_text_same_id_whatever_the_spacing_and_quotes():
    assert article_id_for("Kim  said \u201cno\u201d.\n") == article_id_for('kim said "no".')
    assert article_id_for("Kim said no.") != article_id_for("Kim said yes.")
