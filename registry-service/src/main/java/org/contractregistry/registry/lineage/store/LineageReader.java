package org.contractregistry.registry.lineage.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.registry.lineage.api.Refs.DatasetRef;
import org.contractregistry.registry.lineage.api.Refs.JobRef;
import org.contractregistry.registry.lineage.api.Views.BindingView;
import org.contractregistry.registry.lineage.api.Views.DriftView;
import org.contractregistry.registry.lineage.api.Views.JobIoView;
import org.contractregistry.registry.lineage.api.Views.RunIoView;
import org.contractregistry.registry.lineage.api.Views.RunView;
import org.contractregistry.registry.lineage.api.Views.StateChange;
import org.contractregistry.registry.lineage.store.Rows.DatasetRow;
import org.contractregistry.registry.lineage.store.Rows.JobRow;
import org.contractregistry.registry.store.LikePatterns;

/** Reads of the lineage tables; every list is ordered so the same data gives the same answer. */
public final class LineageReader {
    private static final int IN_CHUNK = 500;
    private final Sql sql;

    LineageReader(Sql sql) {
        this.sql = sql;
    }

    public List<String> namespaces() {
        return sql.list("SELECT namespace FROM lineage_jobs UNION SELECT namespace FROM lineage_datasets"
                + " ORDER BY 1", row -> row.getString(1));
    }

    public List<JobRow> jobs(String namespace) {
        return sql.list("SELECT " + JobRow.COLUMNS + JobRow.FROM + " WHERE j.namespace = ? ORDER BY j.name",
                JobRow::map, namespace);
    }

    /** Jobs whose name or namespace contains {@code needle} (any case), by name then namespace, one page of them. */
    public List<JobRow> searchJobs(String needle, int offset, int limit) {
        return sql.list("SELECT " + JobRow.COLUMNS + JobRow.FROM + " WHERE " + matches("j") + " ORDER BY j.name,"
                + " j.namespace LIMIT ? OFFSET ?", JobRow::map, contains(needle), contains(needle), limit, offset);
    }

    public int countJobs(String needle) {
        return sql.list("SELECT COUNT(*) FROM lineage_jobs j WHERE " + matches("j"), row -> row.getInt(1),
                contains(needle), contains(needle)).get(0);
    }

    /** Datasets whose name or namespace contains {@code needle} (any case), by name then namespace, one page. */
    public List<DatasetRow> searchDatasets(String needle, int offset, int limit) {
        return sql.list("SELECT " + DatasetRow.COLUMNS + " FROM lineage_datasets d WHERE " + matches("d")
                + " ORDER BY d.name, d.namespace LIMIT ? OFFSET ?", DatasetRow::map, contains(needle),
                contains(needle), limit, offset);
    }

    public int countDatasets(String needle) {
        return sql.list("SELECT COUNT(*) FROM lineage_datasets d WHERE " + matches("d"), row -> row.getInt(1),
                contains(needle), contains(needle)).get(0);
    }

    private static String matches(String table) {
        return "(LOWER(" + table + ".name) LIKE ? ESCAPE '!' OR LOWER(" + table + ".namespace) LIKE ? ESCAPE '!')";
    }

    private static String contains(String needle) {
        return LikePatterns.containsLowerCase(needle);
    }

    public Optional<JobRow> job(JobId job) {
        return sql.one("SELECT " + JobRow.COLUMNS + JobRow.FROM + " WHERE j.job_key = ?", JobRow::map, Keys.of(job));
    }

    public Map<String, JobRow> jobs(Collection<String> keys) {
        Map<String, JobRow> out = new HashMap<>();
        chunks(keys, (marks, values) -> sql.list("SELECT " + JobRow.COLUMNS + JobRow.FROM + " WHERE j.job_key IN ("
                + marks + ")", JobRow::map, values).forEach(j -> out.put(j.key(), j)));
        return out;
    }

    public List<JobRef> children(String jobKey) {
        return sql.list("SELECT namespace, name FROM lineage_jobs WHERE parent_job_key = ? ORDER BY namespace, name",
                row -> new JobRef(row.getString(1), row.getString(2)), jobKey);
    }

    /** A job's datasets in one direction ('I' or 'O'), by namespace and name. */
    public List<DatasetRef> jobDatasets(String jobKey, char direction) {
        return sql.list("SELECT d.namespace, d.name FROM lineage_job_io io JOIN lineage_datasets d"
                        + " ON d.dataset_key = io.dataset_key WHERE io.job_key = ? AND io.direction = ?"
                        + " ORDER BY d.namespace, d.name",
                row -> new DatasetRef(row.getString(1), row.getString(2)), jobKey, String.valueOf(direction));
    }

    /** A job's runs, newest first, each with its state changes. */
    public List<RunView> runs(String jobKey, int limit) {
        List<RunView> runs = sql.list("SELECT r.run_id, j.namespace, j.name, r.state, r.started_at, r.ended_at,"
                + " r.parent_run_id FROM lineage_runs r JOIN lineage_jobs j ON j.job_key = r.job_key"
                + " WHERE r.job_key = ? ORDER BY r.updated_at DESC, r.run_id LIMIT ?", this::run, jobKey, limit);
        return withStates(runs);
    }

    public Optional<RunView> run(String runId) {
        List<RunView> runs = sql.list("SELECT r.run_id, j.namespace, j.name, r.state, r.started_at, r.ended_at,"
                + " r.parent_run_id FROM lineage_runs r JOIN lineage_jobs j ON j.job_key = r.job_key"
                + " WHERE r.run_id = ?", this::run, runId);
        return withStates(runs).stream().findFirst();
    }

    private RunView run(java.sql.ResultSet row) throws java.sql.SQLException {
        Long started = Sql.longOrNull(row, "started_at");
        Long ended = Sql.longOrNull(row, "ended_at");
        return new RunView(row.getString(1), new JobRef(row.getString(2), row.getString(3)), row.getString(4),
                Rows.instant(started), Rows.instant(ended),
                started != null && ended != null ? ended - started : null, row.getString(7), List.of());
    }

    private List<RunView> withStates(List<RunView> runs) {
        Map<String, List<StateChange>> states = new HashMap<>();
        chunks(runs.stream().map(RunView::id).toList(), (marks, values) -> sql.list(
                "SELECT run_id, state, event_time FROM lineage_run_states WHERE run_id IN (" + marks + ")"
                        + " ORDER BY event_time, id", row -> {
                    states.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                            .add(new StateChange(row.getString(2), Instant.ofEpochMilli(row.getLong(3))));
                    return null;
                }, values));
        return runs.stream().map(r -> new RunView(r.id(), r.job(), r.state(), r.startedAt(), r.endedAt(),
                r.durationMs(), r.parentRunId(), states.getOrDefault(r.id(), List.of()))).toList();
    }

    public List<DatasetRow> datasets(String namespace) {
        return sql.list("SELECT " + DatasetRow.COLUMNS + " FROM lineage_datasets d WHERE d.namespace = ?"
                + " ORDER BY d.name", DatasetRow::map, namespace);
    }

    public Optional<DatasetRow> dataset(DatasetId dataset) {
        return sql.one("SELECT " + DatasetRow.COLUMNS + " FROM lineage_datasets d WHERE d.dataset_key = ?",
                DatasetRow::map, Keys.of(dataset));
    }

    public Map<String, DatasetRow> datasets(Collection<String> keys) {
        Map<String, DatasetRow> out = new HashMap<>();
        chunks(keys, (marks, values) -> sql.list("SELECT " + DatasetRow.COLUMNS + " FROM lineage_datasets d"
                + " WHERE d.dataset_key IN (" + marks + ")", DatasetRow::map, values).forEach(d -> out.put(d.key(), d)));
        return out;
    }

    /** Datasets whose current subject is this one, by namespace and name. */
    public List<DatasetRow> datasetsBoundTo(String subject) {
        return sql.list("SELECT " + DatasetRow.COLUMNS + " FROM lineage_datasets d WHERE d.subject = ?"
                + " ORDER BY d.namespace, d.name", DatasetRow::map, subject);
    }

    /** Kafka datasets of a topic (for {@code <topic>-key} subjects). */
    public List<DatasetRow> kafkaTopic(String topic) {
        return sql.list("SELECT " + DatasetRow.COLUMNS + " FROM lineage_datasets d WHERE d.name = ?"
                + " AND d.namespace LIKE 'kafka://%' ORDER BY d.namespace, d.name", DatasetRow::map, topic);
    }

    /** The datasets a job writes, with the subject each is bound to now, by namespace and name. */
    public List<DatasetRow> jobOutputs(String jobKey) {
        return sql.list("SELECT " + DatasetRow.COLUMNS + " FROM lineage_job_io io JOIN lineage_datasets d"
                + " ON d.dataset_key = io.dataset_key WHERE io.job_key = ? AND io.direction = 'O'"
                + " ORDER BY d.namespace, d.name", DatasetRow::map, jobKey);
    }

    /** Jobs reading ('I') or writing ('O') a dataset, by namespace and name. */
    public List<JobIoView> datasetJobs(String datasetKey, char direction) {
        return sql.list("SELECT j.namespace, j.name, j.integration, io.last_run_id, io.last_seen"
                        + " FROM lineage_job_io io JOIN lineage_jobs j ON j.job_key = io.job_key"
                        + " WHERE io.dataset_key = ? AND io.direction = ? ORDER BY j.namespace, j.name",
                row -> new JobIoView(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        Instant.ofEpochMilli(row.getLong(5))), datasetKey, String.valueOf(direction));
    }

    public List<RunIoView> datasetRuns(String datasetKey, int limit) {
        return sql.list("SELECT io.run_id, j.namespace, j.name, io.direction, r.state, io.event_time, io.subject,"
                        + " io.contract_version FROM lineage_run_io io JOIN lineage_jobs j ON j.job_key = io.job_key"
                        + " LEFT JOIN lineage_runs r ON r.run_id = io.run_id WHERE io.dataset_key = ?"
                        + " ORDER BY io.event_time DESC, io.run_id, io.direction LIMIT ?",
                row -> new RunIoView(row.getString(1), new JobRef(row.getString(2), row.getString(3)),
                        "I".equals(row.getString(4)) ? "INPUT" : "OUTPUT", row.getString(5),
                        Instant.ofEpochMilli(row.getLong(6)), row.getString(7), Sql.intOrNull(row, "contract_version")),
                datasetKey, limit);
    }

    /** Input facets of a dataset's latest run inputs, newest first (for quality assertions). */
    public List<String[]> inputFacets(String datasetKey, int limit) {
        return sql.list("SELECT run_id, event_time, facets FROM lineage_run_io WHERE dataset_key = ?"
                        + " AND direction = 'I' AND facets IS NOT NULL ORDER BY event_time DESC, run_id LIMIT ?",
                row -> new String[] {row.getString(1), Long.toString(row.getLong(2)), row.getString(3)},
                datasetKey, limit);
    }

    public List<DriftView> drift(String datasetKey, int limit) {
        return sql.list(DRIFT + " WHERE dataset_key = ? ORDER BY detected_at DESC, run_id, field_path, kind LIMIT ?",
                LineageReader::drift, datasetKey, limit);
    }

    /** The contract version a run's read ('I') or write ('O') of a dataset was joined with, if any. */
    public Optional<Integer> runContractVersion(String runId, String datasetKey, char direction) {
        return sql.list("SELECT contract_version FROM lineage_run_io WHERE run_id = ? AND dataset_key = ?"
                + " AND direction = ? AND contract_version IS NOT NULL", row -> row.getInt(1), runId, datasetKey,
                String.valueOf(direction)).stream().findFirst();
    }

    /** The findings of one run's read ('I') or write ('O') of a dataset. */
    public List<DriftView> runDrift(String runId, String datasetKey, char direction) {
        return sql.list(DRIFT + " WHERE run_id = ? AND dataset_key = ? AND direction = ? ORDER BY field_path, kind",
                LineageReader::drift, runId, datasetKey, String.valueOf(direction));
    }

    /** The findings of each dataset's last observing run. */
    public Map<String, List<DriftView>> latestDrift(Map<String, String> lastRunByDataset) {
        Map<String, List<DriftView>> out = new LinkedHashMap<>();
        Map<String, String> withRuns = new HashMap<>();
        lastRunByDataset.forEach((k, v) -> {
            if (v != null) {
                withRuns.put(k, v);
            }
        });
        chunks(withRuns.keySet(), (marks, values) -> sql.list(DRIFT.replace("SELECT ", "SELECT dataset_key, ")
                + " WHERE dataset_key IN (" + marks + ") ORDER BY field_path, kind", row -> {
                    String key = row.getString(1).trim();
                    if (row.getString("run_id").equals(withRuns.get(key))) {
                        out.computeIfAbsent(key, k -> new ArrayList<>()).add(drift(row));
                    }
                    return null;
                }, values));
        return out;
    }

    private static final String DRIFT = "SELECT run_id, direction, subject, contract_version, kind, field_path,"
            + " contract_type, observed_type, detected_at FROM lineage_drift";

    private static DriftView drift(java.sql.ResultSet row) throws java.sql.SQLException {
        org.contractregistry.lineage.drift.DriftFinding finding = new org.contractregistry.lineage.drift.DriftFinding(
                org.contractregistry.lineage.drift.DriftKind.valueOf(row.getString("kind")),
                row.getString("field_path"), row.getString("contract_type"), row.getString("observed_type"));
        return new DriftView(row.getString("run_id"), "I".equals(row.getString("direction")) ? "INPUT" : "OUTPUT",
                row.getString("subject"), row.getInt("contract_version"), finding.kind().name(), finding.fieldPath(),
                finding.contractType(), finding.observedType(), finding.message(),
                Instant.ofEpochMilli(row.getLong("detected_at")));
    }

    public Optional<String> binding(DatasetId dataset) {
        return sql.one("SELECT subject FROM lineage_bindings WHERE dataset_key = ?", row -> row.getString(1),
                Keys.of(dataset));
    }

    /** The explicit subjects of the datasets with these keys; datasets without one are not in the map. */
    public Map<String, String> bindings(Collection<String> datasetKeys) {
        Map<String, String> out = new HashMap<>();
        chunks(datasetKeys, (marks, values) -> sql.list("SELECT dataset_key, subject FROM lineage_bindings"
                + " WHERE dataset_key IN (" + marks + ")", row -> Map.entry(row.getString(1), row.getString(2)), values)
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** At most {@code limit} explicit bindings, row key -> subject. */
    public Map<String, String> someBindings(int limit) {
        Map<String, String> out = new HashMap<>();
        sql.list("SELECT dataset_key, subject FROM lineage_bindings FETCH FIRST " + limit + " ROWS ONLY",
                row -> Map.entry(row.getString(1), row.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public List<BindingView> bindings() {
        return sql.list("SELECT namespace, name, subject FROM lineage_bindings ORDER BY namespace, name",
                row -> new BindingView(row.getString(1), row.getString(2), row.getString(3), "EXPLICIT"));
    }

    public boolean jobExists(JobId job) {
        return sql.one("SELECT 1 FROM lineage_jobs WHERE job_key = ?", row -> 1, Keys.of(job)).isPresent();
    }

    public boolean datasetExists(DatasetId dataset) {
        return sql.one("SELECT 1 FROM lineage_datasets WHERE dataset_key = ?", row -> 1, Keys.of(dataset)).isPresent();
    }

    private interface ChunkQuery {
        void run(String marks, Object[] values);
    }

    private static void chunks(Collection<String> keys, ChunkQuery query) {
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            query.run(String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")), chunk.toArray());
        }
    }
}
