package org.contractregistry.contracts.avro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;

/** Loads the data-file vectors under {@code src/test/resources/vectors/avro}. */
final class AvroVectors {
    static final ObjectMapper JSON = new ObjectMapper();

    private AvroVectors() {}

    /** A vector file: where it is (relative to vectors/avro) and its JSON. */
    record Vector(String file, JsonNode json) {
        String kind() {
            return json.path("kind").asText("compatibility");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Vector> all() {
        try {
            Path root = Path.of(AvroVectors.class.getResource("/vectors/avro").toURI());
            List<Vector> out = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    out.add(new Vector(root.relativize(p).toString(), JSON.readTree(p.toFile())));
                }
            }
            return out.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Vector> ofKind(String kind) {
        return all().filter(v -> v.kind().equals(kind));
    }

    /** A schema in a vector is either JSON (object, array or a string holding a primitive name) or, under "text", raw text. */
    static String text(JsonNode schema) {
        if (schema.isTextual() && !isPrimitiveName(schema.asText())) {
            return schema.asText();
        }
        return schema.toString();
    }

    private static boolean isPrimitiveName(String s) {
        return List.of("null", "boolean", "int", "long", "float", "double", "bytes", "string").contains(s);
    }

    static List<ResolvedReference> references(JsonNode vector) {
        return references(vector, "references");
    }

    /** The references under {@code key}, e.g. "references" (every schema) or "newReferences" (the new schema only). */
    static List<ResolvedReference> references(JsonNode vector, String key) {
        List<ResolvedReference> refs = new ArrayList<>();
        for (JsonNode ref : vector.path(key)) {
            refs.add(new ResolvedReference(ref.get("name").asText(), ref.get("subject").asText(),
                    ref.get("version").asInt(), SchemaType.AVRO, text(ref.get("schema"))));
        }
        return refs;
    }

    static ParseResult parse(JsonNode schema, List<ResolvedReference> refs) {
        return Contracts.parse(new SchemaSource(SchemaType.AVRO, text(schema), refs));
    }

    static ContractSchema parsed(String file, JsonNode schema, List<ResolvedReference> refs) {
        ParseResult result = parse(schema, refs);
        if (result instanceof ParseResult.Invalid invalid) {
            throw new AssertionError(file + ": schema does not parse: " + invalid.problem().describe() + "\n" + schema);
        }
        return result.orThrow();
    }
}
