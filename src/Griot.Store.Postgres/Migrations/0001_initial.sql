-- Griot knowledge store on PostgreSQL, schema version 1: the tables of the SQLite engine, with the same meaning.
-- Intervals are kept as written (start/end with their after/before marks) and as day numbers
-- (DateOnly.DayNumber) of the widest reading, so that "valid on D" is two integer comparisons:
-- start_earliest <= D AND D < end_latest. Infinities are the limits of a 32-bit integer.
-- Identifiers and names compare and sort by code point (COLLATE "C"), as SQLite does, whatever the database's locale.
-- seq columns keep insertion order, which SQLite's rowid gives: references are read back in the order written.

CREATE TABLE meta (
    key   text COLLATE "C" PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE revision (
    id    integer PRIMARY KEY CHECK (id = 1),
    value bigint NOT NULL
);
INSERT INTO revision (id, value) VALUES (1, 1);

CREATE TABLE actors (
    id            text COLLATE "C" PRIMARY KEY,
    kind          text NOT NULL,
    name          text COLLATE "C" NOT NULL,
    official_name text,
    capital       text,
    iso2          text,
    iso_numeric   text,
    cow           integer,
    cameo         text,
    wikidata      text,
    origin        text NOT NULL
);
CREATE INDEX actors_origin ON actors (origin);

-- Every name an actor is known by; normalized is lower case without diacritics (NameKey).
CREATE TABLE actor_names (
    actor_id   text COLLATE "C" NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    name       text COLLATE "C" NOT NULL,
    normalized text COLLATE "C" NOT NULL,
    type       text COLLATE "C" NOT NULL,
    ordinal    integer NOT NULL,
    PRIMARY KEY (actor_id, type, ordinal)
);
CREATE INDEX actor_names_normalized ON actor_names (normalized);

CREATE TABLE actor_sources (
    seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id text COLLATE "C" NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    source   text,
    dataset  text,
    "row"    integer
);
CREATE INDEX actor_sources_actor ON actor_sources (actor_id);

CREATE TABLE statements (
    id             text COLLATE "C" PRIMARY KEY,
    subject        text COLLATE "C" NOT NULL,
    predicate      text COLLATE "C" NOT NULL,
    object         text COLLATE "C",
    qualifiers     text NOT NULL,
    start_bound    text NOT NULL,
    end_bound      text NOT NULL,
    start_earliest integer NOT NULL,
    end_latest     integer NOT NULL,
    origin         text NOT NULL
);
CREATE INDEX statements_subject ON statements (subject, predicate);
CREATE INDEX statements_object ON statements (object, predicate);
CREATE INDEX statements_predicate ON statements (predicate);
CREATE INDEX statements_origin ON statements (origin);

CREATE TABLE statement_references (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id text COLLATE "C" NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    source       text,
    dataset      text,
    "row"        integer,
    document     text,
    span_start   integer,
    span_end     integer,
    text         text
);
CREATE INDEX statement_references_statement ON statement_references (statement_id);
-- A reference is the same one whatever its evidence text, and a missing part equals an empty one, as in SQLite.
CREATE UNIQUE INDEX statement_references_unique ON statement_references (
    statement_id, coalesce(source, ''), coalesce(dataset, ''), coalesce("row", -1), coalesce(document, ''),
    coalesce(span_start, -1), coalesce(span_end, -1));
