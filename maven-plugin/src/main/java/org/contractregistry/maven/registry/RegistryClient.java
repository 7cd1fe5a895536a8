package org.contractregistry.maven.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.maven.subject.Reference;

/**
 * The Confluent Schema Registry REST API, as far as the plugin needs it, over {@code java.net.http}. The URLs are tried
 * in order until one answers; any answer (even an error) ends the search. Errors become a {@link RegistryException}
 * whose message names the URL and the status.
 */
public final class RegistryClient {
    static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> baseUrls;
    private final Map<String, String> headers;
    private final HttpClient http;

    public RegistryClient(List<String> urls, String userInfo, Map<String, String> extraHeaders) {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException("no schemaRegistryUrls");
        }
        this.baseUrls = urls.stream().map(RegistryClient::baseUri).toList();
        Map<String, String> all = new LinkedHashMap<>();
        if (extraHeaders != null) {
            all.putAll(extraHeaders);
        }
        if (userInfo != null && !userInfo.isBlank()) {
            all.put("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        }
        this.headers = Map.copyOf(all);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static URI baseUri(String url) {
        String trimmed = url.trim();
        return URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }

    /** The first URL, for messages. */
    public String describe() {
        return baseUrls.get(0).toString();
    }

    /** A subject's live versions, oldest first; empty when the registry does not know the subject. */
    public Optional<List<Integer>> versions(String subject) throws RegistryException {
        Answer answer = send("GET", "/subjects/" + segment(subject) + "/versions", null);
        if (answer.status == 404) {
            return Optional.empty();
        }
        List<Integer> versions = new ArrayList<>();
        answer.ok().forEach(v -> versions.add(v.asInt()));
        return Optional.of(versions);
    }

    /** One version, {@code "latest"} or a number. */
    public RegisteredSchema version(String subject, String version) throws RegistryException {
        Answer answer = send("GET", "/subjects/" + segment(subject) + "/versions/" + segment(version), null);
        return schema(subject, answer.ok());
    }

    /** The level in force for the subject ({@code GET /config/{s}?defaultToGlobal=true}). */
    public Optional<String> compatibilityLevel(String subject) throws RegistryException {
        Answer answer = send("GET", "/config/" + segment(subject) + "?defaultToGlobal=true", null);
        if (answer.status == 404) {
            return Optional.empty();
        }
        JsonNode level = answer.ok().path("compatibilityLevel");
        return level.isTextual() ? Optional.of(level.asText()) : Optional.empty();
    }

    /** Is this exact schema already registered under the subject? ({@code POST /subjects/{s}}) */
    public Optional<RegisteredSchema> lookup(
            String subject, SchemaType type, String schema, List<Reference> references, boolean normalize)
            throws RegistryException {
        Answer answer = send("POST", "/subjects/" + segment(subject) + "?normalize=" + normalize,
                request(type, schema, references));
        if (answer.status == 404) {
            return Optional.empty();
        }
        return Optional.of(schema(subject, answer.ok()));
    }

    /** Registers and returns the id; a 409 (incompatible) is a {@link RegistryException} with the server's message. */
    public int register(String subject, SchemaType type, String schema, List<Reference> references, boolean normalize)
            throws RegistryException {
        Answer answer = send("POST", "/subjects/" + segment(subject) + "/versions?normalize=" + normalize,
                request(type, schema, references));
        return answer.ok().path("id").asInt();
    }

    /** Sets the level of a subject, or the global level when {@code subject} is null. */
    public void setCompatibility(String subject, String level) throws RegistryException {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level);
        send("PUT", subject == null ? "/config" : "/config/" + segment(subject), body).ok();
    }

    /** Removes a subject's own level (or resets the global one when {@code subject} is null). */
    public void deleteCompatibility(String subject) throws RegistryException {
        Answer answer = send("DELETE", subject == null ? "/config" : "/config/" + segment(subject), null);
        if (answer.status != 404) {
            answer.ok();
        }
    }

    public List<String> subjects() throws RegistryException {
        List<String> subjects = new ArrayList<>();
        send("GET", "/subjects", null).ok().forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    /**
     * The jobs that read the subject's dataset, from the lineage API. Optional by design: a registry without lineage,
     * a 404 or any failure gives empty, with a note through {@code debug}.
     */
    public Optional<List<org.contractregistry.maven.registry.Consumer>> consumers(String subject, Consumer<String> debug) {
        try {
            Answer answer = send("GET", "/api/v1/contracts/subjects/" + segment(subject) + "/consumers", null);
            if (answer.status != 200) {
                debug.accept("no lineage for " + subject + ": HTTP " + answer.status);
                return Optional.empty();
            }
            List<org.contractregistry.maven.registry.Consumer> consumers = new ArrayList<>();
            for (JsonNode c : answer.body.path("consumers")) {
                JsonNode dataset = c.path("dataset");
                consumers.add(new org.contractregistry.maven.registry.Consumer(
                        c.path("namespace").asText(), c.path("name").asText(), c.path("integration").asText(""),
                        dataset.path("namespace").asText("") + "/" + dataset.path("name").asText(""),
                        c.path("lastRunAt").asText(""), owners(c.path("owners"))));
            }
            return Optional.of(consumers);
        } catch (RegistryException | RuntimeException e) {
            debug.accept("no lineage for " + subject + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The job's owning teams, or empty when the registry does not report owners (one older than owners). */
    private static Optional<List<String>> owners(JsonNode owners) {
        if (!owners.isArray()) {
            return Optional.empty();
        }
        List<String> teams = new ArrayList<>();
        owners.forEach(team -> teams.add(team.asText()));
        return Optional.of(teams);
    }

    private static ObjectNode request(SchemaType type, String schema, List<Reference> references) {
        ObjectNode body = JSON.createObjectNode();
        body.put("schema", schema);
        body.put("schemaType", type.name());
        if (references != null && !references.isEmpty()) {
            ArrayNode refs = body.putArray("references");
            for (Reference r : references) {
                refs.addObject().put("name", r.getName()).put("subject", r.getSubject())
                        .put("version", r.getVersion() == null ? -1 : r.getVersion());
            }
        }
        return body;
    }

    private static RegisteredSchema schema(String subject, JsonNode node) throws RegistryException {
        String typeName = node.path("schemaType").asText("AVRO");
        SchemaType type = SchemaType.fromWire(typeName).orElseThrow(() -> new RegistryException(
                "subject " + subject + " holds a " + typeName + " schema, which this plugin does not judge", 0));
        List<Reference> refs = new ArrayList<>();
        for (JsonNode r : node.path("references")) {
            refs.add(new Reference(r.path("name").asText(), r.path("subject").asText(), r.path("version").asInt()));
        }
        return new RegisteredSchema(node.path("subject").asText(subject), node.path("version").asInt(),
                node.path("id").asInt(), type, node.path("schema").asText(), refs);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer send(String method, String pathAndQuery, JsonNode body) throws RegistryException {
        List<String> failures = new ArrayList<>();
        for (URI base : baseUrls) {
            URI uri = URI.create(base + pathAndQuery);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", MEDIA_TYPE + ", application/json");
            headers.forEach(request::header);
            if (body != null) {
                request.header("Content-Type", MEDIA_TYPE);
                request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(method, uri, response.statusCode(), parse(response.body()));
            } catch (IOException e) {
                failures.add(unreachable(uri, e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException("interrupted while calling " + uri, 0);
            }
        }
        throw new RegistryException("Schema registry unreachable: " + String.join(", ", failures), 0);
    }

    /** Why no answer came, in words: {@code connection refused to http://host:8081/subjects}. */
    static String unreachable(URI uri, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "connection refused to " + uri;
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return "no answer within 30 s from " + uri;
            }
            if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
                return "unknown host " + uri.getHost() + " in " + uri;
            }
        }
        return uri + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("message", text.length() > 200 ? text.substring(0, 200) : text);
        }
    }

    /** One HTTP answer; {@link #ok()} turns any non-2xx into the one-line error. */
    private record Answer(String method, URI uri, int status, JsonNode body) {
        JsonNode ok() throws RegistryException {
            if (status >= 200 && status < 300) {
                return body;
            }
            String reason = switch (status) {
                case 401 -> "401 Unauthorized (check userInfoConfig)";
                case 403 -> "403 Forbidden (the credentials lack permission)";
                default -> String.valueOf(status);
            };
            String code = body.has("error_code") ? " error_code " + body.path("error_code").asText() : "";
            String message = body.path("message").asText("");
            throw new RegistryException("Schema registry " + method + " " + uri + " answered HTTP " + reason + code
                    + (message.isBlank() ? "" : ": " + message), status);
        }
    }
}
