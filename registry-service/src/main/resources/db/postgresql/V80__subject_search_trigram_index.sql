-- The web UI's search (/ui?q=) finds subjects whose name contains the text, in any case: LOWER(subject) LIKE '%text%'.
-- A trigram GIN index serves that pattern (three characters or more) instead of a scan of every version row.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may create it.
-- H2 has no such index and keeps the same portable query, scanning.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_registry_versions_subject_trgm ON registry_subject_versions USING gin (LOWER(subject) gin_trgm_ops);
