package org.contractregistry.registry.lineage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.contractregistry.lineage.binding.SubjectBinding;
import org.contractregistry.lineage.catalog.ContractJoin;
import org.contractregistry.lineage.catalog.ContractVersion;
import org.contractregistry.lineage.event.DatasetObservation;
import org.contractregistry.lineage.event.EventParser;
import org.contractregistry.lineage.event.JobInfo;
import org.contractregistry.lineage.event.LineageEvent;
import org.contractregistry.lineage.event.ParentRef;
import org.contractregistry.lineage.event.ParsedEvent;
import org.contractregistry.registry.lineage.store.LineageDb;
import org.contractregistry.registry.lineage.store.LineageStore;
import org.contractregistry.registry.lineage.store.LineageWriter;
import org.contractregistry.registry.lineage.store.LineageWriter.DatasetState;
import org.contractregistry.registry.lineage.store.LineageWriter.LatestRun;

/**
 * Ingests one posted OpenLineage event: parse and check it (nothing is stored when it is refused), then store it in
 * one transaction — event, job (and parent), run and state change, datasets with their contract join, I/O and drift.
 */
@ApplicationScoped
public class LineageIngestion {
    private final EventParser parser;
    private final ContractJoin join;
    private final LineageDb db;
    private final BindingCache bindings;

    public LineageIngestion(EventParser parser, ContractJoin join, LineageDb db, BindingCache bindings) {
        this.parser = parser;
        this.join = join;
        this.db = db;
        this.bindings = bindings;
    }

    public ParsedEvent ingest(String body) {
        ParsedEvent parsed = parser.parse(body);
        if (parsed instanceof ParsedEvent.Accepted accepted) {
            db.write(store -> {
                store(store, accepted.event(), System.currentTimeMillis());
                return null;
            });
        }
        return parsed;
    }

    private void store(LineageStore store, LineageEvent event, long now) {
        LineageWriter writes = store.writes();
        writes.insertEvent(event, now);
        long at = event.eventTime().toEpochMilli();
        String jobKey = event.job().map(job -> storeJob(writes, job, event, at)).orElse(null);
        for (DatasetObservation input : event.inputs()) {
            observe(store, input, 'I', jobKey, event);
        }
        for (DatasetObservation output : event.outputs()) {
            observe(store, output, 'O', jobKey, event);
        }
        for (DatasetObservation dataset : event.datasets()) {
            observe(store, dataset, ' ', null, event);
        }
    }

    private String storeJob(LineageWriter writes, JobInfo job, LineageEvent event, long at) {
        Optional<ParentRef> parent = event.parent();
        parent.ifPresent(p -> writes.ensureRun(p.runId(), writes.ensureJob(p.job(), at), at));
        Optional<LatestRun> latest = event.runId().flatMap(run -> event.state().map(state ->
                new LatestRun(run, state, at)));
        String jobKey = writes.upsertJob(job, parent.map(ParentRef::job), Json.facets(job.facets()), latest, at);
        if (latest.isPresent()) {
            writes.upsertRun(latest.get().runId(), jobKey, parent.map(ParentRef::runId), latest.get().state(), at,
                    Json.facets(event.runFacets()));
        }
        return jobKey;
    }

    private void observe(LineageStore store, DatasetObservation dataset, char direction, String jobKey,
            LineageEvent event) {
        long at = event.eventTime().toEpochMilli();
        ContractJoin.Joined joined = join.join(dataset,
                bindings.explicit(dataset.id(), () -> store.reads().binding(dataset.id())), event.eventTime());
        String subject = joined.binding().map(SubjectBinding::subject).orElse(null);
        Integer version = joined.version().map(ContractVersion::version).orElse(null);
        Optional<UUID> runId = direction == ' ' ? Optional.empty() : event.runId();
        LineageWriter writes = store.writes();
        String datasetKey = writes.upsertDataset(dataset.id(), new DatasetState(Json.facets(dataset.facets()),
                dataset.schema().map(Json::fields).orElse(null), subject,
                joined.binding().map(b -> b.source().name()).orElse(null), version,
                runId.map(UUID::toString).orElse(null)), at);
        if (jobKey == null) {
            return;
        }
        writes.upsertJobIo(jobKey, datasetKey, direction, runId, at);
        if (runId.isEmpty()) {
            return;
        }
        writes.upsertRunIo(runId.get(), datasetKey, direction, jobKey, subject, version,
                joined.version().map(ContractVersion::schemaId).orElse(null), Json.facets(dataset.facets()), at);
        if (joined.version().isPresent() && dataset.schema().isPresent()) {
            writes.replaceDrift(runId.get(), datasetKey, direction, subject, version, joined.drift(),
                    System.currentTimeMillis());
        }
    }
}
