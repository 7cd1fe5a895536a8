package org.contractregistry.registry.lineage.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.contractregistry.registry.lineage.api.Refs.JobRef;

/** Rows of the lineage tables as the reader returns them. */
public final class Rows {
    private Rows() {}

    public record DatasetRow(String key, String namespace, String name, String facetsJson, String schemaJson,
            String subject, String bindingSource, Integer contractVersion, String lastRunId, Instant lastSeenAt) {

        static final String COLUMNS = "d.dataset_key, d.namespace, d.name, d.facets, d.schema_fields, d.subject,"
                + " d.binding_source, d.contract_version, d.last_run_id, d.last_seen_at";

        static DatasetRow map(ResultSet row) throws SQLException {
            return new DatasetRow(row.getString(1).trim(), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(5), row.getString(6), row.getString(7), Sql.intOrNull(row, "contract_version"),
                    row.getString(9), instant(Sql.longOrNull(row, "last_seen_at")));
        }
    }

    public record JobRow(String key, String namespace, String name, String integration, String jobType,
            String processingType, JobRef parent, String facetsJson, String latestRunId, String latestRunState,
            Instant latestRunAt) {

        static final String COLUMNS = "j.job_key, j.namespace, j.name, j.integration, j.job_type, j.processing_type,"
                + " p.namespace AS parent_namespace, p.name AS parent_name, j.facets, j.latest_run_id,"
                + " j.latest_run_state, j.latest_run_at";
        static final String FROM = " FROM lineage_jobs j LEFT JOIN lineage_jobs p ON p.job_key = j.parent_job_key";

        static JobRow map(ResultSet row) throws SQLException {
            String parentNamespace = row.getString("parent_namespace");
            return new JobRow(row.getString(1).trim(), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(5), row.getString(6),
                    parentNamespace == null ? null : new JobRef(parentNamespace, row.getString("parent_name")),
                    row.getString(9), row.getString(10), row.getString(11),
                    instant(Sql.longOrNull(row, "latest_run_at")));
        }
    }

    static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
