"""Store: owns the DuckDB connection; every SQL statement of sitrep lives in this module.

Values always go in as parameters. Writes of one ingest batch happen in one transaction, so a
failure leaves what was stored before untouched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path

import duckdb

from sitrep.errors import StoreError
from sitrep.models import Article, Event, Mention, Place, Sentence, Story

_MIGRATION = re.compile(r"^-- migration (\d+)\s*$", re.M)


def _migrations() -> list[tuple[int, str]]:
    sql = resources.files("sitrep.store").joinpath("schema.sql").read_text("utf-8")
    parts = _MIGRATION.split(sql)
    # parts = [preamble, n1, body1, n2, body2, ...]
    return [(int(parts[i]), parts[i + 1]) for i in range(1, len(parts), 2)]


SCHEMA_VERSION = max(n for n, _ in _migrations())

ARTICLE_COLUMNS = (
    "article_id, url, source, outlet, title, published, language, text, metadata, story_id"
)
EVENT_COLUMNS = (
    "event_id, story_id, date_start, date_end, date_precision, actor, actor_names, recipient, "
    "recipient_names, cameo_code, cameo_root, plover_type, plover_mode, goldstein, quad_class, "
    "modality, attributed_to, place_name, place_country, place_lat, place_lon, trigger, "
    "n_mentions, n_articles, n_outlets, confidence"
)
MENTION_COLUMNS = (
    "event_id, article_id, sentence_index, char_start, char_end, sentence, trigger, modality, "
    "attributed_to"
)


EVENT_TYPES = (
    "VARCHAR", "VARCHAR", "DATE", "DATE", "VARCHAR", "VARCHAR[]", "VARCHAR[]", "VARCHAR[]",
    "VARCHAR[]", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DOUBLE", "INTEGER", "VARCHAR",
    "VARCHAR[]", "VARCHAR", "VARCHAR", "DOUBLE", "DOUBLE", "VARCHAR", "INTEGER", "INTEGER",
    "INTEGER", "DOUBLE",
)
MENTION_TYPES = (
    "VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR",
    "VARCHAR[]",
)
SENTENCE_COLUMNS = "article_id, sentence_index, char_start, char_end, text"
SENTENCE_TYPES = ("VARCHAR", "INTEGER", "INTEGER", "INTEGER", "VARCHAR")


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


class Store:
    """A sitrep database file. Use as a context manager or call `close()`."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            if not read_only and self.path.parent and not self.path.parent.exists():
                raise StoreError("E301", input=str(self.path), detail="folder does not exist")
            if read_only and not self.path.exists():
                raise StoreError("E301", input=str(self.path), detail="no such database file")
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError("E301", input=str(self.path), detail=_first_line(exc)) from exc
        self._in_tx = False
        if read_only and self._needs_migration():
            # An older file: open it writable once so the reader sees the current schema.
            self.con.close()
            try:
                self.con = duckdb.connect(str(self.path))
            except duckdb.Error as exc:
                raise StoreError("E301", input=str(self.path), detail=_first_line(exc)) from exc
            read_only = False
        if not read_only:
            self._migrate()

    def _needs_migration(self) -> bool:
        try:
            return self.schema_version() < SCHEMA_VERSION
        except duckdb.Error:  # no schema_version table: not migrated at all
            return True

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside happen or none do."""
        if self._in_tx:
            yield self
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield self
        except BaseException as exc:
            self.con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):  # a failed write: nothing of the batch stays
                raise StoreError("E302", input=str(self.path), detail=_first_line(exc)) from exc
            raise
        else:
            try:
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                raise StoreError("E302", input=str(self.path), detail=_first_line(exc)) from exc
        finally:
            self._in_tx = False

    def _migrate(self) -> None:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
            "applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError("E303", input=str(self.path), found=current, known=SCHEMA_VERSION)
        for number, body in _migrations():
            if number <= current:
                continue
            with self.transaction():
                for statement in _statements(body):
                    self.con.execute(statement)
                self.con.execute("INSERT INTO schema_version (version) VALUES (?)", [number])

    def check_writable(self) -> None:
        """Write and roll back a scratch table: proves the file accepts writes."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("CREATE TABLE _sitrep_doctor (x INTEGER)")
            self.con.execute("INSERT INTO _sitrep_doctor VALUES (1)")
        finally:
            self.con.execute("ROLLBACK")

    def schema_version(self) -> int:
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    # -- counts ----------------------------------------------------------------------------
    TABLES = ("articles", "sentences", "stories", "events", "mentions", "actors")

    def counts(self) -> dict[str, int]:
        """Row count of every table (used by doctor and the idempotence tests)."""
        return {
            t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # noqa: S608
            for t in self.TABLES
        }

    # -- articles --------------------------------------------------------------------------
    def existing_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE list_contains(?, article_id)", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def add_article(self, article: Article, sentences: Iterable[Sentence] = ()) -> None:
        self.con.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT DO NOTHING",
            [
                article.article_id,
                article.url,
                article.source,
                article.outlet,
                article.title,
                article.published,
                article.language,
                article.text,
                json.dumps(article.metadata, ensure_ascii=False, default=str),
                article.story_id,
            ],
        )
        rows = [
            [s.article_id, s.sentence_index, s.char_start, s.char_end, s.text] for s in sentences
        ]
        self._insert_rows("sentences", SENTENCE_COLUMNS, SENTENCE_TYPES, rows)

    def _insert_rows(self, table: str, columns: str, types: tuple[str, ...], rows: list) -> None:
        """Insert many rows in one statement: each column goes in as one list parameter and is
        unnested (binding row by row with executemany is an order of magnitude slower)."""
        if not rows:
            return
        names = [c.strip() for c in columns.split(",")]
        select = ", ".join(f"unnest(?::{t}[]) AS {n}" for n, t in zip(names, types, strict=True))
        self.con.execute(
            f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {select}",  # noqa: S608
            [list(col) for col in zip(*rows, strict=True)],
        )

    def set_story(self, article_id: str, story_id: str) -> None:
        self.con.execute(
            "UPDATE articles SET story_id = ? WHERE article_id = ?", [story_id, article_id]
        )

    def articles(
        self,
        *,
        story_id: str | None = None,
        article_ids: list[str] | None = None,
        with_text: bool = True,
        limit: int | None = None,
    ) -> list[dict]:
        where, params = [], []
        if story_id is not None:
            where.append("story_id = ?")
            params.append(story_id)
        if article_ids is not None:
            where.append("list_contains(?, article_id)")
            params.append(article_ids)
        sql = f"SELECT {ARTICLE_COLUMNS}, ingested_at FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY published NULLS LAST, ingested_at, article_id"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        out = []
        for row in self._dicts(sql, params):
            row["metadata"] = json.loads(row["metadata"]) if row["metadata"] else {}
            if not with_text:
                row.pop("text")
            out.append(row)
        return out

    def article(self, article_id: str) -> dict | None:
        rows = self.articles(article_ids=[article_id])
        return rows[0] if rows else None

    def sentences(self, article_id: str | None = None) -> list[dict]:
        if article_id is None:
            return self._dicts(
                "SELECT * FROM sentences ORDER BY article_id, sentence_index", []
            )
        return self._dicts(
            "SELECT * FROM sentences WHERE article_id = ? ORDER BY sentence_index", [article_id]
        )

    def sentence(self, article_id: str, sentence_index: int) -> str | None:
        row = self.con.execute(
            "SELECT text FROM sentences WHERE article_id = ? AND sentence_index = ?",
            [article_id, sentence_index],
        ).fetchone()
        return row[0] if row else None

    # -- stories ---------------------------------------------------------------------------
    def refresh_story(self, story_id: str) -> None:
        """Recompute a story's summary row from its articles."""
        self.con.execute("DELETE FROM stories WHERE story_id = ?", [story_id])
        self.con.execute(
            "INSERT INTO stories SELECT story_id, min(published), max(published), count(*), "
            "count(DISTINCT coalesce(outlet, source)), "
            "arg_min(coalesce(title, left(text, 120)), coalesce(published, DATE '9999-12-31')) "
            "FROM articles WHERE story_id = ? GROUP BY story_id",
            [story_id],
        )

    def stories(self) -> list[Story]:
        stories = [
            Story(**row)
            for row in self._dicts(
                "SELECT * FROM stories ORDER BY first_seen NULLS LAST, story_id", []
            )
        ]
        members: dict[str, list[dict]] = {}
        for row in self._dicts(
            "SELECT story_id, article_id, outlet, published, title, source FROM articles "
            "ORDER BY published NULLS LAST, article_id",
            [],
        ):
            members.setdefault(row.pop("story_id"), []).append(row)
        for story in stories:
            story.articles = members.get(story.story_id, [])
        return stories

    # -- events ----------------------------------------------------------------------------
    def add_claims(self, story_id: str, article_id: str, events: list[Event]) -> None:
        """Keep an article's event claims as coded, before any merge (`story_claims`)."""
        self.con.execute("INSERT INTO claims VALUES (?, ?, ?)",
                         [story_id, article_id, json.dumps([e.to_dict() for e in events])])

    def story_claims(self, story_id: str) -> tuple[list[Event], set[str]]:
        """(every stored claim of the story's articles, the ids of the articles that have
        claims). Articles stored before claims were kept have none."""
        events: list[Event] = []
        ids: set[str] = set()
        for article_id, text in self.con.execute(
                "SELECT article_id, events FROM claims WHERE story_id = ? ORDER BY article_id",
                [story_id]).fetchall():
            ids.add(article_id)
            events.extend(Event.from_dict(d) for d in json.loads(text))
        return events, ids

    def story_events(self, story_id: str) -> list[Event]:
        return self.events(story_id=story_id, with_mentions=True)

    def replace_story_events(self, story_id: str, events: list[Event]) -> None:
        """Rewrite the events (and their mentions) of one story."""
        old = [
            r[0]
            for r in self.con.execute(
                "SELECT event_id FROM events WHERE story_id = ?", [story_id]
            ).fetchall()
        ]
        if old:
            self.con.execute("DELETE FROM mentions WHERE list_contains(?, event_id)", [old])
            self.con.execute("DELETE FROM events WHERE story_id = ?", [story_id])
        self.add_events(events)

    def add_events(self, events: Iterable[Event]) -> None:
        event_rows, mention_rows = [], []
        for e in events:
            p = e.place or Place()
            event_rows.append(
                [
                    e.event_id, e.story_id, e.date_start, e.date_end, e.date_precision,
                    e.actor, e.actor_names, e.recipient, e.recipient_names, e.cameo_code,
                    e.cameo_root, e.plover_type, e.plover_mode, e.goldstein, e.quad_class,
                    e.modality, e.attributed_to, p.name, p.country, p.lat, p.lon, e.trigger,
                    e.n_mentions, e.n_articles, e.n_outlets, e.confidence,
                ]
            )
            for m in e.mentions:
                mention_rows.append(
                    [
                        e.event_id, m.article_id, m.sentence_index, m.char_start, m.char_end,
                        m.sentence, m.trigger, m.modality, m.attributed_to,
                    ]
                )
        self._insert_rows("events", EVENT_COLUMNS, EVENT_TYPES, event_rows)
        self._insert_rows("mentions", MENTION_COLUMNS, MENTION_TYPES, mention_rows)

    def events(
        self,
        *,
        story_id: str | None = None,
        event_ids: list[str] | None = None,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        cameo: str | None = None,
        modality: str | None = None,
        since: date | None = None,
        until: date | None = None,
        with_mentions: bool = False,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching every filter given (actor codes match by prefix: PRK ~ PRKGOV)."""
        where, params = [], []
        if story_id is not None:
            where.append("story_id = ?")
            params.append(story_id)
        if event_ids is not None:
            where.append("list_contains(?, event_id)")
            params.append(event_ids)
        if actor:
            where.append(
                "(len(list_filter(actor, lambda x: starts_with(x, ?))) > 0 OR "
                "len(list_filter(recipient, lambda x: starts_with(x, ?))) > 0)"
            )
            params += [actor, actor]
        if dyad:
            where.append(
                "len(list_filter(actor, lambda x: starts_with(x, ?))) > 0 AND "
                "len(list_filter(recipient, lambda x: starts_with(x, ?))) > 0"
            )
            params += list(dyad)
        if cameo:
            where.append("starts_with(cameo_code, ?)")
            params.append(cameo)
        if modality:
            where.append("modality = ?")
            params.append(modality)
        if since:
            where.append("coalesce(date_end, date_start) >= ?")
            params.append(since)
        if until:
            where.append("date_start <= ?")
            params.append(until)
        sql = f"SELECT {EVENT_COLUMNS} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date_start NULLS LAST, event_id"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        events = [_event_from_row(r) for r in self._dicts(sql, params)]
        if with_mentions and events:
            by_id = {e.event_id: e for e in events}
            for row in self._dicts(
                f"SELECT {MENTION_COLUMNS} FROM mentions WHERE list_contains(?, event_id) "
                "ORDER BY article_id, sentence_index",
                [list(by_id)],
            ):
                by_id[row["event_id"]].mentions.append(Mention(**row))
        return events

    # -- actors ----------------------------------------------------------------------------
    def upsert_actors(self, rows: Iterable[dict]) -> None:
        data = [
            [
                r["code"], r.get("name"), r.get("country"), r.get("sector"),
                r.get("aliases") or [], r.get("valid_from"), r.get("valid_to"),
            ]
            for r in rows
        ]
        if data:
            self.con.executemany(
                "INSERT OR REPLACE INTO actors VALUES (?,?,?,?,?,?,?)", data
            )

    def record_actors(self, rows: Iterable[dict]) -> None:
        """Add actor codes seen in events; the names they were seen under join `aliases`."""
        data = [
            [r["code"], r.get("name"), r.get("country"), r.get("sector"), r.get("aliases") or []]
            for r in rows
        ]
        if data:
            self.con.executemany(
                "INSERT INTO actors (code, name, country, sector, aliases) VALUES (?,?,?,?,?) "
                "ON CONFLICT (code) DO UPDATE SET "
                "aliases = list_sort(list_distinct(list_concat(actors.aliases, "
                "excluded.aliases))), name = coalesce(actors.name, excluded.name)",
                data,
            )

    def actors(self) -> list[dict]:
        return self._dicts("SELECT * FROM actors ORDER BY code", [])

    # -- dedup index (issue 4) -------------------------------------------------------------
    def dedup_state(self, evict_days: int) -> dict:
        """The story index: stories still open (last seen within `evict_days` of the newest,
        or undated), their representative MinHash signatures, document frequencies, counters."""
        meta = dict(self.con.execute("SELECT key, value FROM dedup_meta").fetchall())
        df = self.con.execute(
            "SELECT list(feature ORDER BY feature), list(df ORDER BY feature) FROM "
            "(SELECT feature, max(df) AS df FROM dedup_df GROUP BY feature)"
        ).fetchall()[0]
        stories = self._dicts(
            "SELECT story_id, seq, first_seen, last_seen, n_articles, idx, val, terms, "
            "CASE WHEN entities = '' THEN []::VARCHAR[] "
            "ELSE string_split(entities, chr(10)) END AS entities, "
            "CASE WHEN entity_counts = '' THEN []::INTEGER[] "
            "ELSE string_split(entity_counts, ',')::INTEGER[] END AS entity_counts "
            "FROM dedup_stories WHERE last_seen IS NULL OR last_seen >= "
            "(SELECT max(last_seen) FROM dedup_stories) - CAST(? AS INTEGER) ORDER BY seq",
            [evict_days],
        )
        reps = self._dicts(
            "SELECT s.article_id, s.story_id, s.minhash FROM dedup_signatures s "
            "JOIN dedup_stories d USING (story_id) WHERE d.last_seen IS NULL OR d.last_seen >= "
            "(SELECT max(last_seen) FROM dedup_stories) - CAST(? AS INTEGER) "
            "ORDER BY d.seq, s.article_id",
            [evict_days],
        )
        return {"meta": meta, "df_features": df[0] or [], "df_counts": df[1] or [],
                "stories": stories, "reps": reps}

    def dedup_save(self, *, stories: dict | None = None, reps: dict | None = None,
                   df: dict | None = None, meta: dict[str, int] | None = None) -> None:
        """Upsert changed stories, new signatures, changed document frequencies, counters.

        Each table's rows come as one dict of equal-length NumPy columns, scanned by DuckDB in
        one statement (binding Python lists row by row costs several times more). Story columns:
        story_id, seq, first_seen, last_seen, n_articles, idx, val, terms (bytes), entities
        (newline-joined), entity_counts (comma-joined); reps: article_id, story_id, minhash;
        df: feature, df (appended: a feature's current df is its largest row)."""
        for cols, sql in (
            (stories, "INSERT OR REPLACE INTO dedup_stories SELECT seq, story_id, "
                      "first_seen::DATE, last_seen::DATE, n_articles, idx::BLOB, val::BLOB, "
                      "terms::BLOB, entities, entity_counts FROM _dedup_rows"),
            # new rows only (an article assigned again keeps its first row): an anti join is
            # four times cheaper here than INSERT OR REPLACE
            (reps, "INSERT INTO dedup_signatures SELECT article_id, story_id, minhash::BLOB "
                   "FROM _dedup_rows ANTI JOIN dedup_signatures USING (article_id)"),
            (df, "INSERT INTO dedup_df SELECT feature, df FROM _dedup_rows"),
        ):
            if cols and len(next(iter(cols.values()))):
                # DuckDB scans a local dict of NumPy arrays by its name (a replacement scan):
                # cheaper than register/unregister, which change the catalog
                _dedup_rows = cols  # noqa: F841
                self.con.execute(sql)
        if meta:  # an UPDATE of existing keys is several times cheaper than an upsert
            cases = " ".join("WHEN ? THEN ?" for _ in meta)
            keys = ", ".join("?" for _ in meta)
            params = [x for kv in meta.items() for x in kv] + list(meta)
            row = self.con.execute(
                f"UPDATE dedup_meta SET value = CASE key {cases} END WHERE key IN ({keys})",  # noqa: S608
                params,
            ).fetchall()
            if not row or row[0][0] < len(meta):
                self.con.execute(
                    "INSERT OR REPLACE INTO dedup_meta SELECT unnest(?::VARCHAR[]), "
                    "unnest(?::BIGINT[])", [list(meta), list(meta.values())]
                )

    def dedup_df_rows(self) -> int:
        """Rows of the append-only document-frequency table."""
        return int(self.con.execute("SELECT count(*) FROM dedup_df").fetchall()[0][0])

    def dedup_compact_df(self) -> None:
        """Keep one row per feature (its largest df) in the document-frequency table."""
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE _dedup_df AS "
            "SELECT feature, max(df) AS df FROM dedup_df GROUP BY feature"
        )
        self.con.execute("DELETE FROM dedup_df")
        self.con.execute("INSERT INTO dedup_df SELECT feature, df FROM _dedup_df ORDER BY feature")
        self.con.execute("DROP TABLE _dedup_df")

    # -- analysis, briefs and export (issue 5) ---------------------------------------------
    def event_ids_by_sentence(self, keys: list[tuple[str, int]]) -> dict[tuple[str, int], list]:
        """(article_id, sentence_index) -> ids of the events that sentence mentions."""
        if not keys:
            return {}
        rows = self.con.execute(
            "SELECT m.article_id, m.sentence_index, list(DISTINCT m.event_id ORDER BY m.event_id) "
            "FROM mentions m JOIN (SELECT unnest(?::VARCHAR[]) AS a, unnest(?::INTEGER[]) AS i) k "
            "ON m.article_id = k.a AND m.sentence_index = k.i GROUP BY ALL",
            [[k[0] for k in keys], [int(k[1]) for k in keys]],
        ).fetchall()
        return {(r[0], int(r[1])): list(r[2]) for r in rows}

    def copy_events(self, path: str | Path, fmt: str, *, modality: str | None = None) -> int:
        """Write events with their mentions (a list column) with DuckDB COPY; csv, parquet or
        json (one object per line). Returns the number of events written."""
        options = {"csv": "(FORMAT csv, HEADER true)", "parquet": "(FORMAT parquet)",
                   "json": "(FORMAT json)"}[fmt]
        where, params = "", []
        if modality:
            where, params = " WHERE e.modality = ?", [modality]
        mentions = (
            "list({'article_id': m.article_id, 'sentence_index': m.sentence_index, "
            "'char_start': m.char_start, 'char_end': m.char_end, 'sentence': m.sentence, "
            "'trigger': m.trigger, 'modality': m.modality, 'attributed_to': m.attributed_to} "
            "ORDER BY m.article_id, m.sentence_index)"
        )
        if fmt == "csv":  # CSV has no nested values: mentions as a JSON text column
            mentions = f"to_json({mentions})"
        select = (
            f"SELECT {', '.join('e.' + c.strip() for c in EVENT_COLUMNS.split(','))}, "
            f"(SELECT {mentions} FROM mentions m WHERE m.event_id = e.event_id) AS mentions "
            f"FROM events e{where} ORDER BY e.date_start NULLS LAST, e.event_id"
        )
        n = self.con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
        target = str(path).replace("'", "''")
        try:
            self.con.execute(f"COPY ({select}) TO '{target}' {options}", params)
        except duckdb.Error as exc:
            raise StoreError("E302", input=str(path), detail=_first_line(exc)) from exc
        return int(n)

    def same_day_event(self, exclude_story: str, actor: list[str], recipient: list[str],
                       cameo_code: str, modality: str, day: date) -> str | None:
        """An event of another story with the same dyad, code, modality and single day."""
        row = self.con.execute(
            "SELECT event_id FROM events WHERE story_id <> ? AND list_sort(actor) = ? "
            "AND list_sort(recipient) = ? AND cameo_code = ? AND modality = ? "
            "AND date_start = ? AND coalesce(date_end, date_start) = date_start "
            "ORDER BY event_id LIMIT 1",
            [exclude_story, sorted(actor), sorted(recipient), cameo_code, modality, day],
        ).fetchone()
        return row[0] if row else None

    def add_mentions(self, event_id: str, mentions: Iterable[Mention]) -> None:
        rows = [[event_id, m.article_id, m.sentence_index, m.char_start, m.char_end, m.sentence,
                 m.trigger, m.modality, m.attributed_to] for m in mentions]
        if rows:
            self.con.executemany(
                f"INSERT INTO mentions ({MENTION_COLUMNS}) VALUES ({','.join('?' * 9)}) "
                "ON CONFLICT DO NOTHING",
                rows,
            )

    def recount_event(self, event_id: str) -> None:
        """Recompute n_mentions, n_articles, n_outlets of one event from its mentions."""
        self.con.execute(
            "UPDATE events SET n_mentions = c.m, n_articles = c.a, n_outlets = c.o FROM ("
            "SELECT count(*) AS m, count(DISTINCT x.article_id) AS a, "
            "count(DISTINCT coalesce(a.outlet, x.article_id)) AS o FROM mentions x "
            "LEFT JOIN articles a USING (article_id) WHERE x.event_id = ?) c "
            "WHERE events.event_id = ?",
            [event_id, event_id],
        )

    # -- every table (issue 2: idempotence checks) ----------------------------------------
    def table_counts(self) -> dict[str, int]:
        """Row count of every table in the file, including ones later migrations add."""
        names = [
            r[0]
            for r in self.con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
                "AND table_name <> 'schema_version' ORDER BY table_name"
            ).fetchall()
        ]
        return {
            t: int(self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])  # noqa: S608
            for t in names
        }

    # -- helpers ---------------------------------------------------------------------------
    def _dicts(self, sql: str, params: list) -> list[dict]:
        cur = self.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _event_from_row(row: dict) -> Event:
    place = Place(
        name=row.pop("place_name"),
        country=row.pop("place_country"),
        lat=row.pop("place_lat"),
        lon=row.pop("place_lon"),
    )
    row.pop("cameo_root", None)
    for key in ("actor", "actor_names", "recipient", "recipient_names", "attributed_to"):
        row[key] = list(row[key] or [])
    return Event(place=place, **row)


def _statements(body: str) -> list[str]:
    lines = [ln for ln in body.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
