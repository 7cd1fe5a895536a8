package org.contractregistry.registry.lineage.store;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.event.LineageEvent;
import org.contractregistry.lineage.event.RunState;
import org.contractregistry.lineage.ids.DatasetId;

/**
 * Everything one accepted event writes, worked out before the first statement: the event with its job and run, one
 * row per dataset and one per dataset and direction. A dataset the event names twice (read and written, or listed
 * twice) is folded into one row the way two updates in a row would leave it, so a store may write a table in one
 * statement; rows are sorted by key, so concurrent writers lock shared rows in the same order.
 *
 * @param jobFacets the job's facets as one JSON object, or null when it has none (the stored ones stay)
 * @param runFacets likewise for the run
 */
public record EventWrite(LineageEvent event, long receivedAt, String jobFacets, String runFacets,
        List<DatasetWrite> datasets, List<IoWrite> io) {

    public EventWrite {
        datasets = List.copyOf(datasets);
        io = List.copyOf(io);
    }

    /** The event's time in epoch milliseconds: every row the event writes carries it. */
    public long at() {
        return event.eventTime().toEpochMilli();
    }

    /** The run that may become its job's latest: a RunEvent's run with its state. */
    public Optional<LatestRun> latest() {
        return event.runId().flatMap(run -> event.state().map(state -> new LatestRun(run, state, at())));
    }

    /** A run that may become its job's latest one. */
    public record LatestRun(UUID runId, RunState state, long eventTime) {}

    /**
     * What one event says about a dataset; nulls keep what is stored, except subject and binding source, which
     * always follow the latest join.
     *
     * @param runId the run that observed it, or null for a DatasetEvent / JobEvent
     */
    public record DatasetState(String facetsJson, String schemaJson, String subject, String bindingSource,
            Integer contractVersion, String runId) {

        DatasetState then(DatasetState later) {
            return new DatasetState(first(later.facetsJson, facetsJson), first(later.schemaJson, schemaJson),
                    later.subject, later.bindingSource, first(later.contractVersion, contractVersion),
                    first(later.runId, runId));
        }
    }

    public record DatasetWrite(String key, DatasetId dataset, DatasetState state) {}

    /**
     * A dataset read ('I') or written ('O') by the event's job: the job's I/O, and with a run the run's I/O.
     *
     * @param drift the findings that replace the run's stored ones for this dataset and direction; empty when there was
     *     no contract version or no schema facet to compare (the stored findings stay)
     */
    public record IoWrite(String datasetKey, char direction, String subject, Integer contractVersion,
            Integer schemaId, String facetsJson, Optional<List<DriftFinding>> drift) {

        String key() {
            return datasetKey + direction;
        }

        IoWrite then(IoWrite later) {
            return new IoWrite(datasetKey, direction, later.subject, later.contractVersion, later.schemaId,
                    first(later.facetsJson, facetsJson), later.drift.or(() -> drift));
        }
    }

    public static Builder builder(LineageEvent event, long receivedAt, String jobFacets, String runFacets) {
        return new Builder(event, receivedAt, jobFacets, runFacets);
    }

    /** Collects the observations in event order, folding those on the same key; rows come out sorted by key. */
    public static final class Builder {
        private final LineageEvent event;
        private final long receivedAt;
        private final String jobFacets;
        private final String runFacets;
        private final SortedMap<String, DatasetWrite> datasets = new TreeMap<>();
        private final SortedMap<String, IoWrite> io = new TreeMap<>();

        private Builder(LineageEvent event, long receivedAt, String jobFacets, String runFacets) {
            this.event = event;
            this.receivedAt = receivedAt;
            this.jobFacets = jobFacets;
            this.runFacets = runFacets;
        }

        /** Records what the event says about a dataset; returns the dataset's row key. */
        public String dataset(DatasetId dataset, DatasetState state) {
            String key = Keys.of(dataset);
            datasets.merge(key, new DatasetWrite(key, dataset, state),
                    (earlier, later) -> new DatasetWrite(key, dataset, earlier.state().then(later.state())));
            return key;
        }

        public void io(IoWrite write) {
            io.merge(write.key(), write, IoWrite::then);
        }

        public EventWrite build() {
            return new EventWrite(event, receivedAt, jobFacets, runFacets, List.copyOf(datasets.values()),
                    List.copyOf(io.values()));
        }
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
