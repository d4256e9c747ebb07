"""Turning command-line inputs (files, folders, stdin) into decoded texts, checked for size,
emptiness and binary content, and then into Articles through the format readers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import BadInput
from sitrep.ingest.readers import READERS, Defaults, sniff_format
from sitrep.models import Article

STDIN = "stdin"


@dataclass
class Input:
    """One named source of bytes: a file path or stdin."""

    name: str
    path: Path | None = None


def expand(paths: list[str]) -> Iterator[Input | BadInput]:
    """Each path: a file, every file under a folder (sorted; hidden files and a folder's own
    README/LICENSE notes skipped), or `-`."""
    for raw in paths:
        if raw == "-":
            yield Input(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if (
                    child.is_file()
                    and not any(p.startswith(".") for p in rel.parts)
                    and not _is_folder_note(child)
                ):
                    yield Input(str(child), child)
        elif path.is_file():
            yield Input(str(path), path)
        elif path.exists():
            yield BadInput("E113", input=raw)
        else:
            yield BadInput("E101", input=raw)


_NOTES = ("readme", "license", "licence", "copying")


def _is_folder_note(path: Path) -> bool:
    """A README or LICENSE file describing a folder of inputs, not an input itself."""
    return path.stem.lower() in _NOTES


def read_bytes(inp: Input, max_bytes: int) -> bytes:
    if inp.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        size = inp.path.stat().st_size
        if size > max_bytes:
            raise BadInput("E105", input=inp.name, limit=max_bytes)
        data = inp.path.read_bytes()
    if len(data) > max_bytes:
        raise BadInput("E105", input=inp.name, limit=max_bytes)
    return data


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-16 (with or without BOM), UTF-8, Windows-1252, else Latin-1 if
    it looks like text; binary data and undecodable bytes are rejected."""
    if not data.strip():
        raise BadInput("E102", input=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadInput("E104", input=name) from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise BadInput("E103", input=name)
    for encoding in ("utf-8-sig", "cp1252"):  # Windows-1252: Latin-1 plus curly quotes, dashes
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    text = data.decode("latin-1")
    # Latin-1 decodes anything; accept it only if it is mostly printable text.
    odd = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n\f") or 0x7F <= ord(ch) < 0xA0)
    if odd > max(2, len(text) // 200):
        raise BadInput("E104", input=name)
    return text


_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF",
          b"BZh", b"\xfd7zXZ", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no byte-order mark: ASCII-range text with every other byte zero."""
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        return None
    for zeros, encoding in ((head[1::2], "utf-16-le"), (head[0::2], "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            printable = sum(1 for ch in text[:2048] if ch.isprintable() or ch in "\t\r\n")
            return text if printable >= 0.95 * min(len(text), 2048) else None
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith(_MAGIC) or b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) // 20


def read_input(
    inp: Input, *, fmt: str | None, defaults: Defaults, max_bytes: int
) -> Iterator[Article | BadInput]:
    """Articles (or per-record errors) of one input; whole-input errors are raised."""
    text = decode(read_bytes(inp, max_bytes), inp.name)
    if not text.strip():
        raise BadInput("E102", input=inp.name)
    chosen = fmt or sniff_format(inp.name, text)
    if chosen not in READERS:
        raise BadInput("E112", input=inp.name, value=chosen, choices=", ".join(sorted(READERS)))
    found = False
    for record in READERS[chosen](text, inp.name, defaults):
        found = True
        yield record
    if not found:  # e.g. a CSV with only a header row, a JSONL file of blank lines
        raise BadInput("E114", input=inp.name)
