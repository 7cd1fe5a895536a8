package org.contractregistry.registry.lineage.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.event.JobInfo;
import org.contractregistry.lineage.event.LineageEvent;
import org.contractregistry.lineage.event.ParentRef;
import org.contractregistry.lineage.event.RunState;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.registry.lineage.store.EventWrite.DatasetState;
import org.contractregistry.registry.lineage.store.EventWrite.IoWrite;
import org.contractregistry.registry.lineage.store.EventWrite.LatestRun;

/**
 * Writes of the lineage tables, one statement at a time in the caller's transaction (the portable path, used on H2;
 * PostgreSQL writes an event in one statement, see {@link PgEventStatement}). Upserts are "update, else insert": the
 * insert that loses a race fails on the key and the whole transaction is re-run by {@link LineageDb#write}.
 */
public final class LineageWriter {
    private static final int MAX_TYPE = 256;
    private final Sql sql;

    LineageWriter(Sql sql) {
        this.sql = sql;
    }

    /** Stores one event: audit row, job (and parent), run and state change, datasets, I/O and drift. */
    public void write(EventWrite write) {
        LineageEvent event = write.event();
        insertEvent(event, write.receivedAt());
        long at = write.at();
        Optional<String> jobKey = event.job().map(job -> storeJob(write, job));
        for (EventWrite.DatasetWrite dataset : write.datasets()) {
            upsertDataset(dataset, at);
        }
        if (jobKey.isEmpty()) {
            return;
        }
        Optional<UUID> runId = event.runId();
        for (IoWrite io : write.io()) {
            upsertJobIo(jobKey.get(), io, runId, at);
            if (runId.isPresent()) {
                upsertRunIo(runId.get(), jobKey.get(), io, at);
                io.drift().ifPresent(findings -> replaceDrift(runId.get(), io, findings, write.receivedAt()));
            }
        }
    }

    private void insertEvent(LineageEvent event, long receivedAt) {
        sql.update("INSERT INTO lineage_events (event_kind, event_type, event_time, run_id, job_namespace, job_name,"
                        + " producer, payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.kind().name(), event.state().map(Enum::name).orElse(null), event.eventTime().toEpochMilli(),
                event.runId().map(UUID::toString).orElse(null),
                event.job().map(j -> j.id().namespace().value()).orElse(null),
                event.job().map(j -> j.id().name()).orElse(null), event.producer(), event.json(), receivedAt);
    }

    private String storeJob(EventWrite write, JobInfo job) {
        long at = write.at();
        Optional<ParentRef> parent = write.event().parent();
        parent.ifPresent(p -> ensureRun(p.runId(), ensureJob(p.job(), at), at));
        Optional<LatestRun> latest = write.latest();
        String jobKey = upsertJob(job, parent.map(ParentRef::job), write.jobFacets(), latest, at);
        latest.ifPresent(run -> upsertRun(run, jobKey, parent.map(ParentRef::runId), write.runFacets()));
        return jobKey;
    }

    /**
     * Creates or refreshes a job; empty facets or type fields keep what is stored. With {@code latest}, the job's
     * latest run moves to it unless the stored one is newer (same statement, so one round trip per event).
     */
    private String upsertJob(JobInfo job, Optional<JobId> parent, String facetsJson, Optional<LatestRun> latest,
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

    /** Makes sure a job named only as a parent exists. */
    private String ensureJob(JobId job, long now) {
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
    private void upsertRun(LatestRun run, String jobKey, Optional<UUID> parentRunId, String facetsJson) {
        String id = run.runId().toString();
        String parent = parentRunId.map(UUID::toString).orElse(null);
        RunState state = run.state();
        long eventTime = run.eventTime();
        Long startedAt = state == RunState.START ? eventTime : null;
        Long endedAt = state.terminal() ? eventTime : null;
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
    private void ensureRun(UUID runId, String jobKey, long now) {
        if (sql.one("SELECT 1 FROM lineage_runs WHERE run_id = ?", row -> 1, runId.toString()).isEmpty()) {
            sql.update("INSERT INTO lineage_runs (run_id, job_key, updated_at) VALUES (?, ?, ?)",
                    runId.toString(), jobKey, now);
        }
    }

    /** The dataset's latest facets, observed schema and contract join; nulls keep what is stored. */
    private void upsertDataset(EventWrite.DatasetWrite dataset, long now) {
        DatasetState state = dataset.state();
        int updated = sql.update("UPDATE lineage_datasets SET facets = COALESCE(?, facets),"
                        + " schema_fields = COALESCE(?, schema_fields), subject = ?, binding_source = ?,"
                        + " contract_version = COALESCE(?, contract_version), last_run_id = COALESCE(?, last_run_id),"
                        + " last_seen_at = ?, updated_at = ? WHERE dataset_key = ?",
                state.facetsJson(), state.schemaJson(), state.subject(), state.bindingSource(),
                Sql.integer(state.contractVersion()), state.runId(), now, now, dataset.key());
        if (updated == 0) {
            sql.update("INSERT INTO lineage_datasets (dataset_key, namespace, name, facets, schema_fields, subject,"
                            + " binding_source, contract_version, last_run_id, last_seen_at, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    dataset.key(), dataset.dataset().namespace().value(), dataset.dataset().name(), state.facetsJson(),
                    state.schemaJson(), state.subject(), state.bindingSource(), Sql.integer(state.contractVersion()),
                    state.runId(), now, now, now);
        }
    }

    private void upsertRunIo(UUID runId, String jobKey, IoWrite io, long eventTime) {
        String direction = String.valueOf(io.direction());
        boolean checked = io.drift().isPresent();
        int updated = sql.update("UPDATE lineage_run_io SET subject = ?, contract_version = ?, schema_id = ?,"
                        + " facets = COALESCE(?, facets), event_time = ?, drift_checked = (drift_checked OR ?)"
                        + " WHERE run_id = ? AND dataset_key = ? AND direction = ?",
                io.subject(), Sql.integer(io.contractVersion()), Sql.integer(io.schemaId()), io.facetsJson(),
                eventTime, checked, runId.toString(), io.datasetKey(), direction);
        if (updated == 0) {
            sql.update("INSERT INTO lineage_run_io (run_id, dataset_key, direction, job_key, subject, contract_version,"
                            + " schema_id, facets, event_time, drift_checked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    runId.toString(), io.datasetKey(), direction, jobKey, io.subject(),
                    Sql.integer(io.contractVersion()), Sql.integer(io.schemaId()), io.facetsJson(), eventTime, checked);
        }
    }

    /** Records that a job read or wrote a dataset; a late, older event never moves the latest run backwards. */
    private void upsertJobIo(String jobKey, IoWrite io, Optional<UUID> runId, long eventTime) {
        String run = runId.map(UUID::toString).orElse(null);
        String direction = String.valueOf(io.direction());
        int updated = sql.update("UPDATE lineage_job_io SET last_run_id = CASE WHEN ? >= last_seen"
                        + " THEN COALESCE(?, last_run_id) ELSE last_run_id END, last_seen = GREATEST(last_seen, ?)"
                        + " WHERE job_key = ? AND dataset_key = ? AND direction = ?",
                eventTime, run, eventTime, jobKey, io.datasetKey(), direction);
        if (updated == 0) {
            sql.update("INSERT INTO lineage_job_io (job_key, dataset_key, direction, last_run_id, last_seen)"
                    + " VALUES (?, ?, ?, ?, ?)", jobKey, io.datasetKey(), direction, run, eventTime);
        }
    }

    /** Replaces the findings of one run's observation of one dataset. */
    private void replaceDrift(UUID runId, IoWrite io, List<DriftFinding> findings, long now) {
        String direction = String.valueOf(io.direction());
        sql.update("DELETE FROM lineage_drift WHERE run_id = ? AND dataset_key = ? AND direction = ?",
                runId.toString(), io.datasetKey(), direction);
        List<Object[]> rows = new ArrayList<>();
        for (DriftFinding f : findings) {
            rows.add(new Object[] {runId.toString(), io.datasetKey(), direction, io.subject(), io.contractVersion(),
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

    /** A type as stored: at most 256 characters, cut with an ellipsis. */
    static String cut(String type) {
        return type.length() <= MAX_TYPE ? type : type.substring(0, MAX_TYPE - 3) + "...";
    }
}
