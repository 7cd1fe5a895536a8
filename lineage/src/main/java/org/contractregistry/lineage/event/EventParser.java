package org.contractregistry.lineage.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.openlineage.server.OpenLineage;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.contractregistry.contracts.JsonProblems;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.InvalidIdException;
import org.contractregistry.lineage.ids.JobId;

/**
 * Reads one posted OpenLineage event (RunEvent, DatasetEvent or JobEvent of the current spec) with openlineage-java's
 * server model, checks what the registry relies on, and reduces it to a {@link LineageEvent}. Problems are values.
 */
public final class EventParser {
    /** Unknown fields are fine (facets evolve); content after the event or a key given twice is not JSON we read. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);

    /** RFC 3339's years (four digits): what every OpenLineage producer writes, and what the store can hold. */
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /** 8-4-4-4-12 hexadecimal digits; {@link UUID#fromString} also takes shortened groups such as {@code 1-1-1-1-1}. */
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final EventLimits limits;
    private final FacetReader facets;

    public EventParser(EventLimits limits) {
        this.limits = limits;
        this.facets = new FacetReader(limits);
    }

    public ParsedEvent parse(String json) {
        if (json == null || json.isBlank()) {
            return rejected(EventProblem.Kind.MALFORMED_JSON, "request body is empty; expected an OpenLineage event");
        }
        if (json.length() > limits.maxEventChars()) {
            return rejected(EventProblem.Kind.TOO_LARGE, "event is " + json.length()
                    + " characters, over the limit of " + limits.maxEventChars());
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return rejected(EventProblem.Kind.MALFORMED_JSON, "body is not valid JSON: " + JsonProblems.describe(e));
        }
        if (tree == null || !tree.isObject()) {
            return rejected(EventProblem.Kind.MALFORMED_JSON, "body must be a JSON object (one OpenLineage event)");
        }
        try {
            return new ParsedEvent.Accepted(read(tree, json));
        } catch (RejectedEventException e) {
            return new ParsedEvent.Rejected(e.problem());
        } catch (InvalidIdException e) {
            return rejected(EventProblem.Kind.INVALID_EVENT, e.getMessage());
        }
    }

    private LineageEvent read(JsonNode tree, String json) {
        Instant eventTime = eventTime(tree);
        String producer = requiredText(tree, "producer", "producer");
        JsonNode schemaUrl = tree.get("schemaURL");
        if (schemaUrl != null && !schemaUrl.isNull() && !schemaUrl.isTextual()) {
            throw RejectedEventException.invalid("schemaURL must be a string (the URI of the event's spec)");
        }
        if (tree.hasNonNull("run")) {
            return runEvent(tree, json, eventTime, producer);
        }
        if (tree.hasNonNull("dataset")) {
            OpenLineage.DatasetEvent model = model(tree, OpenLineage.DatasetEvent.class, "DatasetEvent");
            DatasetObservation dataset = dataset(tree.get("dataset"), "dataset", null);
            requireSame(dataset.id(), model.getDataset().getNamespace(), model.getDataset().getName());
            return new LineageEvent(EventKind.DATASET, eventTime, producer, Optional.empty(), Optional.empty(),
                    Facets.NONE, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(dataset), json);
        }
        if (tree.hasNonNull("job")) {
            OpenLineage.JobEvent model = model(tree, OpenLineage.JobEvent.class, "JobEvent");
            JobInfo job = job(tree.get("job"));
            requireSame(job.id(), model.getJob().getNamespace(), model.getJob().getName());
            return new LineageEvent(EventKind.JOB, eventTime, producer, Optional.empty(), Optional.empty(),
                    Facets.NONE, Optional.empty(), Optional.of(job), datasets(tree, "inputs", "inputFacets"),
                    datasets(tree, "outputs", "outputFacets"), List.of(), json);
        }
        throw RejectedEventException.invalid("event has no run, job or dataset: not a RunEvent, JobEvent or DatasetEvent");
    }

    private LineageEvent runEvent(JsonNode tree, String json, Instant eventTime, String producer) {
        RunState state = runState(tree);
        JsonNode run = tree.get("run");
        UUID runId = uuid(run.get("runId"), "run.runId");
        if (!tree.hasNonNull("job")) {
            throw RejectedEventException.invalid("job is missing: a RunEvent needs job.namespace and job.name");
        }
        JobInfo job = job(tree.get("job"));
        OpenLineage.RunEvent model = model(tree, OpenLineage.RunEvent.class, "RunEvent");
        if (!runId.equals(model.getRun().getRunId())) {
            throw RejectedEventException.invalid("run.runId could not be read");
        }
        Facets runFacets = facets.read(run.get("facets"), "run.facets");
        return new LineageEvent(EventKind.RUN, eventTime, producer, Optional.of(runId), Optional.of(state), runFacets,
                parent(run.path("facets").get("parent")), Optional.of(job), datasets(tree, "inputs", "inputFacets"),
                datasets(tree, "outputs", "outputFacets"), List.of(), json);
    }

    private static RunState runState(JsonNode tree) {
        JsonNode type = tree.get("eventType");
        if (type == null || type.isNull()) {
            return RunState.OTHER;
        }
        return RunState.fromWire(type.asText()).orElseThrow(() -> RejectedEventException.invalid(
                "eventType '" + type.asText() + "' is unknown; expected START, RUNNING, COMPLETE, ABORT, FAIL or OTHER"));
    }

    private JobInfo job(JsonNode job) {
        JobId id = new JobId(new org.contractregistry.lineage.ids.NamespaceName(
                requiredText(job, "namespace", "job.namespace")), requiredText(job, "name", "job.name"));
        Facets jobFacets = facets.read(job.get("facets"), "job.facets");
        JsonNode jobType = job.path("facets").path("jobType");
        return new JobInfo(id, jobFacets, upper(jobType.get("integration")), upper(jobType.get("jobType")),
                upper(jobType.get("processingType")));
    }

    private static Optional<ParentRef> parent(JsonNode parent) {
        if (parent == null || !parent.isObject()) {
            return Optional.empty();
        }
        JsonNode job = parent.path("job");
        JobId parentJob = JobId.of(requiredText(job, "namespace", "run.facets.parent.job.namespace"),
                requiredText(job, "name", "run.facets.parent.job.name"));
        return Optional.of(new ParentRef(parentJob, uuid(parent.path("run").get("runId"), "run.facets.parent.run.runId")));
    }

    private List<DatasetObservation> datasets(JsonNode tree, String list, String extraFacets) {
        JsonNode array = tree.get(list);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw RejectedEventException.invalid(list + " must be an array");
        }
        List<DatasetObservation> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(dataset(array.get(i), list + "[" + i + "]", extraFacets));
        }
        return out;
    }

    private DatasetObservation dataset(JsonNode node, String where, String extraFacets) {
        if (!node.isObject()) {
            throw RejectedEventException.invalid(where + " must be an object");
        }
        DatasetId id = DatasetId.of(requiredText(node, "namespace", where + ".namespace"),
                requiredText(node, "name", where + ".name"));
        Facets all = facets.read(node.get("facets"), where + ".facets");
        if (extraFacets != null) {
            all = all.with(facets.read(node.get(extraFacets), where + "." + extraFacets));
        }
        return new DatasetObservation(id, all, SchemaFacetReader.read(node.get("facets"), where));
    }

    private static <T> T model(JsonNode tree, Class<T> type, String what) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String detail = e instanceof JsonProcessingException p ? JsonProblems.describe(p) : e.getMessage();
            throw RejectedEventException.invalid("not a valid " + what + ": " + detail);
        }
    }

    private static void requireSame(Object ours, String namespace, String name) {
        if (!ours.toString().equals(namespace + ":" + name)) {
            throw RejectedEventException.invalid("event could not be read consistently: " + ours);
        }
    }

    private static Instant eventTime(JsonNode tree) {
        String text = requiredText(tree, "eventTime", "eventTime");
        Instant time;
        try {
            time = EventTimes.parse(text);
        } catch (DateTimeException e) {
            throw RejectedEventException.invalid("eventTime '" + text + "' is not an ISO-8601 date-time with offset");
        }
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw RejectedEventException.invalid("eventTime '" + text + "' is outside the years 0000 to 9999");
        }
        return time;
    }

    private static UUID uuid(JsonNode node, String where) {
        if (node == null || node.isNull() || !node.isTextual() || node.asText().isBlank()) {
            throw RejectedEventException.invalid(where + " is missing");
        }
        if (!CANONICAL_UUID.matcher(node.asText()).matches()) {
            throw RejectedEventException.invalid(where + " '" + node.asText() + "' is not a UUID");
        }
        return UUID.fromString(node.asText());
    }

    private static String requiredText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            throw RejectedEventException.invalid(where + " is missing");
        }
        return value.asText();
    }

    private static Optional<String> upper(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank()
                ? Optional.empty()
                : Optional.of(node.asText().toUpperCase(Locale.ROOT));
    }

    private static ParsedEvent rejected(EventProblem.Kind kind, String message) {
        return new ParsedEvent.Rejected(new EventProblem(kind, message));
    }
}
