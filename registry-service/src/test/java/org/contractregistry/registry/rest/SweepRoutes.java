package org.contractregistry.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every route of the service as the checked-in OpenAPI document lists it ({@code OpenApiDocumentTest} keeps that
 * document equal to the JAX-RS resources), with its path and query parameters and the JSON fields of its body.
 */
final class SweepRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A parameter and its OpenAPI type ({@code string}, {@code integer}, {@code boolean}). */
    record Param(String name, String type) {}

    /** A body field: its OpenAPI type ({@code string}, {@code integer}, {@code array}, {@code object}), its items. */
    record Field(String name, String type, List<Field> items) {}

    /**
     * @param body null without a request body; else the fields of its object ({@code List.of()} for a string body or
     *     an object of free keys)
     */
    record Route(String method, String template, List<Param> path, List<Param> query, List<Field> body) {
        String key() {
            return method + " " + template;
        }
    }

    private SweepRoutes() {}

    static List<Route> fromOpenApi() {
        JsonNode document = read();
        JsonNode schemas = document.path("components").path("schemas");
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<Param> inPath = new ArrayList<>();
                List<Param> inQuery = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    Param param = new Param(p.path("name").asText(), p.path("schema").path("type").asText("string"));
                    (p.path("in").asText().equals("path") ? inPath : inQuery).add(param);
                }
                JsonNode body = op.getValue().path("requestBody").path("content");
                List<Field> fields = body.isMissingNode() ? null
                        : fields(body.elements().next().path("schema"), schemas);
                routes.add(new Route(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), inPath, inQuery, fields));
            }
        }
        return routes;
    }

    /** The fields of an object schema; JsonNode / ObjectNode (free JSON) count as objects without known fields. */
    private static List<Field> fields(JsonNode schema, JsonNode schemas) {
        JsonNode resolved = resolve(schema, schemas);
        if (isFreeJson(schema) || !resolved.has("properties")) {
            return List.of();
        }
        Map<String, Field> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode type = resolve(property.getValue(), schemas);
            String kind = isFreeJson(property.getValue()) ? "object" : type.path("type").asText("object");
            List<Field> items = kind.equals("array") ? fields(type.path("items"), schemas) : List.of();
            out.put(property.getKey(), new Field(property.getKey(), kind, items));
        }
        return List.copyOf(out.values());
    }

    private static boolean isFreeJson(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.endsWith("/JsonNode") || ref.endsWith("/ObjectNode");
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static JsonNode read() {
        try (InputStream in = SweepRoutes.class.getClassLoader().getResourceAsStream(OpenApiResource.JSON_FILE)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
