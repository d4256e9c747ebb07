"""Derive the built-in dictionaries and CAMEO code tables from the MIT-licensed Phoenix files.

Run from the project root (reads ../shared at build time; the output is committed):

    .venv/bin/python scripts/build_dictionaries.py [--shared ../shared]

Writes (see src/sitrep/data/README.md for sources and licences):
  src/sitrep/data/actors/phoenix.jsonl     actors from Phoenix.{Countries,International,MilNonState}
                                           (people whose every role ended before 1945 are left out)
  src/sitrep/data/actors/countries.jsonl   country names from pycountry (ISO 3166)
  src/sitrep/data/agents/phoenix.jsonl     agents from Phoenix.agents.txt
  src/sitrep/data/verbs/cameo.jsonl        verb classes and patterns from CAMEO.2.0.txt
  src/sitrep/data/verbs/synsets_cameo.jsonl  its synsets
  src/sitrep/data/cameo/codes.csv          CAMEO code, Goldstein (GDELT), QuadClass,
                                           PLOVER type/mode
The hand-written files (actors/curated.jsonl, agents/curated.jsonl, verbs/curated.jsonl,
cameo/plover_extra.csv, cameo/plover_manual.csv) are not touched.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.coding.dictionaries import (  # noqa: E402
    Dictionaries,
    PhraseTable,
    origin_verbs,
    read_petrarch_actors,
    read_petrarch_agents,
    verb_forms,
)

DATA = ROOT / "src" / "sitrep" / "data"
CUTOFF = date(1945, 1, 1)
EXCLUDED = {line.strip() for line in (Path(__file__).parent / "phoenix_name_exclusions.txt")
            .read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")}


def _name(words: tuple[str, ...], stem: bool = False) -> str:
    name = " ".join(words).replace(" 's", "'s").replace(" - ", "-")
    return name + "*" if stem else name


def build_actors(phoenix: Path) -> int:
    table = PhraseTable()
    for fn in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt"):
        read_petrarch_actors(phoenix / fn, table)
    by_entry: dict[int, tuple[object, list[str]]] = {}
    for bucket in table.exact.values():
        for words, entry in bucket:
            by_entry.setdefault(id(entry), (entry, []))[1].append(_name(words))
    for bucket in table.stems.values():
        for words, entry in bucket:
            by_entry.setdefault(id(entry), (entry, []))[1].append(_name(words, stem=True))
    acronyms: dict[int, list[str]] = {}
    for word, entry in table.acronyms.items():
        acronyms.setdefault(id(entry), []).append(word)
        by_entry.setdefault(id(entry), (entry, []))
    n = 0
    with open(DATA / "actors" / "phoenix.jsonl", "w", encoding="utf-8") as out:
        for entry, names in by_entry.values():
            roles = [r for r in entry.roles if re.fullmatch(r"[A-Z0-9]{3,}", r.code)]
            if roles and all(r.end is not None and r.end < CUTOFF for r in roles):
                continue  # a former office holder only: too old to help code today's news
            if not re.fullmatch(r"[A-Z0-9]{3,}", entry.code.upper()):
                continue
            names = [nm for nm in names if nm.rstrip("*") not in EXCLUDED]
            if not names and id(entry) not in acronyms:
                continue
            rec = {"names": sorted(set(names), key=lambda nm: (len(nm), nm)),
                   "code": entry.code.upper()}
            if id(entry) in acronyms:
                rec["acronyms"] = sorted(acronyms[id(entry)])
            if roles:
                rec["roles"] = [{"code": r.code, "from": r.start.isoformat() if r.start else None,
                                 "to": r.end.isoformat() if r.end else None} for r in roles]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def build_countries() -> int:
    import pycountry

    n = 0
    with open(DATA / "actors" / "countries.jsonl", "w", encoding="utf-8") as out:
        for c in pycountry.countries:
            names = {c.name}
            for attr in ("official_name", "common_name"):
                if getattr(c, attr, None):
                    names.add(getattr(c, attr))
            names = sorted(nm for nm in names if "," not in nm and "(" not in nm)
            if not names:
                continue
            out.write(json.dumps({"names": names, "code": c.alpha_3, "kind": "country"},
                                 ensure_ascii=False) + "\n")
            n += 1
    return n


def build_agents(phoenix: Path) -> int:
    table = PhraseTable()
    read_petrarch_agents(phoenix / "Phoenix.agents.txt", table)
    by_entry: dict[tuple, list[str]] = {}
    for bucket in table.exact.values():
        for words, entry in bucket:
            by_entry.setdefault((entry.code, entry.prefix, entry.name), []).append(_name(words))
    with open(DATA / "agents" / "phoenix.jsonl", "w", encoding="utf-8") as out:
        for (code, prefix, _agent), names in sorted(by_entry.items()):
            rec = {"names": sorted(set(names), key=lambda nm: (len(nm), nm)), "code": code}
            if prefix:
                rec["prefix"] = True
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(by_entry)


_COMMENT = re.compile(r"#.*$")


def build_verbs(phoenix: Path) -> int:
    """Re-write CAMEO.2.0.txt's synsets and verb classes as JSON Lines (patterns kept verbatim)."""
    text = (phoenix / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    synsets: dict[str, list[str]] = {}
    classes: list[dict] = []
    cur_syn: str | None = None
    cls: dict | None = None
    forms: dict[str, str] = {}  # the current class's verb forms -> lemma
    for raw in text.splitlines():
        line = _COMMENT.sub("", raw).strip()
        if not line:
            continue
        if line.startswith("---"):
            name = line.strip("- ").split("[")[0].strip()
            m = re.search(r"\[([^\]]*)\]", line)
            code = m.group(1).strip() if m else ""
            cls = {"class": name, "verbs": [], "patterns": []}
            if code and code.strip("-"):
                cls["code"] = code
            classes.append(cls)
            forms = {}
            cur_syn = None
            continue
        if line.startswith("&"):
            cur_syn = line[1:].split()[0].upper().rstrip("_")
            synsets.setdefault(cur_syn, [])
            cls = None
            continue
        if cur_syn and line.startswith("+") and cls is None:
            body = line[1:].split("[")[0].strip()
            if body.startswith("&"):
                synsets[cur_syn].extend(synsets.get(body[1:].upper().rstrip("_"), []))
            elif body:
                synsets[cur_syn].append(body.replace("_", " ").strip().lower())
            continue
        if cls is None:
            continue
        if line.startswith("-"):
            m = re.search(r"\[([^\]]*)\]", line)
            if m and m.group(1).strip().strip("-"):
                pat = {"pattern": line[1:].split("[")[0].strip(), "code": m.group(1).strip()}
                # the comment names the verb(s) the pattern was found with: keep them
                verbs = origin_verbs(raw.split("#", 1)[1] if "#" in raw else "", forms)
                if verbs:
                    pat["verbs"] = sorted(verbs)
                cls["patterns"].append(pat)
            continue
        if line.startswith("~"):
            continue
        m = re.search(r"\[([^\]]*)\]", line)
        verb = re.sub(r"\{[^}]*\}", "", line.split("[")[0]).strip()
        rec = {"verb": verb.lower()}
        if m and m.group(1).strip().strip("-"):
            rec["code"] = m.group(1).strip()
        cls["verbs"].append(rec)
        forms.update((f, lemma) for lemma, fs in [verb_forms(line)] for f in fs)
    with open(DATA / "verbs" / "synsets_cameo.jsonl", "w", encoding="utf-8") as out:
        for name, phrases in synsets.items():
            if phrases:
                out.write(json.dumps({"synset": name, "phrases": phrases}) + "\n")
    n = 0
    with open(DATA / "verbs" / "cameo.jsonl", "w", encoding="utf-8") as out:
        for c in classes:
            if c["verbs"]:
                out.write(json.dumps(c) + "\n")
                n += 1
    return n


def _quad(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def build_codes(shared: Path) -> int:
    gold: dict[str, float] = {}
    with open(shared / "peers/gdelt/CAMEO.goldsteinscale.txt", encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                gold[parts[0]] = float(parts[1])
    plover: dict[str, tuple[str, str]] = {}
    for raw in (shared / "peers/plover_gsr_cameo/CAMEO2PLOVER-2021.txt").read_text().splitlines():
        line = raw.split("#")[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        fields = [x.strip() for x in m.group(2).split(",")]
        if fields and fields[0]:
            plover.setdefault(m.group(1), (fields[0], fields[1] if len(fields) > 1 else ""))
    extra = DATA / "cameo" / "plover_extra.csv"
    with open(extra, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            plover.setdefault(row["cameo"], (row["plover_type"], row["plover_mode"]))
    # where the PLOVER manual's definitions and the 2021 table disagree, the manual wins
    with open(DATA / "cameo" / "plover_manual.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            plover[row["cameo"]] = (row["plover_type"], row["plover_mode"])
    codes = sorted(set(gold) | set(plover))
    with open(DATA / "cameo" / "codes.csv", "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["cameo", "goldstein", "quad_class", "plover_type", "plover_mode"])
        for code in codes:
            ptype, pmode = plover.get(code, ("", ""))
            g = gold.get(code)
            w.writerow([code, "" if g is None else g, _quad(code), ptype, pmode])
    return len(codes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    phoenix = args.shared / "peers/petrarch2/dictionaries/phoenix"
    for sub in ("actors", "agents", "verbs", "cameo"):
        (DATA / sub).mkdir(parents=True, exist_ok=True)
    print("actors", build_actors(phoenix))
    print("countries", build_countries())
    print("agents", build_agents(phoenix))
    print("verb classes", build_verbs(phoenix))
    print("codes", build_codes(args.shared))
    _ = Dictionaries  # the reader's shape is the one the runtime loader builds


if __name__ == "__main__":
    main()
