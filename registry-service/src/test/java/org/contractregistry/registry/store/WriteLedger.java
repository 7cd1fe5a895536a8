package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What a packaged service acknowledged while it was being hurt (killed, its database stopped or its connections cut),
 * and the requests that got no answer or a 5xx; {@link #check} then proves, on the healthy service, that every
 * acknowledged write is there (registrations with the same id and version), no two contents share an id, and every
 * request sent again gets the answer it would have got. Thread-safe: many writers share one ledger.
 */
final class WriteLedger {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/vnd.schemaregistry.v1+json";

    record Request(String method, String path, String body) {}

    record Registered(String subject, String schema, int id) {}

    final Queue<Registered> registered = new ConcurrentLinkedQueue<>();
    final Queue<String> deleted = new ConcurrentLinkedQueue<>();
    final Queue<String> configured = new ConcurrentLinkedQueue<>();
    final Queue<String> readOnly = new ConcurrentLinkedQueue<>();
    final Queue<UUID> runs = new ConcurrentLinkedQueue<>();
    /** Sent, and cut off by a kill or answered 5xx: may or may not be stored. */
    final Queue<Request> unanswered = new ConcurrentLinkedQueue<>();
    /** 5xx answers (status, body) while the database was down, for the test to judge. */
    final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    /** Anything else that went wrong in a writer thread. */
    final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

    /** Takes in what another ledger recorded (writers of another instance on the same database). */
    void addAll(WriteLedger other) {
        registered.addAll(other.registered);
        deleted.addAll(other.deleted);
        configured.addAll(other.configured);
        readOnly.addAll(other.readOnly);
        runs.addAll(other.runs);
        unanswered.addAll(other.unanswered);
        refusals.addAll(other.refusals);
        failures.addAll(other.failures);
    }

    /**
     * Sends; a 2xx is acknowledged and returned, a 5xx (when {@code serverErrorsExpected}) is recorded and thrown as
     * {@link Refused}, anything else fails; no answer is recorded and rethrown.
     */
    JsonNode send(String url, Request request, boolean serverErrorsExpected) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = PackagedRegistry.send(request.method(), url + request.path(),
                    request.path().startsWith("/api/") ? "application/json" : JSON, request.body());
        } catch (IOException e) {
            unanswered.add(request);
            throw e;
        }
        if (serverErrorsExpected && response.statusCode() >= 500) {
            unanswered.add(request);
            refusals.add(response.statusCode() + " " + response.body());
            throw new Refused(response.statusCode() + " " + response.body());
        }
        assertThat(response.statusCode() / 100).as(request + " -> " + response.body()).isEqualTo(2);
        return response.body().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(response.body());
    }

    JsonNode send(String url, Request request) throws IOException, InterruptedException {
        return send(url, request, false);
    }

    /** A registration of a new schema under a new subject, recorded when acknowledged. */
    void register(String url, String subject, String schema, boolean serverErrorsExpected)
            throws IOException, InterruptedException {
        JsonNode answer = send(url, new Request("POST", "/subjects/" + subject + "/versions", body(schema)),
                serverErrorsExpected);
        registered.add(new Registered(subject, schema, answer.get("id").asInt()));
    }

    /**
     * One writer's mixed writes until {@code running} turns false or the service is gone (no answer): each step a new
     * subject and schema, and after it in turn the same content under another subject (the same id), a subject
     * deletion, a config and a mode, a lineage event. With {@code serverErrorsExpected}, a 5xx skips to the next step.
     */
    void mixedWrites(String url, String writer, java.util.concurrent.atomic.AtomicBoolean running,
            boolean serverErrorsExpected) {
        for (int step = 0; running.get(); step++) {
            String subject = writer + "-s" + step;
            String schema = schema(writer + "_" + step);
            try {
                register(url, subject, schema, serverErrorsExpected);
                switch (step % 5) {
                    case 1 -> register(url, subject + "-alias", schema, serverErrorsExpected);
                    case 2 -> {
                        send(url, new Request("DELETE", "/subjects/" + subject, null), serverErrorsExpected);
                        deleted.add(subject);
                    }
                    case 3 -> {
                        send(url, new Request("PUT", "/config/" + subject, "{\"compatibility\":\"FULL\"}"),
                                serverErrorsExpected);
                        configured.add(subject);
                        send(url, new Request("PUT", "/mode/" + subject, "{\"mode\":\"READONLY\"}"),
                                serverErrorsExpected);
                        readOnly.add(subject);
                    }
                    case 4 -> {
                        UUID runId = UUID.randomUUID();
                        send(url, new Request("POST", "/api/v1/lineage", event(runId, writer)), serverErrorsExpected);
                        runs.add(runId);
                    }
                    default -> { }
                }
            } catch (Refused refused) {
                pause();
            } catch (IOException | InterruptedException cutOff) {
                return; // the service is gone: the request in flight is in unanswered
            } catch (RuntimeException | AssertionError wrong) {
                failures.add(wrong);
                return;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String event(UUID runId, String job) {
        return "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2026-12-01T10:00:00Z\",\"producer\":\"https://ledger\","
                + "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\","
                + "\"run\":{\"runId\":\"" + runId + "\"},\"job\":{\"namespace\":\"ledger\",\"name\":\"" + job
                + "\"},\"inputs\":[],\"outputs\":[]}";
    }

    /** A 5xx answer during an outage: the writer goes on with its next request. */
    static final class Refused extends RuntimeException {
        Refused(String answer) {
            super(answer);
        }
    }

    void check(String url) throws Exception {
        // A deletion or a mode change that got no answer may or may not have happened: its subject is judged by ids.
        java.util.Set<String> uncertain = new java.util.HashSet<>();
        for (Request request : unanswered) {
            if (!request.method().equals("POST")) {
                uncertain.add(request.path().replaceFirst("^/(subjects|mode|config)/", ""));
            }
        }
        Map<Integer, String> contentById = new HashMap<>();
        Map<String, Integer> idByContent = new HashMap<>();
        for (Registered r : registered) {
            String known = contentById.putIfAbsent(r.id(), r.schema());
            assertThat(known == null || known.equals(r.schema())).as("id %d acknowledged for two contents", r.id())
                    .isTrue();
            Integer id = idByContent.putIfAbsent(r.schema(), r.id());
            assertThat(id == null || id == r.id()).as("content of %s acknowledged with two ids", r.subject()).isTrue();
            JsonNode stored = MAPPER.readTree(get(url, "/schemas/ids/" + r.id(), 200));
            assertThat(MAPPER.readTree(stored.get("schema").asText())).as("schema of id " + r.id())
                    .isEqualTo(MAPPER.readTree(r.schema()));
            if (deleted.contains(r.subject())) {
                get(url, "/subjects/" + r.subject() + "/versions/1", 404);
                continue;
            }
            if (uncertain.contains(r.subject())) {
                HttpResponse<String> version = PackagedRegistry.send("GET", url + "/subjects/" + r.subject()
                        + "/versions/1", null, null);
                assertThat(version.statusCode()).as(version.body()).isIn(200, 404);
                if (version.statusCode() == 200) {
                    assertThat(MAPPER.readTree(version.body()).get("id").asInt()).as(r.subject() + " id")
                            .isEqualTo(r.id());
                }
                continue;
            }
            JsonNode version = MAPPER.readTree(get(url, "/subjects/" + r.subject() + "/versions/1", 200));
            assertThat(version.get("id").asInt()).as(r.subject() + " id").isEqualTo(r.id());
            if (!readOnly.contains(r.subject())) { // a read-only subject refuses even a repeated registration
                JsonNode retried = send(url, new Request("POST", "/subjects/" + r.subject() + "/versions",
                        body(r.schema())));
                assertThat(retried.get("id").asInt()).as("retried registration of " + r.subject()).isEqualTo(r.id());
                assertThat(get(url, "/subjects/" + r.subject() + "/versions", 200)).isEqualTo("[1]");
            }
        }
        for (String subject : configured) {
            assertThat(get(url, "/config/" + subject, 200)).contains("\"FULL\"");
        }
        for (String subject : readOnly) {
            assertThat(get(url, "/mode/" + subject, 200)).contains("\"READONLY\"");
        }
        for (UUID run : runs) {
            get(url, "/api/v1/jobs/runs/" + run, 200);
        }
        // Registrations that got no answer or a 5xx may or may not have been stored (never half): sent again, each
        // gets version 1, the same answer twice, and an id that is its content's, never another content's.
        for (Request request : unanswered) {
            if (request.method().equals("POST") && request.path().endsWith("/versions")) {
                String schema = MAPPER.readTree(request.body()).get("schema").asText();
                JsonNode answer = send(url, request);
                assertThat(send(url, request)).as("sent twice").isEqualTo(answer);
                assertThat(answer.get("version").asInt()).as("version of " + request.path()).isEqualTo(1);
                Integer acknowledged = idByContent.get(schema);
                if (acknowledged != null) {
                    assertThat(answer.get("id").asInt()).isEqualTo(acknowledged);
                } else {
                    assertThat(contentById.get(answer.get("id").asInt()))
                            .as("retried %s got an id that belongs to another content", request.path()).isNull();
                }
            }
        }
    }

    /**
     * The audit log after the kills: {@code GET /api/v1/audit/verify} finds the hash chain intact, and it holds at least
     * an entry for every acknowledged write (registration, deletion, config, mode). The service must be open (loopback
     * with no user, key or issuer), as the packaged ones these tests start are.
     */
    void checkAuditChain(String url) throws Exception {
        JsonNode verdict = MAPPER.readTree(get(url, "/api/v1/audit/verify", 200));
        assertThat(verdict.path("valid").asBoolean()).as("audit chain after the kills: " + verdict).isTrue();
        long acknowledged = registered.size() + deleted.size() + configured.size() + readOnly.size();
        assertThat(verdict.path("entries").asLong()).as("audit entries vs acknowledged writes: " + verdict)
                .isGreaterThanOrEqualTo(acknowledged);
    }

    static String get(String url, String path, int status) throws Exception {
        HttpResponse<String> response = PackagedRegistry.send("GET", url + path, null, null);
        assertThat(response.statusCode()).as("GET " + path + " -> " + response.body()).isEqualTo(status);
        return response.body();
    }

    static String schema(String name) {
        return "{\"type\":\"record\",\"name\":\"R_" + name.replace('-', '_') + "\",\"fields\":[{\"name\":\"f\",\"type\":\"int\"}]}";
    }

    static String body(String schema) {
        return MAPPER.createObjectNode().put("schema", schema).toString();
    }
}
