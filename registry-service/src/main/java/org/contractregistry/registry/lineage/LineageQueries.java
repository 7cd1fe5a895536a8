package org.contractregistry.registry.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contractregistry.lineage.graph.GraphAssembler;
import org.contractregistry.lineage.graph.IoEdge;
import org.contractregistry.lineage.graph.JobNodeData;
import org.contractregistry.lineage.graph.Lineage;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.lineage.ids.NodeId;
import org.contractregistry.lineage.ids.NodeType;
import org.contractregistry.registry.domain.Page;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SubjectGovernance;
import org.contractregistry.registry.domain.SubjectVersionView;
import org.contractregistry.registry.domain.VersionSpec;
import org.contractregistry.registry.domain.access.TeamDirectory;
import org.contractregistry.registry.lineage.api.Refs.DatasetRef;
import org.contractregistry.registry.lineage.api.Views.BindingView;
import org.contractregistry.registry.lineage.api.Views.ConsumerView;
import org.contractregistry.registry.lineage.api.Views.ContractVersionView;
import org.contractregistry.registry.lineage.api.Views.DatasetNodeView;
import org.contractregistry.registry.lineage.api.Views.DatasetSummary;
import org.contractregistry.registry.lineage.api.Views.DatasetView;
import org.contractregistry.registry.lineage.api.Views.DriftListView;
import org.contractregistry.registry.lineage.api.Views.DriftView;
import org.contractregistry.registry.lineage.api.Views.EdgeView;
import org.contractregistry.registry.lineage.api.Views.GraphView;
import org.contractregistry.registry.lineage.api.Views.JobSummary;
import org.contractregistry.registry.lineage.api.Views.JobView;
import org.contractregistry.registry.lineage.api.Views.NamespaceView;
import org.contractregistry.registry.lineage.api.Views.NodeView;
import org.contractregistry.registry.lineage.api.Views.OwnerSourceView;
import org.contractregistry.registry.lineage.api.Views.QualityView;
import org.contractregistry.registry.lineage.api.Views.RunView;
import org.contractregistry.registry.lineage.api.Views.SubjectConsumersView;
import org.contractregistry.registry.lineage.store.DriftReader;
import org.contractregistry.registry.lineage.store.Keys;
import org.contractregistry.registry.lineage.store.LineageDb;
import org.contractregistry.registry.lineage.store.LineageReader;
import org.contractregistry.registry.lineage.store.Rows.DatasetRow;
import org.contractregistry.registry.lineage.store.Rows.JobRow;

/** The lineage read side: graph, listings, dataset and job views, and "who reads this subject". */
@ApplicationScoped
public class LineageQueries {
    /** Marquez's default graph depth. */
    public static final int DEFAULT_DEPTH = 20;
    public static final int MAX_DEPTH = 100;
    private static final int LATEST = 20;

    private final LineageDb db;
    private final LineageBindings bindings;
    private final SchemaCatalog schemas;
    private final TeamDirectory teams;

    public LineageQueries(LineageDb db, LineageBindings bindings, SchemaCatalog schemas, TeamDirectory teams) {
        this.db = db;
        this.teams = teams;
        this.bindings = bindings;
        this.schemas = schemas;
    }

    /** The graph around a node, or empty when the node is unknown. */
    public Optional<GraphView> graph(NodeId start, int depth) {
        return db.read(store -> {
            LineageReader reads = store.reads();
            boolean exists = start.type() == NodeType.DATASET
                    ? reads.datasetExists(start.asDataset()) : reads.jobExists(start.asJob());
            if (!exists) {
                return Optional.empty();
            }
            List<IoEdge> edges = store.graph().walk(start, depth);
            Set<DatasetId> datasets = new LinkedHashSet<>();
            Set<JobId> jobs = new LinkedHashSet<>();
            edges.forEach(e -> {
                datasets.add(e.dataset());
                jobs.add(e.job());
            });
            if (start.type() == NodeType.DATASET) {
                datasets.add(start.asDataset());
            } else {
                jobs.add(start.asJob());
            }
            Map<String, DatasetRow> datasetRows = reads.datasets(datasets.stream().map(Keys::of).toList());
            Map<String, JobRow> jobRows = reads.jobs(jobs.stream().map(Keys::of).toList());
            Map<String, String> lastRuns = new HashMap<>();
            datasetRows.values().forEach(d -> lastRuns.put(d.key(), d.lastRunId()));
            Map<String, List<DriftView>> drift = reads.latestDrift(lastRuns);
            Lineage lineage = GraphAssembler.assemble(start, edges,
                    d -> datasetNode(d, datasetRows.get(Keys.of(d))),
                    j -> jobNode(j, jobRows.get(Keys.of(j))));
            return Optional.of(view(lineage, drift));
        });
    }

    private static org.contractregistry.lineage.graph.DatasetNodeData datasetNode(DatasetId id, DatasetRow row) {
        return new org.contractregistry.lineage.graph.DatasetNodeData(id.namespace().value(), id.name(),
                row == null ? null : row.subject(), row == null ? null : row.contractVersion(), List.of());
    }

    private static JobNodeData jobNode(JobId id, JobRow row) {
        if (row == null) {
            return new JobNodeData(id.namespace().value(), id.name(), null, null, null, null, null);
        }
        return new JobNodeData(row.namespace(), row.name(), row.integration(), row.jobType(),
                row.parent() == null ? null : NodeId.of(JobId.of(row.parent().namespace(), row.parent().name())).value(),
                row.latestRunId(), row.latestRunState());
    }

    private static GraphView view(Lineage lineage, Map<String, List<DriftView>> drift) {
        List<NodeView> nodes = new ArrayList<>();
        lineage.graph().forEach(node -> {
            Object data = node.data();
            if (data instanceof org.contractregistry.lineage.graph.DatasetNodeData d) {
                String key = Keys.of(DatasetId.of(d.namespace(), d.name()));
                data = new DatasetNodeView(d.namespace(), d.name(), d.subject(), d.contractVersion(),
                        drift.getOrDefault(key, List.of()));
            }
            nodes.add(new NodeView(node.id().value(), node.type().name(), data,
                    node.inEdges().stream().map(e -> new EdgeView(e.origin().value(), e.destination().value())).toList(),
                    node.outEdges().stream().map(e -> new EdgeView(e.origin().value(), e.destination().value()))
                            .toList()));
        });
        return new GraphView(nodes);
    }

    public List<NamespaceView> namespaces() {
        return db.read(store -> store.reads().namespaces()).stream().map(NamespaceView::new).toList();
    }

    public List<JobSummary> jobs(String namespace) {
        return db.read(store -> store.reads().jobs(namespace)).stream().map(LineageQueries::summary).toList();
    }

    /** Jobs whose name or namespace contains the text (any case), one page of them. */
    public Page<JobSummary> searchJobs(String text, int offset, int limit) {
        int[] bounds = Page.bounds(offset, limit);
        String needle = text == null ? "" : text.strip();
        return db.read(store -> new Page<>(store.reads().searchJobs(needle, bounds[0], bounds[1]).stream()
                .map(LineageQueries::summary).toList(), store.reads().countJobs(needle), bounds[0], bounds[1]));
    }

    /** Datasets whose name or namespace contains the text (any case), one page of them. */
    public Page<DatasetSummary> searchDatasets(String text, int offset, int limit) {
        int[] bounds = Page.bounds(offset, limit);
        String needle = text == null ? "" : text.strip();
        return db.read(store -> new Page<>(store.reads().searchDatasets(needle, bounds[0], bounds[1]).stream()
                .map(LineageQueries::summary).toList(), store.reads().countDatasets(needle), bounds[0], bounds[1]));
    }

    private static DatasetSummary summary(DatasetRow d) {
        return new DatasetSummary(d.namespace(), d.name(), d.subject(), d.contractVersion(), d.lastSeenAt());
    }

    private static JobSummary summary(JobRow j) {
        return new JobSummary(j.namespace(), j.name(), j.integration(), j.jobType(), j.processingType(), j.parent(),
                j.latestRunId(), j.latestRunState(), j.latestRunAt());
    }

    public Optional<JobView> job(JobId id) {
        return db.read(store -> store.reads().job(id).map(j -> new JobView(j.namespace(), j.name(), j.integration(),
                j.jobType(), j.processingType(), j.parent(), store.reads().children(j.key()),
                store.reads().jobDatasets(j.key(), 'I'), store.reads().jobDatasets(j.key(), 'O'),
                Json.readFacets(j.facetsJson()), store.reads().runs(j.key(), LATEST))));
    }

    public Optional<List<RunView>> runs(JobId id, int limit) {
        return db.read(store -> store.reads().job(id).map(j -> store.reads().runs(j.key(), limit)));
    }

    public Optional<RunView> run(String runId) {
        return db.read(store -> store.reads().run(runId));
    }

    public List<DatasetSummary> datasets(String namespace) {
        return db.read(store -> store.reads().datasets(namespace)).stream().map(LineageQueries::summary).toList();
    }

    public Optional<DatasetView> dataset(DatasetId id) {
        Optional<BindingView> binding = bindings.binding(id);
        List<ContractVersionView> versions = binding.map(b -> versions(b.subject())).orElse(List.of());
        return db.read(store -> store.reads().dataset(id).map(d -> {
            LineageReader reads = store.reads();
            return new DatasetView(d.namespace(), d.name(), Json.readFields(d.schemaJson()),
                    Json.readFacets(d.facetsJson()), binding.orElse(null), versions, reads.datasetJobs(d.key(), 'O'),
                    reads.datasetJobs(d.key(), 'I'), reads.datasetRuns(d.key(), LATEST),
                    reads.drift(d.key(), 100), quality(reads.inputFacets(d.key(), LATEST)));
        }));
    }

    private List<ContractVersionView> versions(String subject) {
        try {
            return schemas.versionNumbers(QualifiedSubject.parse(subject), false, false).stream()
                    .map(ContractVersionView::new).toList();
        } catch (RegistryException unknownSubject) {
            return List.of();
        }
    }

    private static List<QualityView> quality(List<String[]> inputFacets) {
        List<QualityView> out = new ArrayList<>();
        for (String[] row : inputFacets) {
            JsonNode assertions = Json.readFacets(row[2]).get("dataQualityAssertions");
            if (assertions != null) {
                out.add(new QualityView(row[0], Instant.ofEpochMilli(Long.parseLong(row[1])),
                        assertions.path("assertions")));
            }
        }
        return out;
    }

    /** Drift problems across all datasets, open and resolved, a page at a time. */
    public DriftListView drift(DriftReader.Filter filter, int limit, int offset) {
        return db.read(store -> store.drift().list(filter, limit, offset));
    }

    /**
     * Consumers of the datasets bound to a subject, each with its owning teams ({@link JobOwners}); an unknown
     * subject has none.
     */
    public SubjectConsumersView consumers(String subject) {
        JobOwners owners = new JobOwners(teams, this::metadataOwner);
        return db.read(store -> {
            LineageReader reads = store.reads();
            List<DatasetRow> datasets = new ArrayList<>(reads.datasetsBoundTo(subject));
            if (subject.endsWith("-key")) {
                reads.kafkaTopic(subject.substring(0, subject.length() - "-key".length())).stream()
                        .filter(d -> !"EXPLICIT".equals(d.bindingSource()) && !"NAMING_RULE".equals(d.bindingSource()))
                        .forEach(datasets::add);
            }
            datasets.sort(Comparator.comparing(DatasetRow::namespace).thenComparing(DatasetRow::name));
            List<ConsumerView> consumers = new ArrayList<>();
            Map<String, List<OwnerSourceView>> jobOwners = new HashMap<>();
            for (DatasetRow d : datasets) {
                DatasetRef ref = new DatasetRef(d.namespace(), d.name());
                reads.datasetJobs(d.key(), 'I').forEach(job -> {
                    List<OwnerSourceView> owned = jobOwners.computeIfAbsent(
                            Keys.of(JobId.of(job.namespace(), job.name())), key -> owners.of(reads.jobOutputs(key)));
                    consumers.add(new ConsumerView(job.namespace(), job.name(), job.integration(), ref,
                            job.lastRunId(), job.lastSeenAt(), job.lastRunId() == null ? null
                                    : reads.runContractVersion(job.lastRunId(), d.key(), 'I').orElse(null),
                            job.lastRunId() == null ? List.of() : reads.runDrift(job.lastRunId(), d.key(), 'I'),
                            JobOwners.names(owned), owned));
                });
            }
            return new SubjectConsumersView(subject,
                    datasets.stream().map(d -> new DatasetRef(d.namespace(), d.name())).toList(), consumers);
        });
    }

    /** The {@code owner} team in the metadata properties of the subject's latest version, if any. */
    private Optional<String> metadataOwner(String subject) {
        try {
            SubjectVersionView latest = schemas.version(QualifiedSubject.parse(subject), VersionSpec.LATEST, false);
            return Optional.ofNullable(SubjectGovernance.of(subject, latest.version().version(),
                    latest.schema().metadata()).owner()).filter(owner -> !owner.isBlank());
        } catch (RegistryException unknownSubject) {
            return Optional.empty();
        }
    }
}
