package org.contractregistry.registry.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.contractregistry.registry.security.Callers.SCHEMA;
import static org.contractregistry.registry.security.Callers.admin;
import static org.contractregistry.registry.security.Callers.basic;
import static org.contractregistry.registry.security.Callers.team;
import static org.contractregistry.registry.security.Callers.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route of {@code /q/openapi} × every kind of caller, against {@code security/permission-matrix.txt}: a route
 * without a line there fails {@link #shouldHaveARuleForEveryRoute}, a caller let through or refused against its line
 * fails {@link #shouldAnswerEveryCallerAsTheMatrixSays}.
 */
@QuarkusTest
@TestProfile(SecuredProfile.class)
class PermissionMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> CALLERS = List.of("anon", "admin", "owner", "owner2", "producer", "reader", "auditor");

    /** One line of the matrix. */
    record Rule(String route, String request, String body, Map<String, Boolean> allowed) {
    }

    private final String tag = "mx" + UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();

    @BeforeEach
    void createTeamsUsersAndASchema() {
        String other = tag + "o";
        team(tag, List.of(tag + "."), List.of(":." + tag + ":"));
        team(other, List.of(other + "."), List.of());
        String subject = tag + ".orders-value";
        Map<String, Object> registered = admin().body(SCHEMA).post("/subjects/" + subject + "/versions").then()
                .statusCode(200).extract().jsonPath().getMap("$");
        String key = admin().body(Map.of("role", "producer", "team", tag)).post("/api/v1/security/keys").then()
                .statusCode(201).extract().path("id");
        values.putAll(Map.of("subject", subject, "context", "." + tag, "team", tag, "id",
                registered.get("id").toString(), "guid", String.valueOf(registered.get("guid")), "key", key,
                "user", tag + "-user", "spare", tag + "-spare"));
        callers.put("anon", () -> given().contentType(Callers.V1));
        callers.put("admin", Callers::admin);
        for (String[] who : new String[][] {{"owner", "owner", tag}, {"owner2", "owner", other},
                {"producer", "producer", tag}, {"reader", "reader", null}, {"auditor", "auditor", null}}) {
            String name = tag + "-" + who[0];
            String password = user(name, who[1], who[2]);
            callers.put(who[0], () -> basic(name, password));
        }
    }

    /** The bodies the matrix names. */
    private String body(String name) {
        return switch (name) {
            case "-" -> null;
            case "ping" -> "{}";
            case "schema" -> SCHEMA;
            case "config" -> "{\"compatibility\":\"BACKWARD\"}";
            case "mode" -> "{\"mode\":\"READWRITE\"}";
            case "event" -> "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2026-11-25T10:00:00Z\","
                    + "\"producer\":\"https://matrix\",\"schemaURL\":\"https://openlineage.io/spec/2-0-2/"
                    + "OpenLineage.json#/$defs/RunEvent\",\"run\":{\"runId\":\"" + UUID.randomUUID() + "\"},"
                    + "\"job\":{\"namespace\":\"" + tag + "\",\"name\":\"j\"},\"inputs\":[],\"outputs\":[]}";
            case "binding" -> "{\"namespace\":\"postgres://db:5432\",\"name\":\"shop.public." + tag
                    + "\",\"subject\":\"" + values.get("subject") + "\"}";
            case "user" -> "{\"password\":\"long-enough-1\",\"role\":\"reader\"}";
            case "team" -> "{\"prefixes\":[\"" + tag + "-spare.\"]}";
            case "key" -> "{\"role\":\"producer\",\"team\":\"" + tag + "\"}";
            default -> throw new IllegalArgumentException("permission-matrix.txt names no body '" + name + "'");
        };
    }

    @Test
    void shouldHaveARuleForEveryRoute() throws IOException {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        TreeSet<String> ruled = new TreeSet<>(rules().stream().map(Rule::route).toList());
        assertThat(ruled).as("routes of /q/openapi with a line in security/permission-matrix.txt")
                .isEqualTo(documented);
    }

    @Test
    void shouldAnswerEveryCallerAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules()) {
            String method = rule.route().substring(0, rule.route().indexOf(' '));
            for (String caller : CALLERS) {
                if (rule.route().equals("DELETE /api/v1/lineage/bindings")) { // its check reads the binding
                    admin().contentType("application/json").body(body("binding")).put("/api/v1/lineage/bindings")
                            .then().statusCode(200);
                }
                RequestSpecification request = callers.get(caller).get();
                if (rule.request().startsWith("/api/v1/")) {
                    request.contentType("application/json");
                }
                String body = body(rule.body());
                if (body != null) {
                    request.body(body);
                }
                Response answer = request.urlEncodingEnabled(false).request(method, fill(rule.request()));
                boolean allowed = rule.allowed().get(caller);
                int status = answer.statusCode();
                boolean refused = caller.equals("anon") ? status == 401
                        : status == 403 && answer.jsonPath().getInt("error_code") == 40301;
                if (allowed ? status == 401 || status == 403 : !refused) {
                    wrong.add(rule.route() + " as " + caller + ": expected " + (allowed ? "allow" : "deny") + ", got "
                            + status + " " + answer.asString());
                }
            }
        }
        assertThat(wrong).as("answers against security/permission-matrix.txt").isEmpty();
    }

    private String fill(String request) {
        String filled = request;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("${" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\|");
            String[] verdicts = columns[3].trim().split("\\s+");
            assertThat(verdicts).as("callers of '%s'", line).hasSize(CALLERS.size());
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < verdicts.length; i++) {
                assertThat(verdicts[i]).as("verdict in '%s'", line).isIn("allow", "deny");
                allowed.put(CALLERS.get(i), verdicts[i].equals("allow"));
            }
            rules.add(new Rule(columns[0].trim(), columns[1].trim(), columns[2].trim(), allowed));
        }
        return rules;
    }

    private static List<String> lines() {
        try (InputStream in = PermissionMatrixTest.class.getResourceAsStream("/security/permission-matrix.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
