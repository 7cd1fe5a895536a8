package org.contractregistry.cli.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The Confluent Schema Registry REST API of any compatible registry (this one, Confluent's, Apicurio's ccompat,
 * Karapace), as far as export and import need it. {@code baseUrl} is what a Kafka serializer would be given, e.g.
 * {@code http://host:8081} or {@code http://host:8080/apis/ccompat/v7}.
 */
public final class RegistryClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RegistryClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = authorization;
    }

    /**
     * @param userInfo {@code user:password} or {@code key:secret} for HTTP Basic, or {@code null}
     * @param token    a bearer token, or {@code null}
     */
    public static RegistryClient of(String baseUrl, String userInfo, String token) {
        String authorization = null;
        if (userInfo != null && !userInfo.isEmpty()) {
            authorization = "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        } else if (token != null && !token.isEmpty()) {
            authorization = "Bearer " + token;
        }
        return new RegistryClient(baseUrl, authorization);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A path segment: the subject {@code a/b c} as {@code a%2Fb%20c}. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query parameter's value. */
    public static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET; empty when the registry answers 404 (with any error_code). */
    public Optional<JsonNode> find(String path) {
        return Optional.ofNullable(call("GET", path, null, true));
    }

    public JsonNode get(String path) {
        return call("GET", path, null, false);
    }

    public JsonNode post(String path, JsonNode body) {
        return call("POST", path, body, false);
    }

    public JsonNode put(String path, JsonNode body) {
        return call("PUT", path, body, false);
    }

    public JsonNode delete(String path) {
        return call("DELETE", path, null, false);
    }

    private JsonNode call(String method, String path, JsonNode body, boolean notFoundIsEmpty) {
        String url = baseUrl + path;
        String what = method + " " + url;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", CONTENT_TYPE + ", application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", CONTENT_TYPE)
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.body().isBlank() ? null : parse(what, response);
            if (response.statusCode() / 100 == 2) {
                return answer;
            }
            if (response.statusCode() == 404 && notFoundIsEmpty) {
                return null;
            }
            int errorCode = answer != null && answer.path("error_code").isInt() ? answer.get("error_code").asInt() : 0;
            String message = answer != null && answer.hasNonNull("message") ? answer.get("message").asText()
                    : response.body();
            throw new RegistryCallException(what, response.statusCode(), errorCode, message);
        } catch (ConnectException e) {
            throw new RegistryCallException(what, 0, 0, "connection refused to " + baseUrl);
        } catch (IOException e) {
            throw new RegistryCallException(what, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryCallException(what, 0, 0, "interrupted");
        }
    }

    private static JsonNode parse(String what, HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new RegistryCallException(what, response.statusCode(), 0, "the answer is not JSON: "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
    }
}
