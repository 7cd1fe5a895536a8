package org.contractregistry.registry.lineage.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.drift.DriftKind;
import org.contractregistry.registry.lineage.api.Views.DriftEntryView;
import org.contractregistry.registry.lineage.api.Views.DriftListView;

/**
 * Drift across all datasets, one entry per problem (dataset, kind, field path) as its latest detecting run saw it.
 * A problem is RESOLVED when a later run compared the same dataset with its contract and did not find it; the first
 * such run and its event time say by which run and when. Otherwise it is OPEN.
 */
public final class DriftReader {
    /** Filters; null means "any". {@code since} bounds the latest detection (epoch millis). */
    public record Filter(String namespace, String subject, String kind, Long since, Boolean open) {}

    /** Each problem's latest detection, with when it was first found and the time its run saw the dataset. */
    private static final String LATEST = "SELECT f.run_id, f.dataset_key, f.direction, f.subject, f.contract_version,"
            + " f.kind, f.field_path, f.contract_type, f.observed_type, f.detected_at, io.event_time AS seen_at,"
            + " ROW_NUMBER() OVER (PARTITION BY f.dataset_key, f.kind, f.field_path"
            + " ORDER BY io.event_time DESC, f.id DESC) AS rn,"
            + " MIN(f.detected_at) OVER (PARTITION BY f.dataset_key, f.kind, f.field_path) AS first_detected"
            + " FROM lineage_drift f JOIN lineage_run_io io ON io.run_id = f.run_id AND io.dataset_key = f.dataset_key"
            + " AND io.direction = f.direction";

    /** A later observation of the dataset that was compared with its contract and did not report the problem. */
    private static final String LATER_CHECK = " FROM lineage_run_io c WHERE c.dataset_key = x.dataset_key"
            + " AND c.drift_checked AND c.run_id <> x.run_id AND c.event_time >= x.seen_at"
            + " AND NOT EXISTS (SELECT 1 FROM lineage_drift g WHERE g.run_id = c.run_id"
            + " AND g.dataset_key = c.dataset_key AND g.kind = x.kind AND g.field_path = x.field_path)";

    private final Sql sql;

    DriftReader(Sql sql) {
        this.sql = sql;
    }

    /** A page of problems, latest detection first, with the count of all that match. */
    public DriftListView list(Filter filter, int limit, int offset) {
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE x.rn = 1");
        if (filter.namespace() != null) {
            where.append(" AND d.namespace = ?");
            values.add(filter.namespace());
        }
        if (filter.subject() != null) {
            where.append(" AND x.subject = ?");
            values.add(filter.subject());
        }
        if (filter.kind() != null) {
            where.append(" AND x.kind = ?");
            values.add(filter.kind());
        }
        if (filter.since() != null) {
            where.append(" AND x.detected_at >= ?");
            values.add(filter.since());
        }
        String resolved = "SELECT x.*, d.namespace, d.name,"
                + " (SELECT c.run_id" + LATER_CHECK + " ORDER BY c.event_time, c.run_id FETCH FIRST 1 ROWS ONLY)"
                + " AS resolved_by,"
                + " (SELECT MIN(c.event_time)" + LATER_CHECK + ") AS resolved_at"
                + " FROM (" + LATEST + ") x JOIN lineage_datasets d ON d.dataset_key = x.dataset_key" + where;
        String status = filter.open() == null ? "" : filter.open() ? " WHERE y.resolved_by IS NULL"
                : " WHERE y.resolved_by IS NOT NULL";
        values.add(limit);
        values.add(offset);
        int[] total = {-1};
        List<DriftEntryView> entries = sql.list("SELECT y.*, COUNT(*) OVER () AS total FROM (" + resolved + ") y"
                + status + " ORDER BY y.detected_at DESC, y.namespace, y.name, y.field_path, y.kind"
                + " LIMIT ? OFFSET ?", row -> {
                    total[0] = row.getInt("total");
                    return entry(row);
                }, values.toArray());
        int count = total[0] >= 0 ? total[0] : offset == 0 ? 0 : count(resolved, status, values);
        return new DriftListView(entries, count, limit, offset);
    }

    /** The count alone, for a page past the end (the window count comes with rows only). */
    private int count(String resolved, String status, List<Object> values) {
        return sql.one("SELECT COUNT(*) FROM (" + resolved + ") y" + status, row -> row.getInt(1),
                values.subList(0, values.size() - 2).toArray()).orElse(0);
    }

    private static DriftEntryView entry(ResultSet row) throws SQLException {
        DriftFinding finding = new DriftFinding(DriftKind.valueOf(row.getString("kind")), row.getString("field_path"),
                row.getString("contract_type"), row.getString("observed_type"));
        String resolvedBy = row.getString("resolved_by");
        Long resolvedAt = Sql.longOrNull(row, "resolved_at");
        return new DriftEntryView(row.getString("namespace"), row.getString("name"), row.getString("subject"),
                row.getInt("contract_version"), finding.kind().name(), finding.fieldPath(), finding.contractType(),
                finding.observedType(), finding.message(), "I".equals(row.getString("direction")) ? "INPUT" : "OUTPUT",
                resolvedBy == null ? "OPEN" : "RESOLVED", Instant.ofEpochMilli(row.getLong("first_detected")),
                Instant.ofEpochMilli(row.getLong("detected_at")), row.getString("run_id"),
                resolvedAt == null ? null : Instant.ofEpochMilli(resolvedAt), resolvedBy);
    }
}
