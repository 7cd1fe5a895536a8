package org.contractregistry.registry.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.contractregistry.registry.security.Callers.SCHEMA;
import static org.contractregistry.registry.security.Callers.admin;
import static org.contractregistry.registry.security.Callers.basic;
import static org.contractregistry.registry.security.Callers.bearer;
import static org.contractregistry.registry.security.Callers.team;
import static org.contractregistry.registry.security.Callers.unique;
import static org.contractregistry.registry.security.Callers.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SecuredProfile.class)
class SecuredRegistryTest {

    @Test
    void shouldAnswer40101WithChallengeWithoutCredentials() {
        List<String> challenges = given().get("/subjects").then().statusCode(401)
                .body("error_code", equalTo(40101))
                .body("message", containsString("send HTTP Basic"))
                .extract().headers().getValues("WWW-Authenticate");
        assertThat(challenges).containsExactly("Basic realm=\"contract-registry\", charset=\"UTF-8\"",
                "Bearer realm=\"contract-registry\"");
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnUnknownUser() {
        basic("admin", "not-the-password").get("/subjects").then().statusCode(401).body("error_code", equalTo(40101));
        basic("nobody-" + unique("u"), "whatever1").get("/subjects").then().statusCode(401);
    }

    @Test
    void shouldNameTheCallerInWhoami() {
        admin().get("/api/v1/security/whoami").then().statusCode(200)
                .body("principal", equalTo("admin")).body("kind", equalTo("user"))
                .body("roles", equalTo(List.of("admin"))).body("open", equalTo(false));
    }

    @Test
    void shouldLetAReaderReadButNotWrite() {
        String subject = unique("free-");
        int id = admin().body(SCHEMA).post("/subjects/" + subject + "/versions").then().statusCode(200)
                .extract().path("id");
        String name = unique("reader-");
        String password = user(name, "reader", null);
        basic(name, password).get("/schemas/ids/" + id).then().statusCode(200);
        basic(name, password).get("/subjects/" + subject + "/versions").then().statusCode(200);
        basic(name, password).body(SCHEMA).post("/subjects/" + subject + "/versions").then().statusCode(403)
                .body("error_code", equalTo(40301))
                .body("message", allOf(containsString("subject '" + subject + "'"), containsString("'" + name + "'"),
                        containsString("subject.register")));
    }

    @Test
    void shouldKeepProducersAndOwnersToTheirTeamsSubjects() {
        String team = unique("t");
        team(team, List.of(team + "."), List.of());
        String producer = unique("producer-");
        String producerPassword = user(producer, "producer", team);
        String owner = unique("owner-");
        String ownerPassword = user(owner, "owner", team);
        String own = team + ".orders-value";

        basic(producer, producerPassword).body(SCHEMA).post("/subjects/" + own + "/versions").then().statusCode(200);
        basic(producer, producerPassword).body(SCHEMA).post("/subjects/" + unique("other-") + "/versions").then()
                .statusCode(403).body("error_code", equalTo(40301));
        basic(producer, producerPassword).delete("/subjects/" + own).then().statusCode(403)
                .body("message", containsString("subject.manage"));

        basic(owner, ownerPassword).body("{\"compatibility\":\"FULL\"}").put("/config/" + own).then().statusCode(200);
        basic(owner, ownerPassword).body("{\"compatibility\":\"FULL\"}").put("/config").then().statusCode(403)
                .body("message", allOf(containsString("registry.admin"), containsString("the registry")));
        basic(owner, ownerPassword).body("{\"mode\":\"IMPORT\"}").put("/mode/" + own + "?force=true").then()
                .statusCode(403).body("message", containsString("registry.admin"));
        basic(owner, ownerPassword).delete("/subjects/" + own).then().statusCode(200);
        basic(owner, ownerPassword).get("/api/v1/security/users").then().statusCode(403);
    }

    @Test
    void shouldLetATeamOwnAContext() {
        String team = unique("c");
        team(team, List.of(), List.of(":." + team + ":"));
        String owner = unique("owner-");
        String password = user(owner, "owner", team);
        basic(owner, password).body(SCHEMA).post("/subjects/:." + team + ":anything/versions").then().statusCode(200);
        basic(owner, password).body("{\"compatibility\":\"NONE\"}").put("/config/:." + team + ":").then()
                .statusCode(200);
        basic(owner, password).body(SCHEMA).post("/subjects/:.elsewhere:anything/versions").then().statusCode(403);
    }

    /**
     * Reads by id, lookups and checks are answered on the HTTP event loop when the caches can (EventLoop): the caller
     * must be proven there exactly as on a worker, a remembered credential included, and a revoked one refused.
     */
    @Test
    void shouldAuthenticateTheEndpointsAnsweredOnTheEventLoop() {
        String team = unique("e");
        team(team, List.of(team + "."), List.of());
        String subject = team + ".loop-value";
        int id = admin().body(SCHEMA).post("/subjects/" + subject + "/versions").then().statusCode(200)
                .extract().path("id");
        String owner = unique("owner-");
        String password = user(owner, "owner", team);
        Map<String, Object> key = basic(owner, password).body(Map.of("role", "producer", "team", team))
                .post("/api/v1/security/keys").then().statusCode(201).extract().jsonPath().getMap("$");
        String keyId = (String) key.get("id");
        String secret = (String) key.get("secret");

        given().get("/schemas/ids/" + id).then().statusCode(401).body("error_code", equalTo(40101));
        given().body(SCHEMA).contentType("application/json").post("/compatibility/subjects/" + subject
                + "/versions/latest").then().statusCode(401);
        basic(keyId, "not-the-secret").get("/schemas/ids/" + id).then().statusCode(401);
        for (int i = 0; i < 3; i++) { // the first verifies on a worker, the next are remembered
            basic(keyId, secret).header("X-Request-Id", "loop-" + i).get("/schemas/ids/" + id).then().statusCode(200)
                    .header("X-Request-Id", "loop-" + i).body("schema", containsString("record"));
            basic(keyId, secret).body(SCHEMA).post("/compatibility/subjects/" + subject + "/versions/latest").then()
                    .statusCode(200).body("is_compatible", equalTo(true));
            basic(keyId, secret).body(SCHEMA).post("/subjects/" + subject).then().statusCode(200)
                    .body("id", equalTo(id));
        }
        basic(owner, password).delete("/api/v1/security/keys/" + keyId).then().statusCode(200);
        basic(keyId, secret).get("/schemas/ids/" + id).then().statusCode(401)
                .body("message", containsString("revoked"));
    }

    @Test
    void shouldLetAnOwnerIssueAndRevokeItsTeamsKeys() {
        String team = unique("k");
        team(team, List.of(team + "."), List.of());
        String owner = unique("owner-");
        String password = user(owner, "owner", team);
        Map<String, Object> key = basic(owner, password)
                .body(Map.of("role", "producer", "team", team, "description", "CI"))
                .post("/api/v1/security/keys").then().statusCode(201).extract().jsonPath().getMap("$");
        String id = (String) key.get("id");
        String secret = (String) key.get("secret");

        basic(id, secret).body(SCHEMA).post("/subjects/" + team + ".x-value/versions").then().statusCode(200);
        basic(id, secret).get("/api/v1/security/whoami").then().body("kind", equalTo("api_key"))
                .body("team", equalTo(team));
        basic(owner, password).get("/api/v1/security/keys?team=" + team).then().statusCode(200)
                .body("id", hasItem(id));
        basic(owner, password).body(Map.of("role", "producer", "team", "someone-else")).post("/api/v1/security/keys")
                .then().statusCode(403);
        basic(owner, password).body(Map.of("role", "admin")).post("/api/v1/security/keys").then().statusCode(403);

        basic(owner, password).delete("/api/v1/security/keys/" + id).then().statusCode(200);
        basic(id, secret).get("/subjects").then().statusCode(401).body("message", containsString("revoked"));
    }

    @Test
    void shouldAcceptBearerTokensOfTheIssuer() {
        String team = unique("j");
        team(team, List.of(team + "."), List.of());
        String token = TestIssuer.token("svc-" + team, List.of("producer", "offline_access"), team);
        bearer(token).get("/api/v1/security/whoami").then().statusCode(200).body("kind", equalTo("token"))
                .body("roles", equalTo(List.of("producer"))).body("team", equalTo(team));
        bearer(token).body(SCHEMA).post("/subjects/" + team + ".t-value/versions").then().statusCode(200);
        bearer(token).body(SCHEMA).post("/subjects/x" + team + "/versions").then().statusCode(403);
    }

    @Test
    void shouldRefuseForgedExpiredAndForeignTokens() {
        Instant hour = Instant.now().plusSeconds(3600);
        List<String> roles = List.of("admin");
        bearer(TestIssuer.forged(TestIssuer.claims("x", roles, null, TestIssuer.ISSUER, TestIssuer.AUDIENCE, hour)))
                .get("/subjects").then().statusCode(401).body("error_code", equalTo(40101));
        bearer(TestIssuer.sign(TestIssuer.claims("x", roles, null, TestIssuer.ISSUER, "other-app", hour)))
                .get("/subjects").then().statusCode(401);
        bearer(TestIssuer.sign(TestIssuer.claims("x", roles, null, "https://elsewhere", TestIssuer.AUDIENCE, hour)))
                .get("/subjects").then().statusCode(401);
        bearer(TestIssuer.sign(TestIssuer.claims("x", roles, null, TestIssuer.ISSUER, TestIssuer.AUDIENCE,
                Instant.now().minusSeconds(600)))).get("/subjects").then().statusCode(401);
        bearer(TestIssuer.token("x", List.of("superuser"), null)).get("/subjects").then().statusCode(401)
                .body("message", containsString("no registry role"));
    }

    @Test
    void shouldKeepLineageBindingsToTheSubjectsOwner() {
        String team = unique("b");
        team(team, List.of(team + "."), List.of());
        String owner = unique("owner-");
        String ownerPassword = user(owner, "owner", team);
        String producer = unique("producer-");
        String producerPassword = user(producer, "producer", team);
        Map<String, String> binding = Map.of("namespace", "postgres://db:5432", "name", "shop.public." + team,
                "subject", team + ".orders-value");
        basic(producer, producerPassword).contentType("application/json").body(binding)
                .put("/api/v1/lineage/bindings").then().statusCode(403).body("error_code", equalTo(40301));
        basic(owner, ownerPassword).contentType("application/json").body(binding).put("/api/v1/lineage/bindings")
                .then().statusCode(200);
    }

    @Test
    void shouldServeHealthAndTheApiDescriptionWithoutCredentials() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
