-- V80's trigram index took every new version row straight into the index (fastupdate = off): ~30 trigram posting
-- trees updated in the registration's transaction, and the trigrams every subject shares ("-va", "lue", the common
-- prefix) are the same pages for every concurrent writer. That was ~0.15-0.2 ms of PostgreSQL CPU per registration
-- (0.37-0.42 ms per version-row insert without the index, 0.54-0.60 with it; 16 concurrent inserters, pgbench,
-- 2026-12-03) and the registration-throughput regression of session 5 on PostgreSQL.
-- A small pending list instead: inserts append their trigrams to it (0.44-0.48 ms, same test) and it is merged into
-- the index in bulk once it passes 64 kB (or by autovacuum). A search scans at most those 64 kB of fresh rows (a few
-- hundred), not the 10,000 that made V80 choose fastupdate = off.
ALTER INDEX ix_registry_versions_subject_trgm SET (fastupdate = on, gin_pending_list_limit = 64);
