package org.contractregistry.registry.lineage.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.event.DatasetObservation;
import org.contractregistry.lineage.event.EventLimits;
import org.contractregistry.lineage.event.EventParser;
import org.contractregistry.lineage.event.LineageEvent;
import org.contractregistry.lineage.event.ParsedEvent;
import org.contractregistry.registry.lineage.store.EventWrite.DatasetState;
import org.contractregistry.registry.lineage.store.EventWrite.IoWrite;

/**
 * Events for the store tests, written the way ingestion plans them but with a made-up contract join: a dataset whose
 * name starts with {@code t} is bound to {@code <name>-value}, version 3, and its drift is whatever the test says.
 */
final class EventWrites {
    private static final EventParser PARSER = new EventParser(EventLimits.DEFAULT);

    private EventWrites() {}

    /** A dataset with a schema facet of {@code name:type} fields (none: no facets at all). */
    static String dataset(String namespace, String name, String... fields) {
        String schema = fields.length == 0 ? "" : ",\"facets\":{\"schema\":{\"_producer\":\"p\",\"_schemaURL\":\"s\","
                + "\"fields\":[" + List.of(fields).stream().map(f -> "{\"name\":\"" + f.split(":")[0]
                        + "\",\"type\":\"" + f.split(":")[1] + "\"}").collect(Collectors.joining(",")) + "]}}";
        return "{\"namespace\":\"" + namespace + "\",\"name\":\"" + name + "\"" + schema + "}";
    }

    /** A RunEvent; {@code parentJob} null for none. */
    static String run(String type, UUID run, String job, String time, String parentJob, UUID parentRun,
            List<String> inputs, List<String> outputs) {
        String parent = parentJob == null ? "" : ",\"facets\":{\"parent\":{\"_producer\":\"p\",\"_schemaURL\":\"s\","
                + "\"run\":{\"runId\":\"" + parentRun + "\"},\"job\":{\"namespace\":\"spark\",\"name\":\"" + parentJob
                + "\"}}}";
        return "{\"eventType\":\"" + type + "\",\"eventTime\":\"" + time + "\",\"producer\":\"https://test\","
                + "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\","
                + "\"run\":{\"runId\":\"" + run + "\"" + parent + "},\"job\":{\"namespace\":\"spark\",\"name\":\""
                + job + "\",\"facets\":{\"jobType\":{\"_producer\":\"p\",\"_schemaURL\":\"s\","
                + "\"processingType\":\"BATCH\",\"integration\":\"SPARK\",\"jobType\":\"JOB\"}}},"
                + "\"inputs\":[" + String.join(",", inputs) + "],\"outputs\":[" + String.join(",", outputs) + "]}";
    }

    static String jobEvent(String job, String time, List<String> inputs) {
        return "{\"eventTime\":\"" + time + "\",\"producer\":\"https://test\","
                + "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent\","
                + "\"job\":{\"namespace\":\"spark\",\"name\":\"" + job + "\"},\"inputs\":[" + String.join(",", inputs)
                + "],\"outputs\":[]}";
    }

    static String datasetEvent(String time, String dataset) {
        return "{\"eventTime\":\"" + time + "\",\"producer\":\"https://test\","
                + "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent\","
                + "\"dataset\":" + dataset + "}";
    }

    /** The rows of a valid event; {@code drift} by dataset name (for a run's observations of bound datasets). */
    static EventWrite plan(String json, long receivedAt, Map<String, List<DriftFinding>> drift) {
        LineageEvent event = ((ParsedEvent.Accepted) PARSER.parse(json)).event();
        EventWrite.Builder write = EventWrite.builder(event, receivedAt,
                event.job().map(job -> text(job.facets().byName())).orElse(null), text(event.runFacets().byName()));
        event.inputs().forEach(d -> observe(write, event, d, 'I', drift));
        event.outputs().forEach(d -> observe(write, event, d, 'O', drift));
        event.datasets().forEach(d -> observe(write, event, d, ' ', drift));
        return write.build();
    }

    private static void observe(EventWrite.Builder write, LineageEvent event, DatasetObservation dataset,
            char direction, Map<String, List<DriftFinding>> drift) {
        String name = dataset.id().name();
        String subject = name.startsWith("t") ? name + "-value" : null;
        Integer version = subject == null ? null : 3;
        Optional<UUID> runId = direction == ' ' ? Optional.empty() : event.runId();
        String facets = text(dataset.facets().byName());
        String key = write.dataset(dataset.id(), new DatasetState(facets,
                dataset.schema().map(Object::toString).orElse(null), subject, subject == null ? null : "RULE",
                version, runId.map(UUID::toString).orElse(null)));
        if (direction != ' ' && event.job().isPresent()) {
            boolean compared = runId.isPresent() && version != null && drift.containsKey(name);
            write.io(new IoWrite(key, direction, subject, version, version == null ? null : 40, facets,
                    compared ? Optional.of(drift.get(name)) : Optional.empty()));
        }
    }

    private static String text(Map<String, String> facets) {
        return facets.isEmpty() ? null : facets.toString();
    }
}
