"""The docs keep up with the code: the CLI reference is current, every code is documented."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from sitrep import errors

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" /
                                                  "gen_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current():
    current = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert current == _generator().render(), "docs/cli.md is stale: run `make docs`"


def test_every_command_is_in_the_cli_reference():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    names = _generator().command_names()
    assert {"sitrep ingest", "sitrep articles", "sitrep stories", "sitrep events",
            "sitrep doctor"} <= set(names)
    missing = [n for n in names if f"## `{n}`" not in text]
    assert missing == []


def test_every_error_code_is_documented():
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    missing = [code for code in errors.MESSAGES if f"`{code}`" not in text]
    assert missing == [], f"add these codes to docs/errors.md: {missing}"


def test_every_exit_code_is_documented():
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    exits = {name: value for name, value in vars(errors).items()
             if name.startswith("EXIT_") and isinstance(value, int)}
    assert len(exits) >= 6
    table_codes = set(re.findall(r"^\| `(\d+)` \|", text, re.M))
    assert {str(v) for v in exits.values()} <= table_codes


def test_readme_links_resolve():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", readme)
    assert links, "README.md should link to the docs"
    assert [link for link in links if not (ROOT / link).exists()] == []
