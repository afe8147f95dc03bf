-- Griot event store, schema version 2: the lookups used while importing read maps built for each session from the
-- store's own lookup tables (DuckDbEventStore sets the variables iso_of_fips and country_of_name when it opens a
-- store for writing; getvariable is folded into a constant map when a query is bound).
--
-- Version 1 wrote the two maps into the macros' text as literals; a store of that version is brought here by
-- replacing its macros. They stay macros over constant maps, not joins: a join lets the planner build its hash
-- table on the file's side, which holds the whole file in memory.

CREATE OR REPLACE MACRO iso_of_fips(f) AS getvariable('iso_of_fips')[f];
CREATE OR REPLACE MACRO country_of_name(n) AS getvariable('country_of_name')[lower(trim(n))];
