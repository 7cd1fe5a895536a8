package org.contractregistry.registry.lineage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.contractregistry.lineage.binding.SubjectBinding;
import org.contractregistry.lineage.catalog.ContractJoin;
import org.contractregistry.lineage.catalog.ContractVersion;
import org.contractregistry.lineage.event.DatasetObservation;
import org.contractregistry.lineage.event.EventParser;
import org.contractregistry.lineage.event.LineageEvent;
import org.contractregistry.lineage.event.ParsedEvent;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.AccessTarget;
import org.contractregistry.registry.domain.access.Permission;
import org.contractregistry.registry.lineage.store.EventWrite;
import org.contractregistry.registry.lineage.store.EventWrite.DatasetState;
import org.contractregistry.registry.lineage.store.EventWrite.IoWrite;
import org.contractregistry.registry.lineage.store.Keys;
import org.contractregistry.registry.lineage.store.LineageDb;

/**
 * Ingests one posted OpenLineage event: parse and check it (nothing is stored when it is refused), join its datasets
 * with their contracts, then store it atomically — event, job (and parent), run and state change, datasets, I/O and
 * drift.
 */
@ApplicationScoped
public class LineageIngestion {
    private final EventParser parser;
    private final ContractJoin join;
    private final LineageDb db;
    private final BindingCache bindings;
    private final RegistryMetrics metrics;
    private final AccessControl access;

    public LineageIngestion(EventParser parser, ContractJoin join, LineageDb db, BindingCache bindings,
            RegistryMetrics metrics, AccessControl access) {
        this.access = access;
        this.parser = parser;
        this.join = join;
        this.db = db;
        this.bindings = bindings;
        this.metrics = metrics;
    }

    public ParsedEvent ingest(String body) {
        access.require(Permission.INGEST_LINEAGE, AccessTarget.REGISTRY);
        ParsedEvent parsed = parser.parse(body);
        if (parsed instanceof ParsedEvent.Accepted accepted) {
            EventWrite write = plan(accepted.event(), System.currentTimeMillis());
            db.writeEvent(write);
            metrics.lineageEventIngested();
            write.io().forEach(io -> io.drift().ifPresent(drift ->
                    drift.forEach(finding -> metrics.driftFinding(finding.kind().name()))));
        } else if (parsed instanceof ParsedEvent.Rejected rejected) {
            metrics.lineageEventRefused(rejected.problem().kind().name());
        }
        return parsed;
    }

    /** The rows the event writes. */
    private EventWrite plan(LineageEvent event, long now) {
        List<DatasetObservation> all = new ArrayList<>(event.inputs());
        all.addAll(event.outputs());
        all.addAll(event.datasets());
        Map<String, Optional<String>> explicit = bindings.explicit(all.stream().map(DatasetObservation::id).toList());
        EventWrite.Builder write = EventWrite.builder(event, now,
                event.job().map(job -> Json.facets(job.facets())).orElse(null), Json.facets(event.runFacets()));
        event.inputs().forEach(input -> observe(write, event, input, 'I', explicit));
        event.outputs().forEach(output -> observe(write, event, output, 'O', explicit));
        event.datasets().forEach(dataset -> observe(write, event, dataset, ' ', explicit));
        return write.build();
    }

    /** One dataset as the event saw it ('I' read, 'O' written, ' ' a DatasetEvent's). */
    private void observe(EventWrite.Builder write, LineageEvent event, DatasetObservation dataset, char direction,
            Map<String, Optional<String>> explicit) {
        ContractJoin.Joined joined = join.join(dataset, explicit.get(Keys.of(dataset.id())), event.eventTime());
        String subject = joined.binding().map(SubjectBinding::subject).orElse(null);
        Integer version = joined.version().map(ContractVersion::version).orElse(null);
        Optional<UUID> runId = direction == ' ' ? Optional.empty() : event.runId();
        String facets = Json.facets(dataset.facets());
        String datasetKey = write.dataset(dataset.id(), new DatasetState(facets,
                dataset.schema().map(Json::fields).orElse(null), subject,
                joined.binding().map(b -> b.source().name()).orElse(null), version,
                runId.map(UUID::toString).orElse(null)));
        if (direction == ' ' || event.job().isEmpty()) {
            return;
        }
        boolean compared = runId.isPresent() && joined.version().isPresent() && dataset.schema().isPresent();
        write.io(new IoWrite(datasetKey, direction, subject, version,
                joined.version().map(ContractVersion::schemaId).orElse(null), facets,
                compared ? Optional.of(joined.drift()) : Optional.empty()));
    }
}
