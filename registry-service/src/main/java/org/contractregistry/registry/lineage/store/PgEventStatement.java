package org.contractregistry.registry.lineage.store;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.event.JobInfo;
import org.contractregistry.lineage.event.LineageEvent;
import org.contractregistry.lineage.event.ParentRef;
import org.contractregistry.lineage.event.RunState;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.registry.lineage.store.EventWrite.DatasetWrite;
import org.contractregistry.registry.lineage.store.EventWrite.IoWrite;
import org.contractregistry.registry.lineage.store.EventWrite.LatestRun;

/**
 * One event written on PostgreSQL as one statement: the audit row is the main {@code INSERT}, every other table one
 * data-modifying {@code WITH} part ({@code INSERT ... ON CONFLICT}, rows of a table passed as arrays). One round trip,
 * and atomic without a transaction around it, so the rows it locks (a job, its datasets) are held for that statement
 * only. The column rules are {@link LineageWriter}'s; {@code LineageWritersOnPostgresIT} checks both leave the same
 * rows. Parts that have nothing to write are left out, so an event shape is always the same statement text (prepared
 * once per connection).
 */
final class PgEventStatement {
    private static final String NEWER_RUN = "EXCLUDED.latest_run_at IS NOT NULL"
            + " AND (j.latest_run_at IS NULL OR j.latest_run_at <= EXCLUDED.latest_run_at)";
    private static final String PARENT_JOB_SQL = "INSERT INTO lineage_jobs (job_key, namespace, name, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (job_key) DO NOTHING";
    private static final String PARENT_RUN_SQL = "INSERT INTO lineage_runs (run_id, job_key, updated_at)"
            + " VALUES (?, ?, ?) ON CONFLICT (run_id) DO NOTHING";
    private static final String JOB_SQL = "INSERT INTO lineage_jobs AS j (job_key, namespace, name, integration,"
            + " job_type, processing_type, parent_job_key, facets, created_at, updated_at, latest_run_id,"
            + " latest_run_state, latest_run_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::bigint)"
            + " ON CONFLICT (job_key) DO UPDATE"
            + " SET integration = COALESCE(EXCLUDED.integration, j.integration),"
            + " job_type = COALESCE(EXCLUDED.job_type, j.job_type),"
            + " processing_type = COALESCE(EXCLUDED.processing_type, j.processing_type),"
            + " parent_job_key = COALESCE(EXCLUDED.parent_job_key, j.parent_job_key),"
            + " facets = COALESCE(EXCLUDED.facets, j.facets), updated_at = EXCLUDED.updated_at,"
            + " latest_run_id = CASE WHEN " + NEWER_RUN + " THEN EXCLUDED.latest_run_id ELSE j.latest_run_id END,"
            + " latest_run_state = CASE WHEN " + NEWER_RUN + " THEN EXCLUDED.latest_run_state"
            + " ELSE j.latest_run_state END,"
            + " latest_run_at = CASE WHEN " + NEWER_RUN + " THEN EXCLUDED.latest_run_at ELSE j.latest_run_at END";
    private static final String RUN_SQL = "INSERT INTO lineage_runs AS r (run_id, job_key, parent_run_id, state,"
            + " started_at, ended_at, facets, updated_at) VALUES (?, ?, ?, ?, ?::bigint, ?::bigint, ?, ?)"
            + " ON CONFLICT (run_id) DO UPDATE SET job_key = EXCLUDED.job_key,"
            + " parent_run_id = COALESCE(EXCLUDED.parent_run_id, r.parent_run_id),"
            + " state = CASE WHEN r.state IN ('COMPLETE', 'ABORT', 'FAIL') AND EXCLUDED.ended_at IS NULL THEN r.state"
            + " ELSE EXCLUDED.state END, started_at = COALESCE(r.started_at, EXCLUDED.started_at),"
            + " ended_at = COALESCE(EXCLUDED.ended_at, r.ended_at), facets = COALESCE(EXCLUDED.facets, r.facets),"
            + " updated_at = EXCLUDED.updated_at";
    private static final String RUN_STATE_SQL = "INSERT INTO lineage_run_states (run_id, state, event_time)"
            + " VALUES (?, ?, ?)";
    private static final String DATASETS_SQL = "INSERT INTO lineage_datasets AS d (dataset_key, namespace, name,"
            + " facets, schema_fields, subject, binding_source, contract_version, last_run_id, last_seen_at,"
            + " created_at, updated_at) SELECT k, ns, n, f, s, subj, src, v, r, ?::bigint, ?::bigint, ?::bigint"
            + " FROM unnest(?::bpchar[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[],"
            + " ?::text[]) AS x(k, ns, n, f, s, subj, src, v, r)"
            + " ON CONFLICT (dataset_key) DO UPDATE SET facets = COALESCE(EXCLUDED.facets, d.facets),"
            + " schema_fields = COALESCE(EXCLUDED.schema_fields, d.schema_fields), subject = EXCLUDED.subject,"
            + " binding_source = EXCLUDED.binding_source,"
            + " contract_version = COALESCE(EXCLUDED.contract_version, d.contract_version),"
            + " last_run_id = COALESCE(EXCLUDED.last_run_id, d.last_run_id), last_seen_at = EXCLUDED.last_seen_at,"
            + " updated_at = EXCLUDED.updated_at";
    private static final String JOB_IO_SQL = "INSERT INTO lineage_job_io AS j (job_key, dataset_key, direction,"
            + " last_run_id, last_seen) SELECT ?, k, d, ?, ?::bigint FROM unnest(?::bpchar[], ?::bpchar[]) AS x(k, d)"
            + " ON CONFLICT (job_key, dataset_key, direction) DO UPDATE SET"
            + " last_run_id = CASE WHEN EXCLUDED.last_seen >= j.last_seen"
            + " THEN COALESCE(EXCLUDED.last_run_id, j.last_run_id) ELSE j.last_run_id END,"
            + " last_seen = GREATEST(j.last_seen, EXCLUDED.last_seen)";
    private static final String RUN_IO_SQL = "INSERT INTO lineage_run_io AS o (run_id, dataset_key, direction, job_key,"
            + " subject, contract_version, schema_id, facets, event_time, drift_checked)"
            + " SELECT ?, k, d, ?, subj, v, sid, f, ?::bigint, c"
            + " FROM unnest(?::bpchar[], ?::bpchar[], ?::text[], ?::int[], ?::int[], ?::text[], ?::boolean[])"
            + " AS x(k, d, subj, v, sid, f, c)"
            + " ON CONFLICT (run_id, dataset_key, direction) DO UPDATE SET subject = EXCLUDED.subject,"
            + " contract_version = EXCLUDED.contract_version, schema_id = EXCLUDED.schema_id,"
            + " facets = COALESCE(EXCLUDED.facets, o.facets), event_time = EXCLUDED.event_time,"
            + " drift_checked = o.drift_checked OR EXCLUDED.drift_checked";
    private static final String DRIFT_DELETE_SQL = "DELETE FROM lineage_drift WHERE run_id = ?"
            + " AND (dataset_key, direction) IN (SELECT k, d FROM unnest(?::bpchar[], ?::bpchar[]) AS x(k, d))";
    private static final String DRIFT_INSERT_SQL = "INSERT INTO lineage_drift (run_id, dataset_key, direction, subject,"
            + " contract_version, kind, field_path, contract_type, observed_type, detected_at)"
            + " SELECT ?, k, d, subj, v, kind, p, ct, ot, ?::bigint FROM unnest(?::bpchar[], ?::bpchar[], ?::text[],"
            + " ?::int[], ?::text[], ?::text[], ?::text[], ?::text[]) AS x(k, d, subj, v, kind, p, ct, ot)";
    private static final String EVENT_SQL = "INSERT INTO lineage_events (event_kind, event_type, event_time, run_id,"
            + " job_namespace, job_name, producer, payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The statement parts, in the order they are written (so every event locks rows in the same table order). */
    private enum Part {
        PARENT_JOB(PARENT_JOB_SQL),
        PARENT_RUN(PARENT_RUN_SQL),
        JOB(JOB_SQL),
        RUN(RUN_SQL),
        RUN_STATE(RUN_STATE_SQL),
        DATASETS(DATASETS_SQL),
        JOB_IO(JOB_IO_SQL),
        RUN_IO(RUN_IO_SQL),
        DRIFT_DELETE(DRIFT_DELETE_SQL),
        DRIFT_INSERT(DRIFT_INSERT_SQL);

        private final String sql;

        Part(String sql) {
            this.sql = sql;
        }
    }

    /** Statement text by shape (a bit per part present), built once: the driver finds its prepared statement fast. */
    private static final Map<Integer, String> TEXTS = new ConcurrentHashMap<>();

    private final List<Object> values = new ArrayList<>();
    private int shape;

    private PgEventStatement() {}

    static void write(Sql sql, EventWrite write) {
        PgEventStatement statement = of(write);
        sql.update(statement.text(), statement.values());
    }

    /**
     * Several events in order in the caller's transaction: each run of events of one shape (the same statement text)
     * is one JDBC batch, one round trip.
     */
    static void writeAll(Sql sql, List<EventWrite> writes) {
        String text = null;
        List<Object[]> run = new ArrayList<>();
        for (EventWrite write : writes) {
            PgEventStatement statement = of(write);
            if (!statement.text().equals(text)) {
                sql.batch(text, run);
                text = statement.text();
                run = new ArrayList<>();
            }
            run.add(statement.values());
        }
        sql.batch(text, run);
    }

    private static PgEventStatement of(EventWrite write) {
        PgEventStatement statement = new PgEventStatement();
        write.event().job().ifPresent(job -> statement.job(write, job));
        statement.datasets(write);
        statement.io(write);
        statement.event(write);
        return statement;
    }

    private String text() {
        return TEXTS.computeIfAbsent(shape, PgEventStatement::text);
    }

    private Object[] values() {
        return values.toArray();
    }

    /** {@code WITH job AS (...), run AS (...), ... INSERT INTO lineage_events ...} with the parts of a shape. */
    private static String text(int shape) {
        StringBuilder text = new StringBuilder();
        for (Part part : Part.values()) {
            if ((shape & (1 << part.ordinal())) != 0) {
                text.append(text.length() == 0 ? "WITH " : ", ").append(part.name().toLowerCase(Locale.ROOT))
                        .append(" AS (").append(part.sql).append(')');
            }
        }
        return text.append(text.length() == 0 ? "" : " ").append(EVENT_SQL).toString();
    }

    private void job(EventWrite write, JobInfo job) {
        long at = write.at();
        String jobKey = Keys.of(job.id());
        Optional<ParentRef> parent = write.event().parent();
        Optional<LatestRun> latest = write.latest();
        // A parent that is the event's own job or run is created by that row's upsert (one statement may not
        // touch a row twice).
        if (parent.isPresent()) {
            JobId parentJob = parent.get().job();
            String parentKey = Keys.of(parentJob);
            if (!parentKey.equals(jobKey)) {
                part(Part.PARENT_JOB, parentKey, parentJob.namespace().value(), parentJob.name(), at, at);
            }
            if (!latest.map(run -> run.runId().equals(parent.get().runId())).orElse(false)) {
                part(Part.PARENT_RUN, parent.get().runId().toString(), parentKey, at);
            }
        }
        part(Part.JOB, jobKey, job.id().namespace().value(), job.id().name(), job.integration().orElse(null),
                job.jobType().orElse(null), job.processingType().orElse(null),
                parent.map(p -> Keys.of(p.job())).orElse(null), write.jobFacets(), at, at,
                latest.map(run -> run.runId().toString()).orElse(null),
                latest.map(run -> run.state().name()).orElse(null),
                Sql.bigint(latest.map(LatestRun::eventTime).orElse(null)));
        latest.ifPresent(run -> {
            RunState state = run.state();
            part(Part.RUN, run.runId().toString(), jobKey, parent.map(p -> p.runId().toString()).orElse(null),
                    state.name(), Sql.bigint(state == RunState.START ? at : null),
                    Sql.bigint(state.terminal() ? at : null), write.runFacets(), at);
            part(Part.RUN_STATE, run.runId().toString(), state.name(), at);
        });
    }

    private void datasets(EventWrite write) {
        List<DatasetWrite> rows = write.datasets();
        if (rows.isEmpty()) {
            return;
        }
        long at = write.at();
        part(Part.DATASETS, at, at, at, column(rows, DatasetWrite::key, String.class),
                column(rows, d -> d.dataset().namespace().value(), String.class),
                column(rows, d -> d.dataset().name(), String.class),
                column(rows, d -> d.state().facetsJson(), String.class),
                column(rows, d -> d.state().schemaJson(), String.class),
                column(rows, d -> d.state().subject(), String.class),
                column(rows, d -> d.state().bindingSource(), String.class),
                column(rows, d -> d.state().contractVersion(), Integer.class),
                column(rows, d -> d.state().runId(), String.class));
    }

    private void io(EventWrite write) {
        List<IoWrite> rows = write.io();
        Optional<String> jobKey = write.event().job().map(job -> Keys.of(job.id()));
        if (rows.isEmpty() || jobKey.isEmpty()) {
            return;
        }
        long at = write.at();
        Optional<UUID> run = write.event().runId();
        String runId = run.map(UUID::toString).orElse(null);
        String[] keys = column(rows, IoWrite::datasetKey, String.class);
        String[] directions = column(rows, io -> String.valueOf(io.direction()), String.class);
        part(Part.JOB_IO, jobKey.get(), runId, at, keys, directions);
        if (run.isEmpty()) {
            return;
        }
        part(Part.RUN_IO, runId, jobKey.get(), at, keys, directions, column(rows, IoWrite::subject, String.class),
                column(rows, IoWrite::contractVersion, Integer.class), column(rows, IoWrite::schemaId, Integer.class),
                column(rows, IoWrite::facetsJson, String.class), column(rows, io -> io.drift().isPresent(), Boolean.class));
        drift(runId, rows, write.receivedAt());
    }

    /** Replaces the findings of each observation that was compared with its contract (none may remain). */
    private void drift(String runId, List<IoWrite> rows, long now) {
        List<IoWrite> compared = rows.stream().filter(io -> io.drift().isPresent()).toList();
        if (compared.isEmpty()) {
            return;
        }
        part(Part.DRIFT_DELETE, runId, column(compared, IoWrite::datasetKey, String.class),
                column(compared, io -> String.valueOf(io.direction()), String.class));
        List<Finding> findings = new ArrayList<>();
        compared.forEach(io -> io.drift().get().forEach(f -> findings.add(new Finding(io, f))));
        if (findings.isEmpty()) {
            return;
        }
        part(Part.DRIFT_INSERT, runId, now, column(findings, f -> f.io().datasetKey(), String.class),
                column(findings, f -> String.valueOf(f.io().direction()), String.class),
                column(findings, f -> f.io().subject(), String.class),
                column(findings, f -> f.io().contractVersion(), Integer.class),
                column(findings, f -> f.finding().kind().name(), String.class),
                column(findings, f -> f.finding().fieldPath(), String.class),
                column(findings, f -> LineageWriter.cut(f.finding().contractType()), String.class),
                column(findings, f -> LineageWriter.cut(f.finding().observedType()), String.class));
    }

    private record Finding(IoWrite io, DriftFinding finding) {}

    /** The main statement: the event as received. */
    private void event(EventWrite write) {
        LineageEvent event = write.event();
        values.addAll(Arrays.asList(event.kind().name(), event.state().map(Enum::name).orElse(null), write.at(),
                event.runId().map(UUID::toString).orElse(null),
                event.job().map(j -> j.id().namespace().value()).orElse(null),
                event.job().map(j -> j.id().name()).orElse(null), event.producer(), event.json(), write.receivedAt()));
    }

    private void part(Part part, Object... parameters) {
        if (shape >= 1 << part.ordinal()) {
            throw new IllegalStateException(part + " added out of order: parameters would not match the text");
        }
        shape |= 1 << part.ordinal();
        values.addAll(Arrays.asList(parameters));
    }

    @SuppressWarnings("unchecked")
    private static <R, T> T[] column(List<R> rows, Function<R, T> value, Class<T> type) {
        T[] out = (T[]) Array.newInstance(type, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out[i] = value.apply(rows.get(i));
        }
        return out;
    }
}
