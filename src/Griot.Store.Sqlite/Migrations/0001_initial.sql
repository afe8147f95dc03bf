-- Griot knowledge store, schema version 1.
-- Intervals are kept as written (start/end with their after/before marks) and as day numbers
-- (DateOnly.DayNumber) of the widest reading, so that "valid on D" is two integer comparisons:
-- start_earliest <= D AND D < end_latest. Infinities are the limits of a 32-bit integer.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE actors (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    official_name TEXT,
    capital       TEXT,
    iso2          TEXT,
    iso_numeric   TEXT,
    cow           INTEGER,
    cameo         TEXT,
    wikidata      TEXT,
    origin        TEXT NOT NULL
) STRICT;

-- Every name an actor is known by; normalized is lower case without diacritics.
CREATE TABLE actor_names (
    actor_id   TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    normalized TEXT NOT NULL,
    type       TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,
    PRIMARY KEY (actor_id, type, ordinal)
) STRICT;
CREATE INDEX actor_names_normalized ON actor_names (normalized);

CREATE TABLE actor_sources (
    actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    source   TEXT,
    dataset  TEXT,
    row      INTEGER
) STRICT;
CREATE INDEX actor_sources_actor ON actor_sources (actor_id);

CREATE TABLE statements (
    id             TEXT PRIMARY KEY,
    subject        TEXT NOT NULL,
    predicate      TEXT NOT NULL,
    object         TEXT,
    qualifiers     TEXT NOT NULL,
    start_bound    TEXT NOT NULL,
    end_bound      TEXT NOT NULL,
    start_earliest INTEGER NOT NULL,
    end_latest     INTEGER NOT NULL,
    origin         TEXT NOT NULL
) STRICT;
CREATE INDEX statements_subject ON statements (subject, predicate);
CREATE INDEX statements_object ON statements (object, predicate);
CREATE INDEX statements_predicate ON statements (predicate);

CREATE TABLE statement_references (
    statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    source       TEXT,
    dataset      TEXT,
    row          INTEGER,
    document     TEXT,
    span_start   INTEGER,
    span_end     INTEGER,
    text         TEXT
) STRICT;
CREATE INDEX statement_references_statement ON statement_references (statement_id);
CREATE UNIQUE INDEX statement_references_unique ON statement_references (
    statement_id, ifnull(source, ''), ifnull(dataset, ''), ifnull(row, -1), ifnull(document, ''),
    ifnull(span_start, -1), ifnull(span_end, -1));
