package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Requests refused before routing (a Content-Type that is no media type, a dot segment, a body over the limit) have no
 * route template; /q/metrics must not tag them with their raw paths, or made-up paths would fill Micrometer's cap of
 * 100 {@code uri} values and crowd out the real routes' meters.
 */
@QuarkusTest
class RefusedRequestMetricsTest {

    @Test
    void requestsRefusedBeforeRoutingShareOneUriTag() {
        SweepHttp http = new SweepHttp(URI.create("http://localhost:" + RestAssured.port));
        String marker = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            assertThat(http.send(SweepHttp.Call.json("POST", "/subjects/" + marker + "-" + i + "/versions", "{}")
                    .withContentType("garbage")).status()).isEqualTo(415);
            given().urlEncodingEnabled(false).delete("/config/" + marker + "-" + i + "/%2E%2E").then().statusCode(400);
            given().contentType("application/json").body("{\"schema\":\"" + "x".repeat(1_100_000) + "\"}")
                    .post("/subjects/" + marker + "-big-" + i + "/versions").then().statusCode(413);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).as("no meter is tagged with a refused request's raw path").doesNotContain(marker);
        assertThat(metrics).contains("uri=\"" + RequestFilters.REFUSED_URI + "\"");
    }
}
