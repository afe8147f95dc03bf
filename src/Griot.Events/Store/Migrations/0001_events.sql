-- Griot event store, schema version 1: coded events, the files they came from, the monthly dyad summary kept at
-- import, and the CAMEO and GeoNames lookups, copied from the lookup_* tables the migration runner stages from the
-- lookups that ship with Griot (data/events/).

CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);

CREATE TYPE quad_class AS ENUM ('1', '2', '3', '4');
CREATE MACRO quad_class_of(root) AS CASE
    WHEN root BETWEEN '01' AND '05' THEN 1 WHEN root BETWEEN '06' AND '08' THEN 2
    WHEN root BETWEEN '09' AND '13' THEN 3 WHEN root BETWEEN '14' AND '20' THEN 4 END;

CREATE TABLE files (
    id INTEGER PRIMARY KEY, origin VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL UNIQUE, format VARCHAR NOT NULL,
    bytes BIGINT NOT NULL, rows_read BIGINT NOT NULL, rows_added BIGINT NOT NULL, duplicates BIGINT NOT NULL,
    malformed BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL);

CREATE TABLE events (
    source VARCHAR NOT NULL, event_id BIGINT NOT NULL, event_date DATE NOT NULL,
    actor1_code VARCHAR, actor1_name VARCHAR, actor1_country VARCHAR,
    actor2_code VARCHAR, actor2_name VARCHAR, actor2_country VARCHAR,
    event_code VARCHAR NOT NULL, root_code VARCHAR NOT NULL, quad_class TINYINT, goldstein DOUBLE,
    num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, avg_tone DOUBLE,
    action_country VARCHAR, source_url VARCHAR, file_id INTEGER NOT NULL);

CREATE TABLE cameo_events (code VARCHAR PRIMARY KEY, description VARCHAR, root VARCHAR, quad_class TINYINT, goldstein DOUBLE);
CREATE TABLE cameo_countries (code VARCHAR PRIMARY KEY, label VARCHAR NOT NULL);
CREATE TABLE geo_countries (iso2 VARCHAR, iso3 VARCHAR PRIMARY KEY, fips VARCHAR, name VARCHAR NOT NULL);
-- Names of states as ICEWS writes them ("mali", "russian federation", lower case) → CAMEO country codes.
CREATE TABLE country_names (name_key VARCHAR PRIMARY KEY, code VARCHAR NOT NULL);

CREATE TABLE dyad_months (
    month DATE NOT NULL, actor1_country VARCHAR NOT NULL, actor2_country VARCHAR NOT NULL, events BIGINT NOT NULL,
    q1 BIGINT NOT NULL, q2 BIGINT NOT NULL, q3 BIGINT NOT NULL, q4 BIGINT NOT NULL,
    goldstein_sum DOUBLE, goldstein_n BIGINT NOT NULL, tone_sum DOUBLE, tone_n BIGINT NOT NULL, file_id INTEGER NOT NULL);

INSERT INTO cameo_events SELECT code, description, root, quad_class, goldstein FROM lookup_cameo_events;
INSERT INTO cameo_countries SELECT code, label FROM lookup_cameo_countries;
INSERT INTO geo_countries SELECT iso2, iso3, fips, name FROM lookup_geo_countries;
INSERT INTO country_names SELECT name_key, code FROM lookup_country_names;

-- The type the CSV reader reads GDELT's EventCode as, so that an unknown code rejects its row with the line.
CREATE TYPE cameo_code AS ENUM (SELECT code FROM cameo_events ORDER BY code);

-- The lookup macros the import maps FIPS codes and ICEWS country names with, iso_of_fips and country_of_name, are
-- defined by migration 0002.
