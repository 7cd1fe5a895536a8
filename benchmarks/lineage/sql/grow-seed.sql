-- Seeds a lineage store of :datasets datasets (file:/g/seed/<i>) and :datasets/2 jobs (load:g-seed-<j>), each job
-- reading two datasets spread over the whole range and writing its own two (2j, 2j+1), run :runs times (a START and
-- a COMPLETE event each: :datasets * :runs events), straight into the lineage tables on PostgreSQL, exactly as the
-- service stored them: every row is a copy of the rows the service wrote for one template run posted through the API
-- just before (job load:g-seed-tpl reading file:/g/seed/tpl-in-a and -in-b, writing -out-a and -out-b, run id
-- :'tpl_run'), with its names, keys (SHA-256 of namespace NUL name, as lineage/store/Keys) and run ids replaced
-- (in the stored payloads and facets too). grow.sh then reads one seeded dataset's graph through the API.
-- Used by grow.sh only: a million events through the API would take longer than the measurements.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE seed_key (name TEXT PRIMARY KEY, role INT NOT NULL, key CHAR(64) NOT NULL) ON COMMIT DROP;
INSERT INTO seed_key
SELECT n, r, encode(sha256(convert_to('file', 'UTF8') || '\x00'::bytea || convert_to(n, 'UTF8')), 'hex')
FROM (VALUES ('/g/seed/tpl-in-a', 0), ('/g/seed/tpl-in-b', 1), ('/g/seed/tpl-out-a', 2), ('/g/seed/tpl-out-b', 3))
    AS t (n, r);
-- The dataset each template role stands for in job j: two inputs spread over the range (never equal), two outputs.
CREATE TEMP TABLE seed_job ON COMMIT DROP AS
SELECT j, 'g-seed-' || j AS name,
       encode(sha256(convert_to('load', 'UTF8') || '\x00'::bytea || convert_to('g-seed-' || j, 'UTF8')), 'hex') AS key,
       ARRAY[(j::BIGINT * 2654435761 % :datasets)::INT, ((j::BIGINT * 2654435761 + :datasets / 2) % :datasets)::INT,
             2 * j, 2 * j + 1] AS ds
FROM generate_series(0, :datasets / 2 - 1) AS j;
CREATE TEMP TABLE seed_run ON COMMIT DROP AS
SELECT j, r, md5('seed-run-' || j || '-' || r)::uuid::TEXT AS run_id
FROM generate_series(0, :datasets / 2 - 1) AS j, generate_series(0, :runs - 1) AS r;
CREATE INDEX ON seed_run (j, r);
CREATE TEMP TABLE seed_ds ON COMMIT DROP AS
SELECT i, '/g/seed/' || i AS name,
       encode(sha256(convert_to('file', 'UTF8') || '\x00'::bytea || convert_to('/g/seed/' || i, 'UTF8')), 'hex') AS key
FROM generate_series(0, :datasets - 1) AS i;
CREATE INDEX ON seed_ds (i);

-- A stored text of the template run rewritten for run r of job j.
CREATE FUNCTION pg_temp.seed_text(t TEXT, tpl_run TEXT, j INT, run_id TEXT, ds INT[]) RETURNS TEXT LANGUAGE sql
IMMUTABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(t, tpl_run, run_id), '"g-seed-tpl"', '"g-seed-' || j || '"'),
         '/g/seed/tpl-in-a"', '/g/seed/' || ds[1] || '"'), '/g/seed/tpl-in-b"', '/g/seed/' || ds[2] || '"'),
         '/g/seed/tpl-out-a"', '/g/seed/' || ds[3] || '"'), '/g/seed/tpl-out-b"', '/g/seed/' || ds[4] || '"')
$$;

INSERT INTO lineage_datasets (dataset_key, namespace, name, facets, schema_fields, subject, binding_source,
                              contract_version, last_run_id, last_seen_at, created_at, updated_at)
SELECT d.key, t.namespace, d.name, t.facets, t.schema_fields, t.subject, t.binding_source, t.contract_version,
       (SELECT run_id FROM seed_run WHERE seed_run.j = d.i / 2 AND seed_run.r = :runs - 1), t.last_seen_at,
       t.created_at, t.updated_at
FROM seed_ds d, lineage_datasets t WHERE t.dataset_key = (SELECT key FROM seed_key WHERE role = 2);

INSERT INTO lineage_jobs (job_key, namespace, name, integration, job_type, processing_type, parent_job_key, facets,
                          latest_run_id, latest_run_state, latest_run_at, created_at, updated_at)
SELECT s.key, t.namespace, s.name, t.integration, t.job_type, t.processing_type, t.parent_job_key, t.facets,
       (SELECT run_id FROM seed_run WHERE seed_run.j = s.j AND seed_run.r = :runs - 1), t.latest_run_state,
       t.latest_run_at, t.created_at, t.updated_at
FROM seed_job s, lineage_jobs t WHERE t.name = 'g-seed-tpl' AND t.namespace = 'load';

INSERT INTO lineage_runs (run_id, job_key, parent_run_id, state, started_at, ended_at, facets, updated_at)
SELECT r.run_id, s.key, t.parent_run_id, t.state, t.started_at, t.ended_at, t.facets, t.updated_at
FROM seed_run r JOIN seed_job s USING (j), lineage_runs t WHERE t.run_id = :'tpl_run';

INSERT INTO lineage_run_states (run_id, state, event_time)
SELECT r.run_id, t.state, t.event_time
FROM seed_run r, lineage_run_states t WHERE t.run_id = :'tpl_run' ORDER BY r.j, r.r, t.id;

INSERT INTO lineage_events (event_kind, event_type, event_time, run_id, job_namespace, job_name, producer, payload,
                            received_at)
SELECT t.event_kind, t.event_type, t.event_time, r.run_id, t.job_namespace, s.name, t.producer,
       pg_temp.seed_text(t.payload, :'tpl_run', s.j, r.run_id, s.ds), t.received_at
FROM seed_run r JOIN seed_job s USING (j), lineage_events t WHERE t.run_id = :'tpl_run' ORDER BY r.j, r.r, t.id;

INSERT INTO lineage_run_io (run_id, dataset_key, direction, job_key, subject, contract_version, schema_id, facets,
                            event_time, drift_checked)
SELECT r.run_id, d.key, t.direction, s.key, t.subject, t.contract_version, t.schema_id,
       pg_temp.seed_text(t.facets, :'tpl_run', s.j, r.run_id, s.ds), t.event_time, t.drift_checked
FROM seed_run r JOIN seed_job s USING (j), lineage_run_io t JOIN seed_key k ON k.key = t.dataset_key,
     seed_ds d
WHERE t.run_id = :'tpl_run' AND d.i = s.ds[k.role + 1];

INSERT INTO lineage_job_io (job_key, dataset_key, direction, last_run_id, last_seen)
SELECT s.key, d.key, t.direction, (SELECT run_id FROM seed_run WHERE seed_run.j = s.j AND seed_run.r = :runs - 1),
       t.last_seen
FROM seed_job s, lineage_job_io t JOIN seed_key k ON k.key = t.dataset_key, seed_ds d
WHERE t.job_key = (SELECT job_key FROM lineage_jobs WHERE name = 'g-seed-tpl' AND namespace = 'load')
  AND d.i = s.ds[k.role + 1];
COMMIT;
ANALYZE;
