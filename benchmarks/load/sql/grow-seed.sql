-- Seeds :subjects subjects (grow-<i>-value) of :versions versions each, straight into the registry's tables on
-- PostgreSQL, exactly as the service would have stored them: each version a distinct Avro record in the service's
-- stored form, its content hash the service's (SHA-256 over 'AVRO' NUL text NUL NUL NUL, no references, metadata or
-- rule set; growth.sh checks it against one registration made through the API first), ids 1..subjects*versions.
-- Used by growth.sh only: a million versions through the API would take longer than the measurements.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO registry_subjects (context_name, subject)
SELECT '.', 'grow-' || i || '-value' FROM generate_series(1, :subjects) AS i;

INSERT INTO registry_schemas (context_name, schema_id, content_hash, schema_type, schema_text, metadata_json,
                              rule_set_json, created_at)
SELECT '.', s.id, encode(sha256(convert_to('AVRO', 'UTF8') || '\x00'::bytea || convert_to(s.text, 'UTF8')
                                  || '\x000000'::bytea), 'hex'),
       'AVRO', s.text, NULL, NULL, 1
FROM (SELECT (i - 1) * :versions + v AS id,
             '{"type":"record","name":"Grow","namespace":"bench.grow","fields":[{"name":"id","type":"string"},'
               || '{"name":"f_' || i || '_' || v || '","type":"long"}]}' AS text
      FROM generate_series(1, :subjects) AS i, generate_series(1, :versions) AS v) AS s;

INSERT INTO registry_subject_versions (context_name, subject, version, schema_id, deleted, registered_at)
SELECT '.', 'grow-' || i || '-value', v, (i - 1) * :versions + v, false, 1
FROM generate_series(1, :subjects) AS i, generate_series(1, :versions) AS v;
COMMIT;
ANALYZE;
