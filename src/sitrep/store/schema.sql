-- sitrep store schema. Each migration is a block that starts with `-- migration N`;
-- Store applies, in one transaction each, the blocks above the file's schema_version.

-- migration 1
CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR PRIMARY KEY,
    url          VARCHAR,
    source       VARCHAR,
    outlet       VARCHAR,
    title        VARCHAR,
    published    DATE,
    language     VARCHAR,
    text         VARCHAR NOT NULL,
    metadata     JSON,
    story_id     VARCHAR,
    ingested_at  TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    char_start     INTEGER,
    char_end       INTEGER,
    text           VARCHAR NOT NULL,
    PRIMARY KEY (article_id, sentence_index)
);
CREATE TABLE IF NOT EXISTS stories (
    story_id    VARCHAR PRIMARY KEY,
    first_seen  DATE,
    last_seen   DATE,
    n_articles  INTEGER,
    n_outlets   INTEGER,
    headline    VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    story_id        VARCHAR,
    date_start      DATE,
    date_end        DATE,
    date_precision  VARCHAR,
    actor           VARCHAR[],
    actor_names     VARCHAR[],
    recipient       VARCHAR[],
    recipient_names VARCHAR[],
    cameo_code      VARCHAR,
    cameo_root      VARCHAR,
    plover_type     VARCHAR,
    plover_mode     VARCHAR,
    goldstein       DOUBLE,
    quad_class      INTEGER,
    modality        VARCHAR,
    attributed_to   VARCHAR[],
    place_name      VARCHAR,
    place_country   VARCHAR,
    place_lat       DOUBLE,
    place_lon       DOUBLE,
    trigger         VARCHAR,
    n_mentions      INTEGER,
    n_articles      INTEGER,
    n_outlets       INTEGER,
    confidence      DOUBLE
);
CREATE TABLE IF NOT EXISTS mentions (
    event_id       VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    char_start     INTEGER,
    char_end       INTEGER,
    sentence       VARCHAR,
    trigger        VARCHAR,
    modality       VARCHAR,
    attributed_to  VARCHAR[],
    PRIMARY KEY (event_id, article_id, sentence_index)
);
CREATE TABLE IF NOT EXISTS actors (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    aliases     VARCHAR[],
    valid_from  DATE,
    valid_to    DATE
);

-- migration 2
-- issue 4 (dedup): the story index, so a new process continues where the last one stopped.
CREATE TABLE IF NOT EXISTS dedup_stories (
    story_id      VARCHAR PRIMARY KEY,
    seq           BIGINT NOT NULL,
    first_seen    DATE,
    last_seen     DATE,
    n_articles    INTEGER,
    idx           INTEGER[],
    val           FLOAT[],
    terms         INTEGER[],
    entities      VARCHAR[],
    entity_counts INTEGER[]
);
CREATE TABLE IF NOT EXISTS dedup_signatures (
    article_id VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL,
    minhash    UINTEGER[]
);
CREATE TABLE IF NOT EXISTS dedup_df (
    feature INTEGER PRIMARY KEY,
    df      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS dedup_meta (
    key   VARCHAR PRIMARY KEY,
    value BIGINT
);

-- migration 3
-- issue 4 (dedup): vectors and signatures as raw little-endian arrays (BLOB), far faster to
-- write per batch than nested lists; the index can be rebuilt, so the old tables are dropped.
DROP TABLE IF EXISTS dedup_stories;
DROP TABLE IF EXISTS dedup_signatures;
CREATE TABLE dedup_stories (
    story_id      VARCHAR PRIMARY KEY,
    seq           BIGINT NOT NULL,
    first_seen    DATE,
    last_seen     DATE,
    n_articles    INTEGER,
    idx           BLOB,
    val           BLOB,
    terms         BLOB,
    entities      VARCHAR[],
    entity_counts INTEGER[]
);
CREATE TABLE dedup_signatures (
    article_id VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL,
    minhash    BLOB
);

-- migration 4
-- issue 4 (dedup): cheaper index writes per batch. Stories keyed by their integer seq, entity
-- names and counts as one newline- / comma-joined VARCHAR each (no list building per write);
-- document frequencies append-only (a feature's df only grows: its current value is the
-- largest row; StoryAssigner folds the rows now and then). Existing rows are kept.
CREATE TABLE dedup_stories_v4 (
    seq           BIGINT PRIMARY KEY,
    story_id      VARCHAR NOT NULL,
    first_seen    DATE,
    last_seen     DATE,
    n_articles    INTEGER,
    idx           BLOB,
    val           BLOB,
    terms         BLOB,
    entities      VARCHAR,
    entity_counts VARCHAR
);
INSERT INTO dedup_stories_v4 SELECT seq, story_id, first_seen, last_seen, n_articles, idx, val,
    terms, array_to_string(entities, chr(10)), array_to_string(entity_counts, ',')
    FROM dedup_stories;
DROP TABLE dedup_stories;
ALTER TABLE dedup_stories_v4 RENAME TO dedup_stories;
CREATE TABLE dedup_df_v4 (
    feature INTEGER NOT NULL,
    df      INTEGER NOT NULL
);
INSERT INTO dedup_df_v4 SELECT feature, df FROM dedup_df;
DROP TABLE dedup_df;
ALTER TABLE dedup_df_v4 RENAME TO dedup_df;

-- migration 5
-- issue 4 (dedup): each article's event claims as the coder gave them, before merging, so a
-- story's events are always merged from the same claims whatever order articles came in
-- (merging already-merged rows with new claims was not order-independent).
CREATE TABLE claims (
    story_id   VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    events     VARCHAR NOT NULL   -- JSON array of Event.to_dict()
);
CREATE INDEX claims_story ON claims (story_id);
