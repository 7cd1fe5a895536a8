package org.contractregistry.registry.security;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;

/** Requests as one caller or another against a secured registry ({@link SecuredProfile}). */
final class Callers {
    static final String V1 = "application/vnd.schemaregistry.v1+json";
    static final String SCHEMA = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"R\\\",\\\"fields\\\":[]}\"}";

    private Callers() {
    }

    static String unique(String purpose) {
        return purpose + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification admin() {
        return basic("admin", SecuredProfile.ADMIN_PASSWORD);
    }

    static RequestSpecification basic(String name, String secret) {
        return given().auth().preemptive().basic(name, secret).contentType(V1);
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(V1);
    }

    /** Creates a team owning {@code prefixes} and {@code contexts}. */
    static void team(String team, List<String> prefixes, List<String> contexts) {
        admin().body(new TeamBody(prefixes, contexts)).put("/api/v1/security/teams/" + team).then().statusCode(200);
    }

    /** Creates a user with {@code role} (of {@code team}, or none) and answers its password. */
    static String user(String name, String role, String team) {
        String password = "pw-" + name;
        admin().body(new UserBody(password, role, team)).put("/api/v1/security/users/" + name).then()
                .statusCode(200);
        return password;
    }

    record TeamBody(List<String> prefixes, List<String> contexts) {
    }

    record UserBody(String password, String role, String team) {
    }
}
