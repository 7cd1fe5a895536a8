-- Lookups of a subject's versions (context_name, subject) had two candidate indexes that both start with
-- context_name: the primary key and this one. A plan PostgreSQL keeps for a connection, made while the table was
-- small and not yet analysed (autovacuum off, or not yet run), could pick this one and then read every version of the
-- context on each registration. Leading with schema_id, it serves only the lookups by schema id it exists for.
DROP INDEX ix_registry_versions_schema;
CREATE INDEX ix_registry_versions_schema ON registry_subject_versions (schema_id, context_name);
