-- Griot knowledge store, schema version 2: the store's revision, a counter bumped inside every write
-- transaction, so that every process serving from the file knows when what it holds in memory is stale.

CREATE TABLE revision (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
) STRICT;
INSERT INTO revision (id, value) VALUES (1, 1);
