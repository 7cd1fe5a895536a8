package org.contractregistry.registry.lineage.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.event.JobInfo;
import org.contractregistry.lineage.event.LineageEvent;
import org.contractregistry.lineage.event.RunState;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;

/**
 * Writes of the lineage tables. Upserts are "update, else insert": the insert that loses a race fails on the key and
 * the whole transaction is re-run by {@link LineageDb#write}. On PostgreSQL the insert-heavy ones (runs, run and job
 * I/O) are one {@code INSERT ... ON CONFLICT DO UPDATE} with the same column rules.
 */
public final class LineageWriter {
    private static final int MAX_TYPE = 256;
    private final Sql sql;
    private final boolean postgres;

    LineageWriter(Sql sql, boolean postgres) {
        this.sql = sql;
        this.postgres = postgres;
    }

    public void insertEvent(LineageEvent event, long receivedAt) {
        sql.update("INSERT INTO lineage_events (event_kind, event_type, event_time, run_id, job_namespace, job_name,"
                        + " producer, payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.kind().name(), event.state().map(Enum::name).orElse(null), event.eventTime().toEpochMilli(),
                event.runId().map(UUID::toString).orElse(null),
                event.job().map(j -> j.id().namespace().value()).orElse(null),
                event.job().map(j -> j.id().name()).orElse(null), event.producer(), event.json(), receivedAt);
    }

    /**
     * Creates or refreshes a job; empty facets or type fields keep what is stored. With {@code latest}, the job's
     * latest run moves to it unless the stored one is newer (same statement, so one round trip per event).
     */
    public String upsertJob(JobInfo job, Optional<JobId> parent, String facetsJson, Optional<LatestRun> latest,
            long now) {
        String key = Keys.of(job.id());
        String parentKey = parent.map(Keys::of).orElse(null);
        String runId = latest.map(l -> l.runId().toString()).orElse(null);
        String state = latest.map(l -> l.state().name()).orElse(null);
        Object at = Sql.bigint(latest.map(LatestRun::eventTime).orElse(null));
        String newer = "? = 1 AND (latest_run_at IS NULL OR latest_run_at <= ?)";
        int moves = latest.isPresent() ? 1 : 0;
        int updated = sql.update("UPDATE lineage_jobs SET integration = COALESCE(?, integration),"
                        + " job_type = COALESCE(?, job_type), processing_type = COALESCE(?, processing_type),"
                        + " parent_job_key = COALESCE(?, parent_job_key), facets = COALESCE(?, facets), updated_at = ?,"
                        + " latest_run_id = CASE WHEN " + newer + " THEN ? ELSE latest_run_id END,"
                        + " latest_run_state = CASE WHEN " + newer + " THEN ? ELSE latest_run_state END,"
                        + " latest_run_at = CASE WHEN " + newer + " THEN ? ELSE latest_run_at END"
                        + " WHERE job_key = ?",
                job.integration().orElse(null), job.jobType().orElse(null), job.processingType().orElse(null),
                parentKey, facetsJson, now, moves, at, runId, moves, at, state, moves, at, at, key);
        if (updated == 0) {
            sql.update("INSERT INTO lineage_jobs (job_key, namespace, name, integration, job_type, processing_type,"
                            + " parent_job_key, facets, created_at, updated_at, latest_run_id, latest_run_state,"
                            + " latest_run_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    key, job.id().namespace().value(), job.id().name(), job.integration().orElse(null),
                    job.jobType().orElse(null), job.processingType().orElse(null), parentKey, facetsJson, now, now,
                    runId, state, at);
        }
        return key;
    }

    /** A run that may become its job's latest one. */
    public record LatestRun(UUID runId, RunState state, long eventTime) {}

    /** Makes sure a job named only as a parent exists. */
    public String ensureJob(JobId job, long now) {
        String key = Keys.of(job);
        if (sql.one("SELECT 1 FROM lineage_jobs WHERE job_key = ?", row -> 1, key).isEmpty()) {
            sql.update("INSERT INTO lineage_jobs (job_key, namespace, name, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)", key, job.namespace().value(), job.name(), now, now);
        }
        return key;
    }

    /**
     * Records a run's state change. A terminal state is not overwritten by a late non-terminal one; start and end
     * times come from START and terminal events.
     */
    public void upsertRun(UUID runId, String jobKey, Optional<UUID> parentRunId, RunState state, long eventTime,
            String facetsJson) {
        String id = runId.toString();
        String parent = parentRunId.map(UUID::toString).orElse(null);
        Long startedAt = state == RunState.START ? eventTime : null;
        Long endedAt = state.terminal() ? eventTime : null;
        if (postgres) {
            sql.update("INSERT INTO lineage_runs AS r (run_id, job_key, parent_run_id, state, started_at, ended_at,"
                            + " facets, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET"
                            + " job_key = EXCLUDED.job_key, parent_run_id = COALESCE(EXCLUDED.parent_run_id, r.parent_run_id),"
                            + " state = CASE WHEN r.state IN ('COMPLETE', 'ABORT', 'FAIL') AND ? = 0 THEN r.state"
                            + " ELSE EXCLUDED.state END, started_at = COALESCE(r.started_at, EXCLUDED.started_at),"
                            + " ended_at = COALESCE(EXCLUDED.ended_at, r.ended_at),"
                            + " facets = COALESCE(EXCLUDED.facets, r.facets), updated_at = EXCLUDED.updated_at",
                    id, jobKey, parent, state.name(), Sql.bigint(startedAt), Sql.bigint(endedAt), facetsJson, eventTime,
                    state.terminal() ? 1 : 0);
            sql.update("INSERT INTO lineage_run_states (run_id, state, event_time) VALUES (?, ?, ?)",
                    id, state.name(), eventTime);
            return;
        }
        int updated = sql.update("UPDATE lineage_runs SET job_key = ?, parent_run_id = COALESCE(?, parent_run_id),"
                        + " state = CASE WHEN state IN ('COMPLETE', 'ABORT', 'FAIL') AND ? = 0 THEN state ELSE ? END,"
                        + " started_at = COALESCE(started_at, ?), ended_at = COALESCE(?, ended_at),"
                        + " facets = COALESCE(?, facets), updated_at = ? WHERE run_id = ?",
                jobKey, parent, state.terminal() ? 1 : 0, state.name(), Sql.bigint(startedAt), Sql.bigint(endedAt),
                facetsJson, eventTime, id);
        if (updated == 0) {
            sql.update("INSERT INTO lineage_runs (run_id, job_key, parent_run_id, state, started_at, ended_at, facets,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id, jobKey, parent, state.name(), Sql.bigint(startedAt), Sql.bigint(endedAt), facetsJson, eventTime);
        }
        sql.update("INSERT INTO lineage_run_states (run_id, state, event_time) VALUES (?, ?, ?)",
                id, state.name(), eventTime);
    }

    /** Makes sure a run named only as a parent exists (its job known, its state not yet). */
    public void ensureRun(UUID runId, String jobKey, long now) {
        if (sql.one("SELECT 1 FROM lineage_runs WHERE run_id = ?", row -> 1, runId.toString()).isEmpty()) {
            sql.update("INSERT INTO lineage_runs (run_id, job_key, updated_at) VALUES (?, ?, ?)",
                    runId.toString(), jobKey, now);
        }
    }

    /** The dataset's latest facets, observed schema and contract join; nulls keep what is stored. */
    public String upsertDataset(DatasetId dataset, DatasetState state, long now) {
        String key = Keys.of(dataset);
        int updated = sql.update("UPDATE lineage_datasets SET facets = COALESCE(?, facets),"
                        + " schema_fields = COALESCE(?, schema_fields), subject = ?, binding_source = ?,"
                        + " contract_version = COALESCE(?, contract_version), last_run_id = COALESCE(?, last_run_id),"
                        + " last_seen_at = ?, updated_at = ? WHERE dataset_key = ?",
                state.facetsJson(), state.schemaJson(), state.subject(), state.bindingSource(),
                Sql.integer(state.contractVersion()), state.runId(), now, now, key);
        if (updated == 0) {
            sql.update("INSERT INTO lineage_datasets (dataset_key, namespace, name, facets, schema_fields, subject,"
                            + " binding_source, contract_version, last_run_id, last_seen_at, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    key, dataset.namespace().value(), dataset.name(), state.facetsJson(), state.schemaJson(),
                    state.subject(), state.bindingSource(), Sql.integer(state.contractVersion()), state.runId(), now,
                    now, now);
        }
        return key;
    }

    /**
     * What one event says about a dataset.
     *
     * @param runId the run that observed it, or null for a DatasetEvent / JobEvent
     */
    public record DatasetState(String facetsJson, String schemaJson, String subject, String bindingSource,
            Integer contractVersion, String runId) {}

    public void upsertRunIo(UUID runId, String datasetKey, char direction, String jobKey, String subject,
            Integer contractVersion, Integer schemaId, String facetsJson, long eventTime) {
        if (postgres) {
            sql.update("INSERT INTO lineage_run_io AS o (run_id, dataset_key, direction, job_key, subject,"
                            + " contract_version, schema_id, facets, event_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (run_id, dataset_key, direction) DO UPDATE SET subject = EXCLUDED.subject,"
                            + " contract_version = EXCLUDED.contract_version, schema_id = EXCLUDED.schema_id,"
                            + " facets = COALESCE(EXCLUDED.facets, o.facets), event_time = EXCLUDED.event_time",
                    runId.toString(), datasetKey, String.valueOf(direction), jobKey, subject,
                    Sql.integer(contractVersion), Sql.integer(schemaId), facetsJson, eventTime);
            return;
        }
        int updated = sql.update("UPDATE lineage_run_io SET subject = ?, contract_version = ?, schema_id = ?,"
                        + " facets = COALESCE(?, facets), event_time = ? WHERE run_id = ? AND dataset_key = ?"
                        + " AND direction = ?",
                subject, Sql.integer(contractVersion), Sql.integer(schemaId), facetsJson, eventTime,
                runId.toString(), datasetKey, String.valueOf(direction));
        if (updated == 0) {
            sql.update("INSERT INTO lineage_run_io (run_id, dataset_key, direction, job_key, subject, contract_version,"
                            + " schema_id, facets, event_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    runId.toString(), datasetKey, String.valueOf(direction), jobKey, subject,
                    Sql.integer(contractVersion), Sql.integer(schemaId), facetsJson, eventTime);
        }
    }

    /** Records that a job read or wrote a dataset; a late, older event never moves the latest run backwards. */
    public void upsertJobIo(String jobKey, String datasetKey, char direction, Optional<UUID> runId, long eventTime) {
        String run = runId.map(UUID::toString).orElse(null);
        if (postgres) {
            sql.update("INSERT INTO lineage_job_io AS j (job_key, dataset_key, direction, last_run_id, last_seen)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (job_key, dataset_key, direction) DO UPDATE SET"
                            + " last_run_id = CASE WHEN EXCLUDED.last_seen >= j.last_seen"
                            + " THEN COALESCE(EXCLUDED.last_run_id, j.last_run_id) ELSE j.last_run_id END,"
                            + " last_seen = GREATEST(j.last_seen, EXCLUDED.last_seen)",
                    jobKey, datasetKey, String.valueOf(direction), run, eventTime);
            return;
        }
        int updated = sql.update("UPDATE lineage_job_io SET last_run_id = CASE WHEN ? >= last_seen"
                        + " THEN COALESCE(?, last_run_id) ELSE last_run_id END, last_seen = GREATEST(last_seen, ?)"
                        + " WHERE job_key = ? AND dataset_key = ? AND direction = ?",
                eventTime, run, eventTime, jobKey, datasetKey, String.valueOf(direction));
        if (updated == 0) {
            sql.update("INSERT INTO lineage_job_io (job_key, dataset_key, direction, last_run_id, last_seen)"
                    + " VALUES (?, ?, ?, ?, ?)", jobKey, datasetKey, String.valueOf(direction), run, eventTime);
        }
    }

    /** Replaces the findings of one run's observation of one dataset. */
    public void replaceDrift(UUID runId, String datasetKey, char direction, String subject, int contractVersion,
            List<DriftFinding> findings, long now) {
        sql.update("DELETE FROM lineage_drift WHERE run_id = ? AND dataset_key = ? AND direction = ?",
                runId.toString(), datasetKey, String.valueOf(direction));
        List<Object[]> rows = new ArrayList<>();
        for (DriftFinding f : findings) {
            rows.add(new Object[] {runId.toString(), datasetKey, String.valueOf(direction), subject, contractVersion,
                f.kind().name(), f.fieldPath(), cut(f.contractType()), cut(f.observedType()), now});
        }
        sql.batch("INSERT INTO lineage_drift (run_id, dataset_key, direction, subject, contract_version, kind,"
                + " field_path, contract_type, observed_type, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public void putBinding(DatasetId dataset, String subject, long now) {
        String key = Keys.of(dataset);
        if (sql.update("UPDATE lineage_bindings SET subject = ? WHERE dataset_key = ?", subject, key) == 0) {
            sql.update("INSERT INTO lineage_bindings (dataset_key, namespace, name, subject, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", key, dataset.namespace().value(), dataset.name(), subject, now);
        }
    }

    public boolean deleteBinding(DatasetId dataset) {
        return sql.update("DELETE FROM lineage_bindings WHERE dataset_key = ?", Keys.of(dataset)) > 0;
    }

    /** Sets the dataset's current subject after a binding change (the row may not exist yet). */
    public void rebind(DatasetId dataset, String subject, String source) {
        sql.update("UPDATE lineage_datasets SET subject = ?, binding_source = ? WHERE dataset_key = ?",
                subject, source, Keys.of(dataset));
    }

    private static String cut(String type) {
        return type.length() <= MAX_TYPE ? type : type.substring(0, MAX_TYPE - 3) + "...";
    }
}
