package org.contractregistry.registry.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.prometheus.client.exemplars.ExemplarSampler;
import io.quarkus.micrometer.runtime.export.exemplars.OpenTelemetryContextUnwrapper;
import io.quarkus.micrometer.runtime.export.exemplars.OpenTelemetryExemplarContextUnwrapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, a registration is one trace: the HTTP server span, under it the store operation's span
 * ({@link TracedTransactions}), under that one span per JDBC statement with the statement (values as {@code ?}) and
 * its operation; no schema text or password ends up in an attribute.
 */
@QuarkusTest
@TestProfile(TracingOnProfile.class)
class TracingTest {
    private static final String V1 = "application/vnd.schemaregistry.v1+json";

    @Inject
    InMemorySpanExporter exported;

    @Inject
    Optional<ExemplarSampler> exemplars;

    @Inject
    OpenTelemetryContextUnwrapper unwrapper;

    @BeforeEach
    void forgetEarlierSpans() {
        exported.reset();
    }

    /** With tracing on, metrics carry exemplars again (Quarkus's sampler and unwrapper: {@link MetricsExemplars}). */
    @Test
    void metricsSampleExemplarsWhileTracing() {
        assertThat(exemplars).isPresent();
        assertThat(unwrapper).isInstanceOf(OpenTelemetryExemplarContextUnwrapper.class);
    }

    @Test
    void registrationIsOneTraceFromTheHttpSpanDownToEachStatement() {
        String subject = "traced-" + UUID.randomUUID();
        String field = "field_" + UUID.randomUUID().toString().replace('-', '_');
        String schema = "{\"type\":\"record\",\"name\":\"Traced\",\"fields\":[{\"name\":\"" + field
                + "\",\"type\":\"string\"}]}";
        given().contentType(V1).body(Map.of("schema", schema)).post("/subjects/" + subject + "/versions")
                .then().statusCode(200);

        SpanData server = awaitSpan(span -> span.getKind() == SpanKind.SERVER
                && String.valueOf(span.getAttributes().get(AttributeKey.stringKey("url.path"))).contains(subject));
        assertThat(server.getName()).isEqualTo("POST /subjects/{subject}/versions");
        assertThat(server.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);

        List<SpanData> trace = trace(server.getTraceId());
        List<SpanData> writes = trace.stream().filter(span -> span.getName().equals("registry.store write")).toList();
        assertThat(writes).as("the registration's write").hasSize(1);
        SpanData write = writes.get(0);
        assertThat(write.getAttributes().get(AttributeKey.stringKey(TracedTransactions.OPERATION))).isEqualTo("write");
        assertThat(descendsFrom(write, server, trace)).isTrue();

        List<SpanData> statements = trace.stream().filter(span -> span.getKind() == SpanKind.CLIENT
                && span.getAttributes().get(AttributeKey.stringKey("db.system")) != null).toList();
        List<SpanData> inWrite = statements.stream().filter(span -> descendsFrom(span, write, trace)).toList();
        assertThat(inWrite).as("the write's statements").isNotEmpty();
        assertThat(inWrite).allSatisfy(span -> {
            assertThat(span.getAttributes().get(AttributeKey.stringKey("db.system"))).isEqualTo("h2");
            assertThat(statementOf(span)).as(span.getName()).isNotBlank();
        });
        assertThat(inWrite.stream().map(TracingTest::operationOf).collect(Collectors.toSet()))
                .as("db.operation of the write's statements").contains("INSERT");
        assertThat(attributeValues(trace)).as("the schema's text is no attribute").noneMatch(v -> v.contains(field));
    }

    @Test
    void aPasswordSetThroughTheApiIsInNoSpan() {
        String password = "pw-" + UUID.randomUUID();
        given().contentType("application/json").body(Map.of("password", password, "role", "reader"))
                .put("/api/v1/security/users/traced-" + UUID.randomUUID().toString().substring(0, 8))
                .then().statusCode(200);

        SpanData server = awaitSpan(span -> span.getKind() == SpanKind.SERVER
                && span.getName().equals("PUT /api/v1/security/users/{name}"));
        List<SpanData> trace = trace(server.getTraceId());
        assertThat(trace).as("the user's statements are traced").anyMatch(span -> span.getKind() == SpanKind.CLIENT);
        assertThat(attributeValues(trace)).noneMatch(v -> v.contains(password) || v.contains("$2"));
    }

    /** The spans of one trace, waiting ~200 ms after the server span for children exported in a later batch. */
    private List<SpanData> trace(String traceId) {
        sleep(200);
        return exported.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (SpanData span : exported.getFinishedSpanItems()) {
                if (wanted.test(span)) {
                    return span;
                }
            }
            sleep(20);
        }
        throw new AssertionError("no such span in 10 s; exported: " + exported.getFinishedSpanItems().stream()
                .map(SpanData::getName).toList());
    }

    private static boolean descendsFrom(SpanData span, SpanData ancestor, List<SpanData> trace) {
        Map<String, SpanData> byId = trace.stream().collect(Collectors.toMap(SpanData::getSpanId, s -> s));
        for (SpanData at = span; at != null; at = byId.get(at.getParentSpanId())) {
            if (at.getParentSpanId().equals(ancestor.getSpanId())) {
                return true;
            }
        }
        return false;
    }

    /** db.statement (older semantic conventions) or db.query.text (stable ones), whichever the library writes. */
    private static String statementOf(SpanData span) {
        String old = span.getAttributes().get(AttributeKey.stringKey("db.statement"));
        return old != null ? old : span.getAttributes().get(AttributeKey.stringKey("db.query.text"));
    }

    private static String operationOf(SpanData span) {
        String old = span.getAttributes().get(AttributeKey.stringKey("db.operation"));
        return old != null ? old : span.getAttributes().get(AttributeKey.stringKey("db.operation.name"));
    }

    private static List<String> attributeValues(List<SpanData> spans) {
        return spans.stream().flatMap(span -> span.getAttributes().asMap().values().stream()).map(String::valueOf)
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
