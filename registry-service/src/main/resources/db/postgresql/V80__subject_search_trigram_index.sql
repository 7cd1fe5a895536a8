-- The web UI's search (/ui?q=) finds subjects whose name contains the text, in any case: LOWER(subject) LIKE '%text%'.
-- A trigram GIN index serves that pattern (three characters or more) instead of a scan of every version row.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may create it.
-- H2 has no such index and keeps the same portable query, scanning.
-- fastupdate = off: rows go straight into the index. With GIN's default pending list, rows written since the last
-- vacuum are scanned one by one on every search: 10,000 fresh rows made the six search queries 36 ms instead of 2.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_registry_versions_subject_trgm ON registry_subject_versions USING gin (LOWER(subject) gin_trgm_ops) WITH (fastupdate = off);
