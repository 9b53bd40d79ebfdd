-- storyline schema, version 1.
-- Written once for both backends: {JSON} and {BLOB} and {SERIAL_PK} are replaced per dialect
-- (storyline/store/schema.py). Offsets are named char_start/char_end because "end" is
-- reserved in PostgreSQL. Every statement is idempotent (IF NOT EXISTS).

-- articles: one row per article; the per-article layers live in their own tables below
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    path TEXT,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    published_source TEXT,
    published_evidence {JSON},
    lang TEXT,
    content_hash TEXT,
    duplicate_of TEXT,
    near_duplicates {JSON},
    story TEXT,
    chars BIGINT NOT NULL,
    meta {JSON},
    warnings {JSON},
    text TEXT NOT NULL,
    furniture {JSON},
    body {JSON},
    sentences {JSON},
    extra {JSON},
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_seq ON articles (seq);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story);

CREATE TABLE IF NOT EXISTS timexes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT,
    value TEXT,
    granularity TEXT,
    date_range {JSON},
    anchor TEXT,
    confidence DOUBLE PRECISION,
    sentence INTEGER,
    extra {JSON},
    PRIMARY KEY (article_id, idx),
    CHECK (char_start >= 0 AND char_end >= char_start)
);
CREATE INDEX IF NOT EXISTS timexes_value ON timexes (value);

CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    canonical TEXT,
    code TEXT,
    sentence INTEGER,
    kind TEXT,
    entity_type TEXT,
    extra {JSON},
    PRIMARY KEY (article_id, idx),
    CHECK (char_start >= 0 AND char_end >= char_start)
);
CREATE INDEX IF NOT EXISTS mentions_canonical ON mentions (canonical);
CREATE INDEX IF NOT EXISTS mentions_code ON mentions (code);

CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    goldstein DOUBLE PRECISION,
    modality TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    sentence_text TEXT,
    actors {JSON},
    location {JSON},
    location_name TEXT,
    date TEXT,
    date_range {JSON},
    date_text TEXT,
    date_source TEXT,
    summary TEXT,
    extra {JSON},
    PRIMARY KEY (article_id, idx),
    CHECK (trigger_start >= 0 AND trigger_end >= trigger_start),
    CHECK (sentence_start >= 0 AND sentence_end >= sentence_start)
);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_type ON events (type);

CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content_text TEXT,
    source {JSON},
    cue {JSON},
    speaker TEXT,
    speaker_code TEXT,
    anonymous BOOLEAN,
    carrier TEXT,
    sentence INTEGER,
    extra {JSON},
    PRIMARY KEY (article_id, idx),
    CHECK (content_start >= 0 AND content_end >= content_start)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);

-- MinHash signatures for near-duplicate search; no foreign key so that a signature
-- may be written before or after its article
CREATE TABLE IF NOT EXISTS signatures (
    article_id TEXT PRIMARY KEY,
    minhash {BLOB} NOT NULL
);

CREATE TABLE IF NOT EXISTS ingest_errors (
    id {SERIAL_PK},
    path TEXT NOT NULL,
    line INTEGER,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);

-- fused, corpus-level records: replaced as a whole by save_dossier. Each keeps its full
-- record in payload (so new fields survive) plus the columns the queries filter on.
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT,
    code TEXT,
    mentions INTEGER,
    payload {JSON} NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_name ON entities (name);
CREATE INDEX IF NOT EXISTS entities_code ON entities (code);

-- every name an entity goes by (name and aliases), lower-cased, for entity filters
CREATE TABLE IF NOT EXISTS entity_names (
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (entity_id, name)
);
CREATE INDEX IF NOT EXISTS entity_names_name ON entity_names (name);

CREATE TABLE IF NOT EXISTS timeline_events (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    date TEXT,
    date_start TEXT,
    date_end TEXT,
    type TEXT,
    modality TEXT,
    story TEXT,
    payload {JSON} NOT NULL
);
CREATE INDEX IF NOT EXISTS timeline_events_date ON timeline_events (date_start, date_end);
CREATE INDEX IF NOT EXISTS timeline_events_story ON timeline_events (story);
CREATE INDEX IF NOT EXISTS timeline_events_type ON timeline_events (type);

-- actor names (lower-cased) and source articles of each timeline event, for filters
CREATE TABLE IF NOT EXISTS timeline_actors (
    event_id TEXT NOT NULL,
    name TEXT NOT NULL,
    code TEXT,
    PRIMARY KEY (event_id, name)
);
CREATE INDEX IF NOT EXISTS timeline_actors_name ON timeline_actors (name);
CREATE INDEX IF NOT EXISTS timeline_actors_code ON timeline_actors (code);

CREATE TABLE IF NOT EXISTS timeline_sources (
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX IF NOT EXISTS timeline_sources_article ON timeline_sources (article_id);

CREATE TABLE IF NOT EXISTS quotes_merged (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    speaker TEXT,
    speaker_code TEXT,
    event TEXT,
    story TEXT,
    payload {JSON} NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_merged_story ON quotes_merged (story);
CREATE INDEX IF NOT EXISTS quotes_merged_speaker ON quotes_merged (speaker);

CREATE TABLE IF NOT EXISTS quote_sources (
    quote_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (quote_id, article_id)
);
CREATE INDEX IF NOT EXISTS quote_sources_article ON quote_sources (article_id);

CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    title TEXT,
    first TEXT,
    last TEXT,
    payload {JSON} NOT NULL
);

CREATE TABLE IF NOT EXISTS story_articles (
    story_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles (article_id);
