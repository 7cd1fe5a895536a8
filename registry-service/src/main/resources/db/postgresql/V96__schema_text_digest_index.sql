-- Lookups (POST /subjects/{s}: "which id is this schema under this subject?") probe a subject's newest versions for
-- the draft's text (store/TextProbe). Without an index on the text, the probe read every version's schema row to
-- compare (one index descent and one heap page each, ~10 for a subject of 10 versions); at 100,000 subjects those rows
-- are rarely in shared buffers. With this index the schemas holding the text are found with one descent, and only
-- the matching version's row is read. md5 keeps the key small whatever the text's size; the text itself is compared
-- too, so a collision cannot match. PostgreSQL only: on H2 (one instance, subject states copied in memory) the probe
-- reads the versions' rows as before.
CREATE INDEX ix_registry_schemas_text_md5 ON registry_schemas (context_name, md5(schema_text));
