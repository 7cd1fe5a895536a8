package org.contractregistry.lineage.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A valid OpenLineage event reduced to what the registry stores. RunEvents have a run, a state and a job; JobEvents
 * a job; DatasetEvents one output-less dataset in {@link #datasets()}.
 *
 * @param json the event as received, for the audit trail
 */
public record LineageEvent(
        EventKind kind,
        Instant eventTime,
        String producer,
        Optional<UUID> runId,
        Optional<RunState> state,
        Facets runFacets,
        Optional<ParentRef> parent,
        Optional<JobInfo> job,
        List<DatasetObservation> inputs,
        List<DatasetObservation> outputs,
        List<DatasetObservation> datasets,
        String json) {

    public LineageEvent {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        datasets = List.copyOf(datasets);
    }
}
