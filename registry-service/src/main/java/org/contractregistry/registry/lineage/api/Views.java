package org.contractregistry.registry.lineage.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.contractregistry.registry.lineage.api.Refs.DatasetRef;
import org.contractregistry.registry.lineage.api.Refs.JobRef;

/** The JSON shapes of the lineage read API (Marquez-like listings, our dataset and job views). */
public final class Views {
    private Views() {}

    public record NamespaceView(String name) {}

    public record NamespacesView(List<NamespaceView> namespaces) {}

    public record JobSummary(String namespace, String name, String integration, String jobType, String processingType,
            JobRef parent, String latestRunId, String latestRunState, Instant latestRunAt) {}

    public record JobsView(List<JobSummary> jobs, int totalCount) {}

    public record StateChange(String state, Instant at) {}

    public record RunView(String id, JobRef job, String state, Instant startedAt, Instant endedAt, Long durationMs,
            String parentRunId, List<StateChange> states) {}

    public record RunsView(List<RunView> runs) {}

    public record JobView(String namespace, String name, String integration, String jobType, String processingType,
            JobRef parent, List<JobRef> children, List<DatasetRef> inputs, List<DatasetRef> outputs,
            Map<String, JsonNode> facets, List<RunView> runs) {}

    public record DatasetSummary(String namespace, String name, String subject, Integer contractVersion,
            Instant lastSeenAt) {}

    public record DatasetsView(List<DatasetSummary> datasets, int totalCount) {}

    public record FieldView(String name, String type) {}

    public record BindingView(String namespace, String name, String subject, String source) {}

    public record BindingsView(List<BindingView> bindings) {}

    public record ContractVersionView(int version) {}

    public record JobIoView(String namespace, String name, String integration, String lastRunId, Instant lastSeenAt) {}

    public record RunIoView(String runId, JobRef job, String direction, String state, Instant eventTime,
            String subject, Integer contractVersion) {}

    public record DriftView(String runId, String direction, String subject, int contractVersion, String kind,
            String fieldPath, String contractType, String observedType, String message, Instant detectedAt) {}

    /**
     * One drift problem across datasets ({@code GET /api/v1/drift}): its latest detection, and whether a later run
     * that compared the dataset with its contract no longer found it (RESOLVED, when and by which run) or not (OPEN).
     */
    public record DriftEntryView(String namespace, String name, String subject, int contractVersion, String kind,
            String fieldPath, String contractType, String observedType, String message, String direction,
            String status, Instant firstDetectedAt, Instant lastDetectedAt, String lastDetectedByRunId,
            Instant resolvedAt, String resolvedByRunId) {}

    public record DriftListView(List<DriftEntryView> drift, int totalCount, int limit, int offset) {}

    public record QualityView(String runId, Instant eventTime, JsonNode assertions) {}

    public record DatasetView(String namespace, String name, List<FieldView> fields, Map<String, JsonNode> facets,
            BindingView binding, List<ContractVersionView> contractVersions, List<JobIoView> producers,
            List<JobIoView> consumers, List<RunIoView> latestRuns, List<DriftView> drift,
            List<QualityView> qualityAssertions) {}

    /**
     * A job reading a subject's dataset: its last run, the contract version that run read ({@code null} when the
     * subject had no version then), the drift that run's read showed, and the teams owning the job where a binding of
     * a dataset it writes gives one ({@code owners} empty: owner unknown), each with how it was found.
     */
    public record ConsumerView(String namespace, String name, String integration, DatasetRef dataset,
            String lastRunId, Instant lastRunAt, Integer contractVersion, List<DriftView> drift, List<String> owners,
            List<OwnerSourceView> ownerSources) {}

    /**
     * A team owning a job and how that is known: {@code binding:<dataset>} (the team of an explicit binding of a
     * dataset the job writes), {@code metadata:<subject>} (the bound subject's {@code owner} metadata property) or
     * {@code team:<subject>} (the team owning the bound subject by prefix or context).
     */
    public record OwnerSourceView(String team, String source) {}

    /** {@code GET /api/v1/contracts/subjects/{subject}/consumers}: the Maven gate's impact section reads this. */
    public record SubjectConsumersView(String subject, List<DatasetRef> datasets, List<ConsumerView> consumers) {}

    public record EdgeView(String origin, String destination) {}

    public record NodeView(String id, String type, Object data, List<EdgeView> inEdges, List<EdgeView> outEdges) {}

    public record DatasetNodeView(String namespace, String name, String subject, Integer contractVersion,
            List<DriftView> drift) {}

    public record GraphView(List<NodeView> graph) {}

    /**
     * An error in Marquez's shape ({@code code}) with, for clients of the registry's API, the same value as
     * {@code error_code} (the status, as Confluent's framework errors).
     */
    public record ErrorView(int code, String message) {
        @JsonProperty("error_code")
        public int errorCode() {
            return code;
        }
    }
}
