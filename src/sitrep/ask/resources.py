"""Reads the data files of `sitrep ask` (event kinds, actor aliases, CAMEO roots, implication
rules) from the package, each checked against its JSON schema."""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources

import jsonschema
import yaml

from sitrep import yamlfile
from sitrep.errors import BadConfig


def _text(*parts: str) -> str:
    return resources.files("sitrep").joinpath("data", *parts).read_text("utf-8")


def _schema(name: str) -> dict:
    return json.loads(_text("schemas", name))


def _check(data: object, schema: str, where: str) -> None:
    try:
        jsonschema.validate(data, _schema(schema))
    except jsonschema.ValidationError as exc:
        raise BadConfig("E202", input=where, detail=exc.message) from exc


def _yaml(kind: str, name: str, schema: str) -> dict:
    where = f"data/{kind}/{name}"
    try:
        data = yamlfile.load(_text(kind, name))
    except yaml.YAMLError as exc:
        raise BadConfig("E202", input=where, detail=str(exc).splitlines()[0]) from exc
    _check(data, schema, where)
    return data


def _csv(kind: str, name: str, schema: str) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(_text(kind, name))))
    for i, row in enumerate(rows, start=2):
        _check(row, schema, f"data/{kind}/{name}:{i}")
    return rows


@cache
def event_kinds() -> tuple[dict, ...]:
    """The event kinds a question can name (data/ask/event_kinds.yaml)."""
    return tuple(_yaml("ask", "event_kinds.yaml", "event_kinds.schema.json")["kinds"])


@cache
def actor_aliases() -> tuple[dict, ...]:
    """Names, demonyms and capitals of actors (data/ask/actor_aliases.csv)."""
    return tuple(_csv("ask", "actor_aliases.csv", "actor_aliases.schema.json"))


@cache
def cameo_roots() -> dict[str, dict]:
    """CAMEO root code -> {label, verb} (data/ask/cameo_roots.csv)."""
    return {r["root"]: r for r in _csv("ask", "cameo_roots.csv", "cameo_roots.schema.json")}


def implication_rules(text: str | None = None) -> list[dict]:
    """The implication rules (data/rules/implications.yaml, or `text` in the same format)."""
    if text is None:
        return _yaml("rules", "implications.yaml", "implications.schema.json")["rules"]
    data = yamlfile.load(text)
    _check(data, "implications.schema.json", "implication rules")
    return data["rules"]
