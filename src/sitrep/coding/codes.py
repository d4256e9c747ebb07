"""CAMEO code tables: Goldstein score, QuadClass, PLOVER type and mode for a CAMEO code.

Read from `sitrep/data/cameo/codes.csv` (built by scripts/build_dictionaries.py from GDELT's
Goldstein table and PLOVER's CAMEO2PLOVER-2021 table; see data/README.md). A code not in the
table falls back to its longest listed prefix (`0742` -> `074` -> `07`).

QuadClass follows GDELT: roots 01-05 verbal cooperation (1), 06-08 material cooperation (2),
09-13 verbal conflict (3), 14-20 material conflict (4).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.errors import BadConfig


@dataclass(frozen=True)
class CodeInfo:
    cameo: str
    goldstein: float | None
    quad_class: int | None
    plover_type: str | None
    plover_mode: str | None


def quad_class_of(code: str) -> int | None:
    digits = "".join(ch for ch in code[:2] if ch.isdigit())
    if len(digits) < 2:
        return None
    root = int(digits)
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None


@lru_cache(maxsize=1)
def _table() -> dict[str, CodeInfo]:
    text = (resources.files("sitrep") / "data" / "cameo" / "codes.csv").read_text("utf-8")
    table: dict[str, CodeInfo] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), 2):
        try:
            table[row["cameo"]] = CodeInfo(
                row["cameo"],
                float(row["goldstein"]) if row["goldstein"] else None,
                int(row["quad_class"]) if row["quad_class"] else None,
                row["plover_type"] or None,
                row["plover_mode"] or None,
            )
        except (KeyError, ValueError) as exc:
            raise BadConfig("E202", input=f"data/cameo/codes.csv:{n}", detail=str(exc)) from None
    return table


@lru_cache(maxsize=1)
def _intent() -> dict[str, dict[str, str]]:
    text = (resources.files("sitrep") / "data" / "cameo" / "intent.csv").read_text("utf-8")
    return {row["cameo"]: row for row in csv.DictReader(io.StringIO(text))}


def refusal_code(code: str) -> str | None:
    """The CAMEO 'reject/refuse' code (12x) of a cooperative act someone will not do.

    "X will not accept refugees" (07x refused) is 122; data/cameo/intent.csv, column refused.
    """
    table = _intent()
    for k in range(len(code), 1, -1):
        row = table.get(code[:k])
        if row and row.get("refused"):
            return row["refused"]
    # an intent code already (a pattern gave 03x: "accept refugees" 0333): the refusal of
    # the act it announces ("X will not accept refugees" -> 1223, refuse humanitarian aid)
    by_intent = _by_intent()
    for k in range(len(code), 2, -1):
        row = by_intent.get(code[:k])
        if row and row.get("refused"):
            return row["refused"]
    return None


@lru_cache(maxsize=1)
def _by_intent() -> dict[str, dict[str, str]]:
    """The rows of data/cameo/intent.csv by their cooperative intent code (03x), first row
    first."""
    out: dict[str, dict[str, str]] = {}
    for row in _intent().values():
        if row.get("planned", "").startswith("03"):
            out.setdefault(row["planned"], row)
    return out


def act_code(intent: str) -> str | None:
    """The CAMEO code of the act an intent code announces (0334 -> 074, 036 -> 04): the
    reverse of `intent_code` (data/cameo/intent.csv), or None for a code that is no intent."""
    row = _by_intent().get(intent)
    if row is None:
        return None
    return row["cameo"] if len(row["cameo"]) > 2 else row["cameo"] + "0"


def intent_code(code: str) -> str | None:
    """The CAMEO 'express intent' code (03x, or 13x for force) of a planned event of `code`.

    CAMEO codes a promised or scheduled act as the intent to do it: "X will provide aid" is 033,
    "X agreed to meet Y" 036, "X will attack Y" 138 (data/cameo/intent.csv, longest prefix).
    Military posture (15x) and the verbal roots keep their code.
    """
    table = _intent()
    for k in range(len(code), 1, -1):
        row = table.get(code[:k])
        if row and row.get("planned"):
            return row["planned"]
    return None


def code_info(code: str) -> CodeInfo:
    """Goldstein, QuadClass and PLOVER type/mode of a CAMEO code (prefix fallback per field)."""
    table = _table()
    goldstein = ptype = pmode = None
    for k in range(len(code), 1, -1):
        info = table.get(code[:k])
        if info is None:
            continue
        if goldstein is None:
            goldstein = info.goldstein
        if ptype is None and info.plover_type:
            ptype, pmode = info.plover_type, info.plover_mode
    return CodeInfo(code, goldstein, quad_class_of(code), ptype, pmode)
