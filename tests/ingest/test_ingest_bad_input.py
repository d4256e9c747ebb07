"""Every kind of bad input gives one named error and the rest of the batch goes on."""

from __future__ import annotations

import io
import json

import pytest

from sitrep.errors import MESSAGES
from sitrep.ingest import Defaults
from sitrep.pipeline import collect

GOOD = "The coast guard of Italy rescued forty migrants near Lampedusa on Sunday."


def run(paths, max_bytes=1_000_000):
    return collect([str(p) for p in paths], fmt=None, defaults=Defaults(), max_bytes=max_bytes)


def codes(errors):
    return sorted((e.input, e.code) for e in errors)


def one_bad(tmp_path, name, data: bytes, **kw):
    """Collect a folder of one good file and one bad one; the good one must survive."""
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / name).write_bytes(data)
    arts, errors = run([tmp_path], **kw)
    assert [a.text for a in arts] == [GOOD]
    return errors


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E103"),
        ("blob.txt", b"\x00\x01\x02binary\x00" * 50, "E103"),
        ("doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "E103"),
        ("empty.txt", b"", "E102"),
        ("blank.txt", b"  \n\t\n ", "E102"),
        ("garbled.txt", bytes([0x81, 0x8d, 0x90, 0x9d, 0x8f]) * 40, "E104"),
        ("no-text.html", b"<html><body><script>var x = 1;</script></body></html>", "E109"),
        ("no-items.xml", b"<?xml version='1.0'?><rss><channel><title>T</title></channel></rss>",
         "E108"),
        ("bad.xml", b"<?xml version='1.0'?><rss><channel><item><<<</rss>", "E108"),
        ("header-only.csv", b"text,title\n", "E114"),
        ("no-text-column.csv", b"title,url\nA,https://a.example\n", "E107"),
        ("array.json", b'[{"text": "unfinished', "E106"),
    ],
)
def test_whole_input_rejected(tmp_path, name, data, code):
    errors = one_bad(tmp_path, name, data)
    assert (str(tmp_path / name), code) in codes(errors)
    assert all(e.input.startswith(str(tmp_path / name)) for e in errors)


def test_error_line_names_input_and_reason(tmp_path):
    [e] = one_bad(tmp_path, "empty.txt", b"")
    assert e.line() == f"{tmp_path / 'empty.txt'}: {MESSAGES['E102']} [E102]"


def test_latin1_and_utf16_files_are_read(tmp_path):
    (tmp_path / "latin1.txt").write_bytes(
        "Caf\u00e9 owners in Lyon protested against a tax on Monday.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(
        "The parliament of Kenya passed a finance bill on Thursday.".encode("utf-16"))
    (tmp_path / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    arts, errors = run([tmp_path])
    assert errors == []
    assert sorted(a.text[:12] for a in arts) == sorted(
        ["Caf\u00e9 owners ", "The parliame", GOOD[:12]])


def test_over_the_size_limit(tmp_path):
    errors = one_bad(tmp_path, "big.txt", ("Words about a war. " * 100).encode(), max_bytes=500)
    assert codes(errors) == [(str(tmp_path / "big.txt"), "E105")]
    assert "500 bytes" in errors[0].line()


def test_csv_wrong_row_keeps_the_other_rows(tmp_path):
    f = tmp_path / "rows.csv"
    f.write_text('text,outlet\n"Chile signed a trade pact with India on Monday.",A\n'
                 '"too many","fields","here"\n'
                 '"Ghana opened a new port on Friday.",B\n'
                 ',C\n')
    arts, errors = run([f])
    assert [a.outlet for a in arts] == ["A", "B"]
    assert codes(errors) == [(f"{f}:3", "E107"), (f"{f}:5", "E111")]


def test_jsonl_bad_lines_keep_the_others(tmp_path):
    f = tmp_path / "rows.jsonl"
    f.write_text("\n".join([
        json.dumps({"text": "Egypt reopened the Rafah crossing on Saturday."}),
        '{"text": "cut off',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "Niger expelled a diplomat on Friday.", "published": "someday"}),
        json.dumps({"text": "Iraq held local elections on Monday.", "published": "2023-12-18"}),
    ]) + "\n")
    arts, errors = run([f])
    assert [a.text[:5] for a in arts] == ["Egypt", "Iraq "]
    assert codes(errors) == [(f"{f}:2", "E106"), (f"{f}:3", "E106"), (f"{f}:4", "E111"),
                             (f"{f}:5", "E110")]


def test_truncated_feed_keeps_complete_entries_and_says_so(tmp_path):
    f = tmp_path / "cut.xml"
    f.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
                 f"<item><title>A</title><description>{GOOD}</description></item>"
                 "<item><title>B</title><descr")
    arts, errors = run([f])
    assert [a.text for a in arts] == [GOOD]
    assert (str(f), "E108") in codes(errors)


def test_broken_html_markup_still_gives_its_text(tmp_path):
    f = tmp_path / "broken.html"
    f.write_text("<html><body><div><p>Unclosed <b>tag <p>The government of Chile announced "
                 "new tariffs on imported steel on Monday, officials said in a statement.")
    arts, errors = run([f])
    assert errors == []
    assert "tariffs on imported steel" in arts[0].text


def test_unparseable_front_matter_date(tmp_path):
    f = tmp_path / "dated.txt"
    f.write_text(f"---\npublished: the day after never\n---\n{GOOD}\n")
    arts, errors = run([f])
    assert arts == [] and codes(errors) == [(str(f), "E110")]


def test_missing_path_and_special_file(tmp_path):
    arts, errors = run([tmp_path / "nope.txt"])
    assert arts == [] and codes(errors) == [(str(tmp_path / "nope.txt"), "E101")]


def test_hidden_files_and_folder_readme_are_skipped(tmp_path):
    (tmp_path / ".hidden.txt").write_text("Secret notes about a summit.")
    (tmp_path / "README.md").write_text("# About this folder\n\nNews files for testing.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD)
    arts, errors = run([tmp_path])
    assert [a.text for a in arts] == [GOOD] and errors == []


def test_stdin_is_read(monkeypatch):
    data = json.dumps({"text": GOOD, "outlet": "Pipe News"}).encode() + b"\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    [a], errors = collect(["-"], fmt=None, defaults=Defaults(), max_bytes=10_000)
    assert errors == [] and a.source == "stdin" and a.outlet == "Pipe News"


def test_stdin_over_the_limit(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode() * 10)))
    arts, errors = collect(["-"], fmt=None, defaults=Defaults(), max_bytes=100)
    assert arts == [] and codes(errors) == [("stdin", "E105")]


def test_utf16_without_bom_and_windows_1252(tmp_path):
    (tmp_path / "le.txt").write_bytes(GOOD.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(GOOD.replace("forty", "fifty").encode("utf-16-be"))
    smart = "\u201cWe will not sign,\u201d the minister of Peru said on Monday \u2013 again."
    (tmp_path / "cp1252.txt").write_bytes(smart.encode("cp1252"))
    arts, errors = run([tmp_path])
    assert errors == []
    assert sorted(a.text for a in arts) == sorted([GOOD, GOOD.replace("forty", "fifty"), smart])


def test_unreadable_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD)
    locked = tmp_path / "locked.txt"
    locked.write_text("Anything at all.")
    real = type(locked).read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(type(locked), "read_bytes", read_bytes)
    arts, errors = run([tmp_path])
    assert [a.text for a in arts] == [GOOD]
    assert codes(errors) == [(str(locked), "E115")]
    assert "Permission denied" in errors[0].line()
