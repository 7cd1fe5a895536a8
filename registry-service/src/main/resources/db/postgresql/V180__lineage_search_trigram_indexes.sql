-- The web UI's search (/ui?q=) finds datasets and jobs whose name or namespace contains the text, in any case:
-- LOWER(name) LIKE '%text%' OR LOWER(namespace) LIKE '%text%'. Trigram GIN indexes serve both sides of the OR (a
-- bitmap OR of two index scans) instead of a scan of every row. Numbered after lineage's V100, which creates the
-- tables (V80 creates the extension). H2 keeps the same portable query, scanning.
-- fastupdate = off: rows go straight into the index. With GIN's default pending list, rows written since the last
-- vacuum are scanned one by one on every search: 10,000 fresh rows made the six search queries 36 ms instead of 2.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_lineage_datasets_name_trgm ON lineage_datasets USING gin (LOWER(name) gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX ix_lineage_datasets_namespace_trgm ON lineage_datasets USING gin (LOWER(namespace) gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX ix_lineage_jobs_name_trgm ON lineage_jobs USING gin (LOWER(name) gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX ix_lineage_jobs_namespace_trgm ON lineage_jobs USING gin (LOWER(namespace) gin_trgm_ops) WITH (fastupdate = off);
