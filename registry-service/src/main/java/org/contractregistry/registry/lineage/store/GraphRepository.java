package org.contractregistry.registry.lineage.store;

import java.util.List;
import org.contractregistry.lineage.graph.IoEdge;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.lineage.ids.NodeId;
import org.contractregistry.lineage.ids.NodeType;

/** The graph walk: one recursive query over the current job/dataset edges. */
public final class GraphRepository {
    /**
     * Jobs within {@code depth} job-hops of the start (a dataset's readers and writers are one hop away; a job is
     * hop 1 itself), walking up and downstream; then every edge of those jobs.
     */
    private static final String WALK = """
            WITH RECURSIVE walk(job_key, depth) AS (
                SELECT job_key, 1 FROM lineage_job_io WHERE dataset_key = ? OR job_key = ?
                UNION
                SELECT next_io.job_key, w.depth + 1
                FROM walk w
                JOIN lineage_job_io here_io ON here_io.job_key = w.job_key
                JOIN lineage_job_io next_io ON next_io.dataset_key = here_io.dataset_key
                WHERE w.depth < ?
            )
            SELECT DISTINCT j.namespace, j.name, d.namespace, d.name, io.direction
            FROM lineage_job_io io
            JOIN lineage_jobs j ON j.job_key = io.job_key
            JOIN lineage_datasets d ON d.dataset_key = io.dataset_key
            WHERE io.job_key IN (SELECT job_key FROM walk)""";

    private final Sql sql;

    GraphRepository(Sql sql) {
        this.sql = sql;
    }

    public List<IoEdge> walk(NodeId start, int depth) {
        String datasetKey = start.type() == NodeType.DATASET ? Keys.of(start.asDataset()) : "";
        String jobKey = start.type() == NodeType.JOB ? Keys.of(start.asJob()) : "";
        return sql.list(WALK, row -> new IoEdge(JobId.of(row.getString(1), row.getString(2)),
                DatasetId.of(row.getString(3), row.getString(4)),
                "I".equals(row.getString(5)) ? IoEdge.Direction.INPUT : IoEdge.Direction.OUTPUT),
                datasetKey, jobKey, depth);
    }
}
