package org.contractregistry.lineage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventParserTest {
    private final EventParser parser = new EventParser(EventLimits.DEFAULT);

    static String fixture(String name) {
        try (InputStream in = EventParserTest.class.getResourceAsStream("/open_lineage/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    private LineageEvent accepted(String fixture) {
        ParsedEvent parsed = parser.parse(fixture(fixture));
        assertThat(parsed).isInstanceOf(ParsedEvent.Accepted.class);
        return ((ParsedEvent.Accepted) parsed).event();
    }

    @Test
    void shouldAcceptRequiredOnlyRunEvent() {
        LineageEvent event = accepted("event_required_only.json");
        assertThat(event.kind()).isEqualTo(EventKind.RUN);
        assertThat(event.state()).contains(RunState.START);
        assertThat(event.runId()).contains(UUID.fromString("0190a3a2-7a34-7c2b-9d3e-1f0e6c1d2a01"));
        assertThat(event.job().orElseThrow().id()).isEqualTo(JobId.of("spark", "orders_enricher"));
        assertThat(event.inputs()).isEmpty();
        assertThat(event.parent()).isEmpty();
    }

    @Test
    void shouldReadParentJobTypeSchemaAndIoFacets() {
        LineageEvent event = accepted("event_full_spark_run.json");
        assertThat(event.parent().orElseThrow().job()).isEqualTo(JobId.of("spark", "orders_enricher"));
        assertThat(event.parent().orElseThrow().runId()).isEqualTo(UUID.fromString("0190a3a2-7a34-7c2b-9d3e-1f0e6c1d2a00"));
        JobInfo job = event.job().orElseThrow();
        assertThat(job.integration()).contains("SPARK");
        assertThat(job.jobType()).contains("SQL_JOB");
        assertThat(job.processingType()).contains("BATCH");
        assertThat(event.runFacets().byName()).containsOnlyKeys("parent", "spark_properties");

        DatasetObservation input = event.inputs().get(0);
        assertThat(input.id()).isEqualTo(DatasetId.of("kafka://broker:9092", "orders"));
        assertThat(input.facets().byName()).containsOnlyKeys("schema", "dataSource", "dataQualityAssertions");
        assertThat(input.schema().orElseThrow()).containsExactly(
                new ObservedField("id", "long"), new ObservedField("customer", "struct"),
                new ObservedField("customer.email", "string"), new ObservedField("amount", "decimal(10,2)"));

        DatasetObservation output = event.outputs().get(0);
        assertThat(output.facets().byName()).containsOnlyKeys("columnLineage", "outputStatistics");
        assertThat(output.facets().get("outputStatistics").orElseThrow()).contains("\"rowCount\":42");
        assertThat(output.schema()).isEmpty();
    }

    @Test
    void shouldAcceptDatasetAndJobEvents() {
        LineageEvent dataset = accepted("event_dataset_event.json");
        assertThat(dataset.kind()).isEqualTo(EventKind.DATASET);
        assertThat(dataset.runId()).isEmpty();
        assertThat(dataset.datasets()).extracting(DatasetObservation::id)
                .containsExactly(DatasetId.of("postgres://db:5432", "shop.public.orders"));

        LineageEvent job = accepted("event_job_event.json");
        assertThat(job.kind()).isEqualTo(EventKind.JOB);
        assertThat(job.job().orElseThrow().integration()).contains("AIRFLOW");
        assertThat(job.inputs()).hasSize(1);
    }

    @Test
    void shouldKeepUnicodeNames() {
        LineageEvent event = accepted("event_unicode.json");
        assertThat(event.job().orElseThrow().id().name()).isEqualTo("commandes_été_✓");
        assertThat(event.inputs().get(0).id().name()).isEqualTo("/data/données/entrée.csv");
        assertThat(event.eventTime()).hasToString("2026-11-25T09:00:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "invalid/bad_json.json | MALFORMED_JSON | not valid JSON",
        "invalid/unknown_event_type.json | INVALID_EVENT | eventType 'EXPLODED' is unknown",
        "invalid/missing_run_id.json | INVALID_EVENT | run.runId is missing",
        "invalid/bad_run_id.json | INVALID_EVENT | run.runId 'not-a-uuid' is not a UUID",
        "invalid/missing_job_name.json | INVALID_EVENT | job.name is missing",
        "invalid/missing_dataset_name.json | INVALID_EVENT | inputs[0].name is missing",
        "invalid/neither_run_job_nor_dataset.json | INVALID_EVENT | no run, job or dataset",
        "invalid/bad_event_time.json | INVALID_EVENT | eventTime 'yesterday'",
    })
    void shouldRejectNamingTheProblem(String fixture, EventProblem.Kind kind, String message) {
        ParsedEvent parsed = parser.parse(fixture(fixture));
        assertThat(parsed).isInstanceOf(ParsedEvent.Rejected.class);
        EventProblem problem = ((ParsedEvent.Rejected) parsed).problem();
        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.message()).contains(message);
    }

    @Test
    void shouldRejectFacetOverTheLimitAndWholeEventOverTheLimit() {
        String event = fixture("event_full_spark_run.json");
        ParsedEvent facetTooBig = new EventParser(new EventLimits(1_000_000, 300)).parse(event);
        EventProblem problem = ((ParsedEvent.Rejected) facetTooBig).problem();
        assertThat(problem.kind()).isEqualTo(EventProblem.Kind.TOO_LARGE);
        assertThat(problem.message()).contains("over the facet limit of 300").contains("facets.");

        ParsedEvent eventTooBig = new EventParser(new EventLimits(100, 100)).parse(event);
        assertThat(((ParsedEvent.Rejected) eventTooBig).problem().message()).contains("over the limit of 100");
    }

    @Test
    void shouldRejectNonObjectBodies() {
        assertThat(parser.parse("[]")).isInstanceOf(ParsedEvent.Rejected.class);
        assertThat(parser.parse("")).isInstanceOf(ParsedEvent.Rejected.class);
        assertThat(parser.parse("{\"eventTime\":\"2026-11-25T10:00:00Z\",\"producer\":\"p\",\"run\":{\"runId\":"
                + "\"0190a3a2-7a34-7c2b-9d3e-1f0e6c1d2a01\"},\"job\":{\"namespace\":\"n\",\"name\":\"j\"},"
                + "\"inputs\":{}}")).isInstanceOf(ParsedEvent.Rejected.class);
    }

    /** Inputs from the hostile-input sweep that were stored (or crashed the store) before; each is now a 422. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"eventTime\":\"2026-11-25T10:00:00Z\" | \"eventTime\":\"+999999999-01-01T00:00:00Z\""
                + " | outside the years 0000 to 9999",
        "\"eventTime\":\"2026-11-25T10:00:00Z\" | \"eventTime\":\"-2024-01-01T00:00:00Z\""
                + " | outside the years 0000 to 9999",
        "0190a3a2-7a34-7c2b-9d3e-1f0e6c1d2a01 | 1-1-1-1-1 | run.runId '1-1-1-1-1' is not a UUID",
        "\"schemaURL\":\"https | \"schemaURL\":1,\"x\":\"https | schemaURL must be a string",
        "\"job\":{ | \"inputs\":[{\"namespace\":\"n\",\"name\":\"d\",\"facets\":{\"schema\":{\"fields\":"
                + "[{\"name\":1}]}}}],\"job\":{ | inputs[0].facets.schema.fields[0].name is missing (it must be a string)",
        "\"job\":{ | \"inputs\":[{\"namespace\":\"n\",\"name\":\"d\",\"facets\":{\"schema\":{\"fields\":"
                + "[{\"name\":\"a\",\"type\":7}]}}}],\"job\":{ | inputs[0].facets.schema.fields[0].type must be a string",
    })
    void shouldRejectWhatTheSweepFound(String original, String replacement, String message) {
        String event = fixture("event_required_only.json");
        assertThat(event).contains(original);
        ParsedEvent parsed = parser.parse(event.replace(original, replacement));
        assertThat(parsed).isInstanceOf(ParsedEvent.Rejected.class);
        EventProblem problem = ((ParsedEvent.Rejected) parsed).problem();
        assertThat(problem.kind()).isEqualTo(EventProblem.Kind.INVALID_EVENT);
        assertThat(problem.message()).contains(message);
    }

    @Test
    void shouldDescribeBadJsonWithoutParserInternals() {
        EventProblem problem = ((ParsedEvent.Rejected) parser.parse("{\"eventTime\": ")).problem();
        assertThat(problem.kind()).isEqualTo(EventProblem.Kind.MALFORMED_JSON);
        assertThat(problem.message()).startsWith("body is not valid JSON: Unexpected end-of-input")
                .contains("line 1").doesNotContain("Source", "`");
    }

    @Test
    void shouldRejectContentAfterTheEventAndKeysGivenTwice() {
        String event = fixture("event_required_only.json").strip();
        EventProblem trailing = ((ParsedEvent.Rejected) parser.parse(event + " {\"more\":1}")).problem();
        assertThat(trailing.kind()).isEqualTo(EventProblem.Kind.MALFORMED_JSON);
        assertThat(trailing.message()).contains("unexpected content after the JSON value");
        EventProblem twice = ((ParsedEvent.Rejected) parser.parse(event.replace("{\"eventType\":\"START\",",
                "{\"eventType\":\"START\",\"eventType\":\"COMPLETE\","))).problem();
        assertThat(twice.kind()).isEqualTo(EventProblem.Kind.MALFORMED_JSON);
        assertThat(twice.message()).contains("Duplicate field 'eventType'");
    }
}
