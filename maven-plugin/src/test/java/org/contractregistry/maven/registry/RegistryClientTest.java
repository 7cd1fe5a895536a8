package org.contractregistry.maven.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's handling of HTTP answers, against a JDK HTTP server that answers fixed bodies. Behaviour against the
 * real registry is covered by the invoker ITs.
 */
class RegistryClientTest {
    private HttpServer server;
    private final AtomicReference<String> lastAuth = new AtomicReference<>();
    private String url;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answer("/subjects/secret/versions", 401, "{\"error_code\":40101,\"message\":\"Unauthorized\"}");
        answer("/subjects/broken/versions", 500, "{\"error_code\":50001,\"message\":\"store down\"}");
        answer("/subjects/missing/versions", 404, "{\"error_code\":40401,\"message\":\"Subject 'missing' not found.\"}");
        answer("/subjects/orders-value/versions", 200, "[1,2,3]");
        answer("/api/v1/contracts/subjects/orders-value/consumers", 200, """
                {"subject":"orders-value","datasets":[{"namespace":"kafka://broker:9092","name":"orders"}],
                 "consumers":[{"namespace":"spark","name":"orders-enricher","integration":"SPARK",
                   "dataset":{"namespace":"kafka://broker:9092","name":"orders"},
                   "lastRunId":"7c1e","lastRunAt":"2026-11-25T10:00:00Z"},
                  {"namespace":"spark","name":"refund-matcher","integration":"SPARK",
                   "dataset":{"namespace":"kafka://broker:9092","name":"orders"},"lastRunId":"7c1f",
                   "lastRunAt":"2026-11-25T10:00:00Z","owners":["payments","risk"],
                   "ownerSources":[{"team":"payments","source":"binding:kafka://broker:9092:refunds"},
                                   {"team":"risk","source":"metadata:refunds-value"}]},
                  {"namespace":"spark","name":"notebook","integration":"SPARK",
                   "dataset":{"namespace":"kafka://broker:9092","name":"orders"},"lastRunId":"7c20",
                   "lastRunAt":"2026-11-25T10:00:00Z","owners":[],"ownerSources":[]}]}""");
        answer("/api/v1/contracts/subjects/lonely-value/consumers", 404, "{\"error_code\":404,\"message\":\"no\"}");
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(String path, int status, String body) {
        server.createContext(path, exchange -> {
            lastAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void versionsOfAKnownSubjectAndEmptyForAnUnknownOne() throws Exception {
        RegistryClient client = new RegistryClient(List.of(url), null, Map.of());
        assertThat(client.versions("orders-value")).contains(List.of(1, 2, 3));
        assertThat(client.versions("missing")).isEmpty();
    }

    @Test
    void a401IsOneLineNamingTheUrlAndStatusAndBasicAuthIsSent() {
        RegistryClient client = new RegistryClient(List.of(url), "alice:s3cret", Map.of());
        assertThatThrownBy(() -> client.versions("secret"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(url + "/subjects/secret/versions")
                .hasMessageContaining("401 Unauthorized")
                .hasMessageNotContaining("\n");
        assertThat(lastAuth.get()).isEqualTo("Basic YWxpY2U6czNjcmV0");
    }

    @Test
    void a5xxNamesTheStatusAndTheServersMessage() {
        RegistryClient client = new RegistryClient(List.of(url), null, Map.of());
        assertThatThrownBy(() -> client.versions("broken"))
                .hasMessageContaining("HTTP 500").hasMessageContaining("50001").hasMessageContaining("store down");
    }

    @Test
    void anUnreachableRegistryNamesTheUrlAndTheNextUrlIsTried() throws Exception {
        String dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = "http://127.0.0.1:" + socket.getLocalPort();
        }
        assertThatThrownBy(() -> new RegistryClient(List.of(dead), null, Map.of()).versions("orders-value"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("unreachable: connection refused to " + dead + "/subjects/orders-value")
                .hasMessageNotContaining("ConnectException");
        assertThat(new RegistryClient(List.of(dead, url), null, Map.of()).versions("orders-value"))
                .contains(List.of(1, 2, 3));
    }

    @Test
    void consumersAreReadFromTheLineageApiAndA404OmitsThem() {
        RegistryClient client = new RegistryClient(List.of(url + "/"), null, Map.of());
        List<String> debug = new java.util.ArrayList<>();
        assertThat(client.consumers("orders-value", debug::add)).hasValueSatisfying(consumers ->
                assertThat(consumers).extracting(Consumer::describe).containsExactly("`orders-enricher` (Spark)",
                        "`refund-matcher` (Spark, owned by payments, risk)", "`notebook` (Spark, owner unknown)"));
        assertThat(client.consumers("orders-value", debug::add).orElseThrow().get(0).dataset())
                .isEqualTo("kafka://broker:9092/orders");
        assertThat(client.consumers("lonely-value", debug::add)).isEmpty();
        assertThat(debug).singleElement().asString().contains("404");
    }

    @Test
    void subjectsAreEncodedAsOnePathSegment() {
        assertThat(RegistryClient.segment(":.ctx:a/b c")).isEqualTo("%3A.ctx%3Aa%2Fb%20c");
    }
}
