package org.contractregistry.registry.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.contractregistry.registry.rest.SweepCases.Case;
import org.contractregistry.registry.rest.SweepCases.Expect;
import org.contractregistry.registry.rest.SweepFixtures.Baseline;
import org.contractregistry.registry.rest.SweepHttp.Answer;
import org.contractregistry.registry.rest.SweepHttp.Call;
import org.contractregistry.registry.rest.SweepRoutes.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The ground rule over the whole HTTP surface: bad input gets a 4xx whose body is {@code {"error_code","message"}},
 * the code's first three digits being the status and the message naming the problem (no Java type, no stack trace);
 * nothing crashes, nothing hangs, nothing is written. Every route of the OpenAPI document (kept equal to the JAX-RS
 * resources by {@link OpenApiDocumentTest}) gets the cases {@link SweepCases} generates from its parameters and body
 * fields; a route the sweep has no baseline for fails {@link #everyRouteIsSwept}. The last test compares every row
 * of the database with the rows after the valid set-up. Counts per route are written to
 * {@code target/hostile-sweep.txt}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputSweepTest {
    /** Text that is no message for people: Java types, stack frames, a bare null. */
    static final Pattern LEAK = Pattern.compile("Exception|Error:|\\bat (org|java|io|com|jdk|sun)\\."
            + "|\\b(java|javax|jakarta|jdk|sun)\\.[a-z]+\\."
            + "|\\b(com\\.fasterxml|org\\.(apache|jboss|contractregistry|h2)|com\\.squareup"
            + "|io\\.(quarkus|vertx|netty|openlineage|smallrye|agroal))\\."
            + "|\\w\\(\\)|\\$[A-Z]|=null\\b|^null$|:\\s*null$|Internal error|StackOverflow|OutOfMemory");

    @Inject
    @Any
    InjectableInstance<AgroalDataSource> dataSources;

    @Inject
    org.contractregistry.registry.store.JdbcAuditTrail auditTrail;

    private final SweepFixtures fixtures = new SweepFixtures();
    private SweepHttp http;
    private SweepState afterSetUp;

    /** Once, before the first test (the port is known only once the application runs a test). */
    @BeforeEach
    void setUp() {
        if (http == null) {
            http = new SweepHttp(URI.create("http://localhost:" + RestAssured.port));
            fixtures.create(http);
            settleAudit();
            afterSetUp = SweepState.read(dataSources.getActive());
        }
    }

    /**
     * Seals the set-up's audit entries now: the sealer thread would otherwise move them from audit_pending into the
     * chain some milliseconds later, during the sweep, as if a refused request had written them.
     */
    private void settleAudit() {
        javax.sql.DataSource dataSource = dataSources.getActive();
        for (int tries = 0; auditTrail.unsealed(dataSource).count() > 0; tries++) {
            assertThat(tries).as("audit entries still unsealed").isLessThan(500);
            auditTrail.seal(dataSource);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @Order(1)
    void everyRouteIsSwept() {
        Set<String> documented = routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> swept = new TreeSet<>(fixtures.baselines().keySet());
        assertThat(swept).as("routes of openapi.json (and %s) the sweep has a baseline for; add one in"
                + " SweepFixtures.baselines()", SweepFixtures.OPENAPI_ROUTE).isEqualTo(documented);
    }

    @Test
    @Order(2)
    void everyRouteRefusesHostileInputWithAClearError() throws IOException {
        Map<String, Baseline> baselines = fixtures.baselines();
        SweepCases generator = new SweepCases(fixtures);
        List<String> failures = new ArrayList<>();
        Map<String, int[]> counts = new TreeMap<>();
        for (Route route : routes()) {
            Baseline base = baselines.get(route.key());
            Set<String> methods = routes().stream().filter(r -> r.template().equals(route.template()))
                    .map(Route::method).collect(Collectors.toSet());
            List<Case> cases = generator.of(route, base, methods);
            if (!base.writes()) {
                Call valid = generator.valid(route, base);
                Answer answer = http.send(valid);
                boolean expected = answer.status() / 100 == 2 || route.key().equals("GET /associations/{path}");
                if (!expected) {
                    failures.add("baseline " + valid + " -> " + answer.status() + " " + answer.body());
                }
            }
            for (Case c : cases) {
                check(c, http.send(c.call())).ifPresent(failures::add);
                int[] count = counts.computeIfAbsent(route.key(), k -> new int[2]);
                count[c.expect() == Expect.REFUSED ? 0 : 1]++;
            }
        }
        int total = counts.values().stream().mapToInt(c -> c[0] + c[1]).sum();
        report(counts, total, failures);
        assertThat(failures).as("requests that broke the rule (of %d)", total).isEmpty();
        assertThat(total).as("cases sent").isGreaterThan(2000);
    }

    @Test
    @Order(3)
    void randomMutationsOfValidSchemasAreRefusedOrJudgedNeverCrash() {
        for (String[] target : new String[][] {{fixtures.a, fixtures.avroV2, "AVRO"},
                {fixtures.b, fixtures.proto, "PROTOBUF"}}) {
            qt().withFixedSeed(20261126L).withExamples(120).forAll(SchemaMutations.of(target[1]))
                    .checkAssert(schema -> assertRefusedOrJudged(target[0], schema, target[2]));
        }
    }

    /** A check and a lookup of the schema (neither writes): an answer, or a 4xx naming the problem. */
    private void assertRefusedOrJudged(String subject, String schema, String type) {
        String body = fixtures.body(schema, type);
        for (Call call : List.of(Call.json("POST", "/compatibility/subjects/" + subject + "/versions", body),
                Call.json("POST", "/subjects/" + subject, body))) {
            assertThat(check(new Case(call.pathAndQuery(), "mutation", call, Expect.TOLERATED, null),
                    http.send(call))).as("schema %s", schema).isEmpty();
        }
    }

    @Test
    @Order(4)
    void invalidAvroAndProtobufSchemasAre42201() {
        List<String> failures = new ArrayList<>();
        for (String[] invalid : SweepSchemas.INVALID) {
            Call call = Call.json("POST", "/subjects/" + fixtures.a + "/versions",
                    fixtures.body(invalid[1], invalid[0]));
            Answer answer = http.send(call);
            check(new Case("invalid schema", "schema", call, Expect.REFUSED, 422), answer).ifPresent(failures::add);
            if (answer.status() == 422 && !answer.body().contains("\"error_code\":42201")) {
                failures.add(call + " -> " + answer.body() + " (expected 42201)");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @Order(9)
    void nothingWasHalfWritten() throws IOException {
        assertThat(SweepState.read(dataSources.getActive()).differencesFrom(afterSetUp))
                .as("rows written or removed by refused requests").isEmpty();
        assertThat(json(Call.of("GET", "/subjects/" + fixtures.a + "/versions")).toString()).isEqualTo("[1,2]");
        assertThat(json(Call.of("GET", "/subjects/" + fixtures.d + "/versions")).toString()).isEqualTo("[1]");
        assertThat(json(Call.of("GET", "/subjects/" + SweepFixtures.enc(fixtures.c) + "/versions")).toString())
                .isEqualTo("[1]");
        assertThat(json(Call.of("GET", "/config/" + fixtures.a)).path("compatibilityLevel").asText()).isEqualTo("FULL");
        assertThat(json(Call.of("GET", "/mode/" + fixtures.b)).path("mode").asText()).isEqualTo("READWRITE");
        assertThat(json(Call.of("GET", "/api/v1/jobs/runs/" + fixtures.runId)).path("id").asText())
                .isEqualTo(fixtures.runId.toString());
        assertThat(afterSetUp.rows("lineage_events")).isPositive();
    }

    /** The rule for one answer; empty when kept. */
    static java.util.Optional<String> check(Case c, Answer answer) {
        String what = "[" + c.route() + " / " + c.family() + "] " + c.call() + " -> " + answer.status() + " "
                + SweepHttp.abbreviate(answer.body());
        if (answer.status() < 0 || answer.status() >= 500) {
            return java.util.Optional.of(what + " (no 5xx, no hang)");
        }
        if (c.expect() == Expect.REFUSED && (answer.status() < 400 || (c.status() != null
                && answer.status() != c.status()))) {
            return java.util.Optional.of(what + " (expected " + (c.status() == null ? "4xx" : c.status()) + ")");
        }
        if (answer.status() < 400) {
            return java.util.Optional.empty();
        }
        String problem = errorBodyProblem(answer);
        return problem == null ? java.util.Optional.empty() : java.util.Optional.of(what + " (" + problem + ")");
    }

    /** Null when the body is {@code {"error_code": int, "message": clean text}} matching the status. */
    static String errorBodyProblem(Answer answer) {
        JsonNode body;
        try {
            body = SweepFixtures.JSON.readTree(answer.body());
        } catch (IOException e) {
            return "body is not JSON";
        }
        if (body == null || !body.path("error_code").isInt() || !body.path("message").isTextual()) {
            return "body is not {error_code: int, message: string}";
        }
        String code = Integer.toString(body.path("error_code").asInt());
        String message = body.path("message").asText();
        if (code.length() < 3 || !code.substring(0, 3).equals(Integer.toString(answer.status()))) {
            return "error_code " + code + " does not start with the status";
        }
        if (message.isBlank() || LEAK.matcher(message).find()) {
            return "message is no sentence for people";
        }
        return null;
    }

    private JsonNode json(Call call) throws IOException {
        Answer answer = http.send(call);
        assertThat(answer.status()).as("%s: %s", call, answer.body()).isEqualTo(200);
        return SweepFixtures.JSON.readTree(answer.body());
    }

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>(SweepRoutes.fromOpenApi());
        routes.add(new Route("GET", "/q/openapi", List.of(), List.of(new SweepRoutes.Param("format", "string")), null));
        return routes;
    }

    private static void report(Map<String, int[]> counts, int total, List<String> failures) throws IOException {
        StringBuilder text = new StringBuilder("route | refused | tolerated\n");
        counts.forEach((route, n) -> text.append(route).append(" | ").append(n[0]).append(" | ").append(n[1])
                .append('\n'));
        text.append("total ").append(total).append(" cases on ").append(counts.size()).append(" routes, ")
                .append(failures.size()).append(" failures\n");
        failures.forEach(f -> text.append(f).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "hostile-sweep.txt"), text);
        System.out.print(text);
    }
}
