"""Actor, agent and verb dictionaries: the only code that reads them into lookup structures.

Two sources, one in-memory shape (`Dictionaries`):

* the built-in dictionaries: JSON Lines files under `sitrep/data/actors/`, `data/agents/` and
  `data/verbs/` (our own format, each line validated against `data/schemas/*.schema.json`);
* PETRARCH/TABARI-format folders given with `--dictionaries DIR`: `*.actors.txt`,
  `*.agents.txt`, `*.verbs.txt` or `CAMEO*.txt`, `*.discards.txt`.

Phrases are kept as tuples of lower-case words (PETRARCH's `_` and spaces both join words;
possessive `'s` and hyphens are split the way spaCy's tokenizer splits them). A phrase whose
last word was written without a trailing `_` in a PETRARCH file may match as a stem (prefix),
as TABARI does ("ARGENTIN" matches "Argentina", "Argentine").

Verb patterns keep PETRARCH's mini-language (see docs/coding.md): `*` the verb, `$` source,
`+` target, `&SYNSET`, `(...)`/`{...}` groups, `_` joined words; each pattern carries a code.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from sitrep.errors import BadConfig

# ---------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True)
class Role:
    """A code an actor holds, optionally bounded by dates (PETRARCH `[PRKGOV >19940708]`)."""

    code: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class ActorEntry:
    """A named actor: a country, a capital, a person, an organisation."""

    name: str
    code: str  # the code when no dated role applies
    roles: tuple[Role, ...] = ()
    kind: str = "actor"  # country | capital | person | org | actor

    def code_on(self, day: date | None) -> str:
        """The code on `day`; without a day, the open-ended (current) role, else the default."""
        if not self.roles:
            return self.code
        if day is not None:
            dated = [r for r in self.roles if (r.start or r.end) and r.holds_on(day)]
            if dated:  # the first listed role that holds wins, as in PETRARCH
                return dated[0].code
            undated = [r for r in self.roles if not (r.start or r.end)]
            return undated[0].code if undated else self.code
        current = [r for r in self.roles if r.end is None and r.start is not None]
        if current:
            return max(current, key=lambda r: r.start).code  # type: ignore[arg-type,return-value]
        undated = [r for r in self.roles if not (r.start or r.end)]
        return undated[0].code if undated else (self.roles[-1].code or self.code)


@dataclass(frozen=True)
class AgentEntry:
    """A generic agent ("troops", "foreign ministry") that adds a sector code to a country."""

    name: str
    code: str  # sector code, e.g. MIL, GOVFRM
    prefix: bool = False  # PETRARCH `[NGO~]`: the code goes before the country
    named: bool = False  # only after a name: "the Umma party", never "a third party"


@dataclass(frozen=True)
class Pattern:
    """One verb pattern: words before and after the verb, each element a set of phrases."""

    before: tuple[tuple[tuple[str, ...], ...], ...]
    after: tuple[tuple[tuple[str, ...], ...], ...]
    code: str
    text: str
    # per element, the first words of its phrases: a cheap test before the ordered match
    keys: tuple[frozenset[str], ...] = ()
    # the verb lemmas the pattern was written for (CAMEO.2.0 names them in the pattern's
    # comment, "- * PART [030] # TAKE"); empty: every verb of the class
    verbs: frozenset[str] = frozenset()
    # per element, whether it continues the phrase of the element before it: a word of the
    # same parenthesised phrase, braces or "_"-joined words ("(FROM &TREATY)": the treaty in
    # the "from" phrase, not "from Kabul ... under the accords"); such an element must follow
    # its neighbour closely (`NEAR_GAP` words between at most)
    near_before: tuple[bool, ...] = ()
    near_after: tuple[bool, ...] = ()

    def __post_init__(self) -> None:
        if not self.keys:
            keys = tuple(frozenset(ph[0] for ph in elem if ph)
                         for elem in (*self.before, *self.after))
            object.__setattr__(self, "keys", keys)

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass
class VerbClass:
    """A verb synset (`--- ACCUSE [112] ---`) with its verbs and patterns."""

    name: str
    code: str | None
    patterns: list[Pattern] = field(default_factory=list)

    @property
    def undergone(self) -> bool:
        """Whether the class's verbs are mostly undergone, not done: at least two thirds of
        its patterns code the subject as the recipient (reverse codes ":190"), as DIE's do
        ("died in clashes", "died of wounds"). Its bare verb then names no doer, and the event
        coder codes it only through a pattern."""
        reverse = sum(1 for p in self.patterns if p.code.strip().startswith(":"))
        return len(self.patterns) >= 3 and 3 * reverse >= 2 * len(self.patterns)


@dataclass(frozen=True)
class VerbSense:
    """One verb lemma of a class, with its own code and multi-word particles."""

    lemma: str
    cls: VerbClass
    code: str | None
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


def _same(word: str, lower: str, lemma: str) -> bool:
    """A phrase's last word matches the token, its lemma, or its plural in -s."""
    return word == lower or word == lemma or (len(lower) > 4 and lower == word + "s")


class PhraseTable:
    """Multi-word phrase lookup keyed by the first word, longest phrase first."""

    def __init__(self) -> None:
        self.exact: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self.stems: dict[str, list[tuple[tuple[str, ...], object]]] = {}  # 1-word stems
        self.acronyms: dict[str, object] = {}  # one token, matched only as written ("LTTE")
        self.size = 0

    def add_acronym(self, word: str, value: object) -> None:
        """An acronym that matches only in capitals ("LET", "ISA": words and names as
        capitalised words); the first source to give it wins."""
        self.acronyms.setdefault(word.upper(), value)

    def add(self, words: tuple[str, ...], value: object, *, stem: bool = False) -> None:
        if not words:
            return
        self.size += 1
        if stem and len(words) == 1 and len(words[0]) >= 4:
            self.stems.setdefault(words[0], []).append((words, value))
            return
        bucket = self.exact.setdefault(words[0], [])
        bucket.append((words, value))

    def finish(self) -> None:
        for bucket in self.exact.values():
            bucket.sort(key=lambda item: -len(item[0]))

    def starting_with(self, word: str) -> list[tuple[tuple[str, ...], object]]:
        """The (words, value) phrases whose first word is `word`, longest first."""
        return list(self.exact.get(word, ()))

    def match_at(self, lowers: list[str], lemmas: list[str], i: int) -> tuple[int, object] | None:
        """Longest phrase starting at token i: (number of tokens, value) or None."""
        # the surface form first, then the lemma: a set here would try them in an order that
        # changes from one process to the next (string hashes are salted per process)
        for key in dict.fromkeys((lowers[i], lemmas[i])):
            for words, value in self.exact.get(key, ()):
                n = len(words)
                if i + n > len(lowers):
                    continue
                if all(words[k] in (lowers[i + k], lemmas[i + k]) for k in range(1, n - 1)) \
                        and (n == 1 or _same(words[-1], lowers[i + n - 1], lemmas[i + n - 1])):
                    return n, value
        if len(lowers[i]) > 4 and lowers[i].endswith("s"):  # "Albanians" -> "albanian"
            for words, value in self.exact.get(lowers[i][:-1], ()):
                if len(words) == 1:
                    return 1, value
        if self.stems:
            tok = lowers[i]
            for cut in range(len(tok), 3, -1):
                hit = self.stems.get(tok[:cut])
                if hit:
                    return 1, hit[0][1]
        return None


@dataclass
class Dictionaries:
    """Everything the actor and event components look up."""

    actors: PhraseTable = field(default_factory=PhraseTable)
    agents: PhraseTable = field(default_factory=PhraseTable)
    verbs: dict[str, list[VerbSense]] = field(default_factory=dict)
    nouns: dict[str, list[VerbSense]] = field(default_factory=dict)  # nominal event triggers
    discards: PhraseTable = field(default_factory=PhraseTable)
    sources: list[str] = field(default_factory=list)

    def finish(self) -> Dictionaries:
        for table in (self.actors, self.agents, self.discards):
            table.finish()
        return self

    def summary(self) -> dict[str, int]:
        return {"actors": self.actors.size, "agents": self.agents.size,
                "verbs": sum(len(v) for v in self.verbs.values()),
                "nouns": sum(len(v) for v in self.nouns.values()),
                "patterns": len({id(p) for senses in self.verbs.values() for s in senses
                                 for p in s.cls.patterns})}


# ---------------------------------------------------------------------------------------------
# phrase and date syntax shared by both formats

_SPLIT = re.compile(r"[_\s]+")


def fold(text: str) -> str:
    """The text without accents ("Chávez" -> "Chavez", "Bogotá" -> "Bogota"): names are
    looked up folded on both sides, since the Phoenix files write them in ASCII and news
    often does not."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


@cache
def spellings() -> dict[str, str]:
    """British word -> American word, from data/actors/spellings.csv (each row
    schema-checked): names are looked up in the American spelling on both sides."""
    from sitrep.actor_codes import actor_table

    return {row["british"]: row["american"] for row in actor_table("spellings")}


def name_word(word: str) -> str:
    """A lower-case word as names are looked up: without accents (`fold`), in the American
    spelling (`spellings`: "organisation" -> "organization")."""
    word = fold(word)
    return spellings().get(word, word)


def phrase_words(text: str, names: bool = False) -> tuple[tuple[str, ...], bool]:
    """PETRARCH phrase -> (lower-case words without accents, may match as a stem); `names`:
    a name of an actor or agent, its words in the American spelling (`name_word`)."""
    raw = fold(text.strip())
    stem = not raw.endswith("_") and not raw.endswith(" ")
    words: list[str] = []
    for w in _SPLIT.split(raw.strip("_ ").lower()):
        if not w:
            continue
        if w.endswith("'s") and len(w) > 2:
            words.extend([w[:-2], "'s"])
        elif w.endswith("'") and len(w) > 1:  # "workers'": spaCy splits the apostrophe off
            words.extend([w[:-1], "'"])
        elif "-" in w.strip("-") and not w.startswith("-"):
            parts = w.split("-")
            for k, p in enumerate(parts):
                if k:
                    words.append("-")
                if p:
                    words.append(p)
        else:
            words.append(w)
    if names:
        words = [name_word(w) for w in words]
    return tuple(words), stem


YEAR_PIVOT = 30  # YYMMDD: 00-29 -> 20xx, 30-99 -> 19xx (the Phoenix files date from 2015)


def parse_petrarch_date(text: str) -> date | None:
    """`940708` (YYMMDD, 20xx below YEAR_PIVOT) or `19940708` -> date.

    The Phoenix files write a role held since 1946 as `460101`: a pivot at 50 would read
    it as 2046 and the role would never hold.
    """
    text = text.strip()
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if len(text) == 6:
            yy = int(text[:2])
            return date(2000 + yy if yy < YEAR_PIVOT else 1900 + yy, int(text[2:4]),
                        int(text[4:6]))
        if len(text) == 7:  # a typo in a source file (e.g. 2004017): read as YYYYMM + day 1
            return date(int(text[:4]), int(text[4:6]) or 1, 1)
    except ValueError:
        return None
    return None


def parse_role(spec: str) -> Role:
    """`PRKGOV >940708`, `RUSGOV 990809-000507`, `ELI <000101`, `PRK` -> Role."""
    parts = spec.split(None, 1)
    code = parts[0].upper() if parts else ""
    if len(parts) > 1:  # "< 950601", "19950601 - 19990815": spaces inside the range
        parts = [code, re.sub(r"\s+", "", parts[1])]
    start = end = None
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = parse_petrarch_date(rng[1:])
        elif rng.startswith("<"):
            end = parse_petrarch_date(rng[1:])
        elif "-" in rng:
            a, b = rng.split("-", 1)
            start, end = parse_petrarch_date(a), parse_petrarch_date(b)
    return Role(code, start, end)


# ---------------------------------------------------------------------------------------------
# PETRARCH/TABARI format

_COMMENT = re.compile(r"#.*$")
_XML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_CODE = re.compile(r"\[([^\]]*)\]")


def _clean_lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise BadConfig("E202", input=str(path), detail=str(exc)) from exc
    # blank out XML comments but keep line numbers
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    for n, line in enumerate(text.splitlines(), 1):
        yield n, _COMMENT.sub("", line).rstrip()


_PAREN = re.compile(r"_*\(([^()]*)\)_*")


def name_variants(name: str) -> tuple[str, str | None]:
    """(name, acronym) of a PETRARCH actor name. A name with its acronym in parentheses, as
    Phoenix writes armed groups ("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_"), is the name
    without it, and the acronym (three letters or more, letters only) is matched on its own
    in capitals: text never spells the parentheses the way the dictionary does. Another
    parenthesis (a country: "AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_") is dropped from a
    name of three words or more; a shorter name keeps it ("KOREA_(NORTH)_" is not Korea)."""
    m = _PAREN.search(name)
    if not m or _PAREN.search(name, m.end()):
        return name, None
    end = "_" if name.rstrip().endswith("_") else ""
    base = (name[:m.start()] + "_" + name[m.end():]).strip("_ ") + end
    initials = [w[0] for w in phrase_words(base, names=True)[0] if w[0].isalnum()]
    acronym = m.group(1).strip("_ ")
    letters = acronym.lower()
    if len(letters) < 2 or not letters.isalpha() or letters[0] != initials[0] or \
            not _subsequence(list(letters), initials):
        return (base, None) if len(initials) >= 3 else (name, None)
    return base, (acronym.upper() if len(letters) >= 3 else None)


def _syllabic(words: tuple[str, ...]) -> bool:
    """Whether a name is a family name and a given name of two syllables, as Korean and
    Chinese names are ("kim jong il", "ma ying jeou"): news writes the given name with a
    hyphen ("Kim Jong-il", "Ma Ying-jeou"), and PETRARCH names have none."""
    return len(words) == 3 and all(w.isalpha() and len(w) <= 5 for w in words)


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def read_petrarch_actors(path: Path, into: PhraseTable, kind: str = "actor") -> None:
    """`NAME [CODE]`, `+SYNONYM` lines, indented `[CODE dates]` role lines.

    As PETRARCH reads them, names that come before any code (primary lines without one and
    their synonyms) all share the codes that follow: in Phoenix, "MIKHAIL_GORBACHEV_",
    "+GORBACHEV", "PRESIDENT_MIKHAIL_S._GORBACHEV" and "GENERAL_SECRETARY_GORBACHEV" are one
    actor whose dated roles follow the last of them."""
    names: list[str] = []
    roles: list[Role] = []

    def flush() -> None:
        if names and roles:
            dated = tuple(r for r in roles)
            default = next((r.code for r in roles if not (r.start or r.end)), roles[-1].code)
            entry = ActorEntry(names[0].strip("_ ").replace("_", " ").title(), default, dated
                               if len(dated) > 1 or dated[0].start or dated[0].end else (), kind)
            for nm in names:
                base, acronym = name_variants(nm)
                words, stem = phrase_words(base, names=True)
                into.add(words, entry, stem=stem)
                if _syllabic(words):  # "KIM_JONG_IL_" is written "Kim Jong-il"
                    into.add((*words[:2], "-", words[2]), entry)
                if acronym:
                    into.add_acronym(acronym, entry)
        names.clear()
        roles.clear()

    for _n, line in _clean_lines(path):
        if not line.strip():
            continue
        if line[0] in " \t" and line.strip().startswith("["):
            for m in _CODE.finditer(line):
                if m.group(1).strip():
                    roles.append(parse_role(m.group(1)))
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append(stripped[1:].split("[")[0])
            for m in _CODE.finditer(stripped):
                roles.append(parse_role(m.group(1)))
            continue
        if roles:  # a new actor; names with no code yet wait for the codes that follow
            flush()
        name = stripped.split("[")[0]
        if not name.strip():
            continue
        names.append(name)
        for m in _CODE.finditer(stripped):
            if m.group(1).strip():
                roles.append(parse_role(m.group(1)))
    flush()


_SUBST = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def read_petrarch_agents(path: Path, into: PhraseTable) -> None:
    """`FOREIGN_MINISTER [~GOVFRM]`, `{PLURALS}`, `!PERSON! = MAN, MEN` substitutions."""
    subst: dict[str, list[str]] = {}
    for _n, line in _clean_lines(path):
        stripped = line.strip()
        if not stripped:
            continue
        m = _SUBST.match(stripped)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        code_m = _CODE.search(stripped)
        if not code_m:
            continue
        code = code_m.group(1).strip()
        prefix = code.endswith("~")
        code = code.strip("~").upper()
        if not code:
            continue
        head = stripped[: stripped.index("[")]
        plural = re.search(r"\{([^}]*)\}", head)
        base = re.sub(r"\{[^}]*\}", "", head).strip()
        forms = [base]
        if plural and plural.group(1).strip():
            forms.extend(plural.group(1).split())
        expanded: list[str] = []
        for form in forms:
            sm = re.search(r"!(\w+)!", form)
            if sm and sm.group(1) in subst:
                expanded.extend(form.replace(sm.group(0), w) for w in subst[sm.group(1)])
            else:
                expanded.append(form)
        entry = AgentEntry(base.strip("_ ").replace("_", " ").lower(), code, prefix)
        for form in expanded:
            words, _stem = phrase_words(form, names=True)
            into.add(words, entry)


def _code_of(text: str) -> str | None:
    m = _CODE.search(text)
    if not m:
        return None
    code = m.group(1).strip()
    return None if not code or code.strip("-") == "" else code


def parse_pattern(text: str, synsets: dict[str, list[tuple[str, ...]]],
                  verbs: frozenset[str] = frozenset()) -> Pattern | None:
    """PETRARCH pattern text (without its leading `-`) -> Pattern, or None when it has no code
    or names a synset that no dictionary defines (it could never match).

    `verbs`: the lemmas of the class's verbs the pattern belongs to (empty: all of them).
    """
    code = _code_of(text)
    body = text.split("[")[0]
    if code is None:
        return None
    if "*" not in body:
        return None
    pre_s, post_s = body.split("*", 1)

    def elements(s: str) -> tuple[tuple[tuple[tuple[str, ...], ...], ...], tuple[bool, ...]]:
        out: list[tuple[tuple[str, ...], ...]] = []
        near: list[bool] = []
        depth = 0  # inside parentheses or braces
        opened = False  # a group opened and no element of it yet
        for chunk in re.findall(r"[(){}]|[^\s(){}]+", s):
            if chunk in "({":
                depth, opened = depth + 1, True
                continue
            if chunk in ")}":
                depth = max(0, depth - 1)
                continue
            # "_" joins words, after a synset too ("&TIETYPES_MEMOS": the synset, then
            # "memos"), but a synset's own name may hold it ("&FIGHT_OF_WORDS")
            raws = [chunk] if chunk.lstrip("+$%^").startswith("&") and \
                chunk.lstrip("+$%^")[1:].upper().rstrip("_") in synsets else chunk.split("_")
            first = True
            for raw in raws:
                w = raw.strip().strip("+$%^").lower()
                if not w or w in ("+", "$", "%", "^", "-"):
                    continue
                if w.startswith("&"):
                    alts = synsets.get(w[1:].upper().rstrip("_"))
                    if not alts:
                        raise LookupError(w)
                    elem = tuple(alts)
                else:
                    parts = tuple(x for x in re.split(r"(-)", w) if x)
                    # a hyphenated word ("sit-in", "cease-fire") as one token or as the
                    # parser splits it: word, hyphen, word
                    elem = ((w,), parts) if len(parts) > 1 else ((w,),)
                near.append(bool(out) and ((depth > 0 and not opened) or not first))
                out.append(elem)
                first, opened = False, False
        return tuple(out), tuple(near)

    try:
        (before, near_b), (after, near_a) = elements(pre_s), elements(post_s)
    except LookupError:
        return None
    return Pattern(before, after, code, text.strip(), verbs=verbs, near_before=near_b,
                   near_after=near_a)


def _verb_words(line: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """`+ASK_FOR {...}` / `KLM_NOP_+RST` / `CARRY_OUT` -> (verb, words before, words after)."""
    head = re.sub(r"\{[^}]*\}", "", line.split("[")[0]).strip()
    words = [w for w in _SPLIT.split(head) if w]
    idx = next((k for k, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.strip("+").lower() for w in words]
    return words[idx], tuple(words[:idx]), tuple(words[idx + 1:])


def verb_forms(line: str) -> tuple[str, list[str]]:
    """A verb line -> (its lemma, every written form as lower-case words joined by `_`):
    `TAKE {TAKES TAKING TOOK TAKEN}` -> ("take", ["take", "takes", ..., "taken"])."""
    lemma = _verb_words(line)[0]
    head = re.sub(r"\{[^}]*\}", "", line.split("[")[0])
    forms = [head, *(f for m in re.finditer(r"\{([^}]*)\}", line) for f in m.group(1).split())]
    keys = ["_".join(w for w in _SPLIT.split(f.replace("+", "").strip(" ,").lower()) if w)
            for f in forms]
    return lemma, [k for k in keys if k]


def origin_verbs(comment: str, forms: dict[str, str]) -> frozenset[str]:
    """The lemmas of the verbs a pattern's comment names (`# TAKE`, `# RULED_OUT`), given the
    class's form -> lemma table; empty when the comment names none (coder initials, dates)."""
    return frozenset(forms[w] for w in re.split(r"[\s,;/]+", comment.lower()) if w in forms)


def read_petrarch_verbs(path: Path, dicts: Dictionaries) -> None:
    """Synsets (`&NAME` + `+phrase` lines) and verb classes (`--- NAME [code] ---`).

    A pattern whose comment names verbs of its class (CAMEO.2.0: "the verb[s] where the
    pattern was originally found") applies to those verbs only: "take part" is an intent to
    cooperate, "capture part (of a stronghold)" is not.
    """
    lines = list(_clean_lines(path))
    raw = path.read_text(encoding="utf-8", errors="replace").splitlines()
    forms: dict[str, str] = {}
    synsets: dict[str, list[tuple[str, ...]]] = {}
    current: str | None = None
    for _n, line in lines:  # first pass: synsets (patterns may use them before definition)
        s = line.strip()
        if s.startswith("---"):
            current = None
        elif s.startswith("&"):
            current = s[1:].split()[0].upper().rstrip("_")
            synsets.setdefault(current, [])
        elif current and s.startswith("+"):
            body = s[1:]
            if body.startswith("&"):
                synsets[current].extend(synsets.get(body[1:].upper().rstrip("_"), []))
            else:
                words, _ = phrase_words(body.split("[")[0])
                if words:
                    synsets[current].append(words)
        elif not s:
            continue
        else:
            current = None
    cls: VerbClass | None = None
    for n, line in lines:
        s = line.strip()
        if not s or s.startswith("&"):
            if s.startswith("&"):
                cls = None
            continue
        if s.startswith("---"):
            name = s.strip("- ").split("[")[0].strip()
            cls = VerbClass(name, _code_of(s))
            forms = {}
            continue
        if cls is None:
            continue
        if s.startswith("-"):
            comment = raw[n - 1].split("#", 1)[1] if n <= len(raw) and "#" in raw[n - 1] else ""
            pat = parse_pattern(s[1:], synsets, origin_verbs(comment, forms))
            if pat is not None:
                cls.patterns.append(pat)
            continue
        if s.startswith("~"):
            continue
        try:
            lemma, before, after = _verb_words(s)
        except IndexError:
            raise BadConfig("E202", input=f"{path}:{n}", detail="bad verb line") from None
        sense = VerbSense(lemma, cls, _code_of(s), before, after)
        dicts.verbs.setdefault(lemma, []).append(sense)
        forms.update((f, lemma) for f in verb_forms(s)[1])


def read_petrarch_discards(path: Path, into: PhraseTable) -> None:
    for _n, line in _clean_lines(path):
        s = line.strip().lstrip("+")
        if s:
            words, _ = phrase_words(s)
            into.add(words, True)


def load_petrarch_dir(folder: Path, dicts: Dictionaries | None = None) -> Dictionaries:
    """Read every PETRARCH/TABARI dictionary file in `folder` into `dicts` (or a new one)."""
    dicts = dicts or Dictionaries()
    folder = Path(folder)
    if not folder.is_dir():
        raise BadConfig("E202", input=str(folder), detail="not a folder")
    used = 0
    for path in sorted(folder.iterdir()):
        name = path.name.lower()
        if not name.endswith(".txt"):
            continue
        if name.endswith(".actors.txt"):
            read_petrarch_actors(path, dicts.actors)
        elif name.endswith(".agents.txt"):
            read_petrarch_agents(path, dicts.agents)
        elif name.endswith(".verbs.txt") or name.startswith("cameo"):
            read_petrarch_verbs(path, dicts)
        elif name.endswith(".discards.txt"):
            read_petrarch_discards(path, dicts.discards)
        else:
            continue
        used += 1
    if not used:
        raise BadConfig("E203", input=str(folder))
    dicts.sources.append(str(folder))
    return dicts


# ---------------------------------------------------------------------------------------------
# built-in format (JSON Lines, validated against data/schemas/)


def _data():
    return resources.files("sitrep") / "data"


@cache
def _validator(schema_name: str):
    """The compiled JSON schema `data/schemas/<schema_name>` (fastjsonschema: compiled once)."""
    import fastjsonschema

    schema = json.loads((_data() / "schemas" / schema_name).read_text("utf-8"))
    return fastjsonschema.compile(schema)


def read_jsonl(kind: str, filename: str, schema_name: str,
               unique: str | None = None) -> Iterator[dict]:
    """Records of `data/<kind>/<filename>`, each validated; errors name the file and line.
    With `unique`, a record giving that field's value a second time is an error (a verb class
    or a synset written twice: one of the two would silently lend the other's patterns)."""
    import fastjsonschema

    validate = _validator(schema_name)
    where = f"data/{kind}/{filename}"
    text = (_data() / kind / filename).read_text("utf-8")
    seen: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadConfig("E202", input=f"{where}:{n}", detail=exc.msg) from None
        try:
            validate(rec)
        except fastjsonschema.JsonSchemaValueException as exc:
            raise BadConfig("E202", input=f"{where}:{n}", detail=exc.message) from None
        if unique is not None:
            key = rec[unique]
            if key in seen:
                raise BadConfig("E202", input=f"{where}:{n}",
                                detail=f"{unique} {key} again (first on line {seen[key]})")
            seen[key] = n
        yield rec


def _files(kind: str, suffix: str = ".jsonl") -> list[str]:
    folder = _data() / kind
    # hand-written (curated*) files first: their entries win ties with derived ones
    return sorted((p.name for p in folder.iterdir() if p.name.endswith(suffix)),
                  key=lambda name: (not name.startswith(("curated", "synsets_curated")), name))


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def load_builtin(dicts: Dictionaries | None = None) -> Dictionaries:
    """The dictionaries shipped in `sitrep/data/` (see data/README.md for their sources)."""
    dicts = dicts or Dictionaries()
    for fn in _files("actors"):
        for rec in read_jsonl("actors", fn, "actor.schema.json"):
            roles = tuple(Role(r["code"], _date(r.get("from")), _date(r.get("to")))
                          for r in rec.get("roles", ()))
            entry = ActorEntry(rec["names"][0], rec["code"], roles, rec.get("kind", "actor"))
            for nm in rec["names"]:
                stem = nm.endswith("*")  # "iran*": may match as a stem ("Iranian")
                words, _ = phrase_words(nm.rstrip("*") + "_", names=True)
                dicts.actors.add(words, entry, stem=stem)
            for acronym in rec.get("acronyms", ()):
                dicts.actors.add_acronym(acronym, entry)
    for fn in _files("agents"):
        for rec in read_jsonl("agents", fn, "agent.schema.json"):
            entry = AgentEntry(rec["names"][0], rec["code"], rec.get("prefix", False),
                               rec.get("named", False))
            for nm in rec["names"]:
                words, _ = phrase_words(nm + "_", names=True)
                dicts.agents.add(words, entry)
    synsets: dict[str, list[tuple[str, ...]]] = {}
    verb_files = _files("verbs")
    for fn in verb_files:
        if fn.startswith("synsets"):
            for rec in read_jsonl("verbs", fn, "synset.schema.json", unique="synset"):
                synsets.setdefault(rec["synset"].upper(), []).extend(
                    phrase_words(p + "_")[0] for p in rec["phrases"])
    for fn in verb_files:
        if fn.startswith("synsets"):
            continue
        for rec in read_jsonl("verbs", fn, "verb.schema.json", unique="class"):
            cls = VerbClass(rec["class"], rec.get("code"))
            for p in rec.get("patterns", ()):
                pat = parse_pattern(f"{p['pattern']} [{p['code']}]", synsets,
                                    frozenset(p.get("verbs", ())))
                if pat is not None:
                    cls.patterns.append(pat)
            table = dicts.nouns if rec.get("pos") == "noun" else dicts.verbs
            for v in rec["verbs"]:
                lemma, before, after = _verb_words(v["verb"])
                sense = VerbSense(lemma, cls, v.get("code"), before, after)
                table.setdefault(lemma, []).append(sense)
    dicts.sources.append("builtin")
    return dicts


@lru_cache(maxsize=8)
def load_dictionaries(folders: tuple[str, ...] = (), builtin: bool = True) -> Dictionaries:
    """The dictionaries a coder uses: each folder given, then the built-in ones (unless
    `builtin=False`). Where two entries tie (same phrase length, a verb's default code), the
    earlier source wins, so a user's dictionaries take precedence over the built-in ones.

    Cached per argument tuple, so every component of every pipeline shares one copy.
    """
    dicts = Dictionaries()
    for folder in folders:  # the user's folders first: their entries win ties
        load_petrarch_dir(Path(folder), dicts)
    if builtin:
        load_builtin(dicts)
    if not builtin and not folders:
        raise BadConfig("E201", detail="--no-builtin needs at least one --dictionaries DIR")
    return dicts.finish()


def iter_senses(dicts: Dictionaries, lemmas: Iterable[str]) -> Iterator[VerbSense]:
    for lemma in lemmas:
        yield from dicts.verbs.get(lemma, ())
