package org.contractregistry.contracts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.contracts.Fingerprints;
import org.contractregistry.contracts.JsonProblems;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaProblem;
import org.contractregistry.contracts.SchemaSource;

/**
 * Text to {@link JsonContractSchema}: Jackson reads the JSON (duplicate keys refused), the draft comes from
 * {@code $schema}, networknt's validator checks the document against its draft's meta-schema, and every {@code $ref}
 * must resolve inside the document or into a reference.
 */
final class JsonSchemaParsing {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Map<Draft, Schema> META_SCHEMAS = new EnumMap<>(Draft.class);

    private JsonSchemaParsing() {}

    static ParseResult parse(SchemaSource source) {
        Map<String, JsonNode> references = new LinkedHashMap<>();
        List<Fingerprints.Part> parts = new ArrayList<>();
        List<Fingerprints.Part> normalizedParts = new ArrayList<>();
        for (ResolvedReference reference : source.references()) {
            Optional<JsonNode> read = read(reference.text());
            if (read.isEmpty()) {
                return invalid("reference " + reference.name() + " is not JSON", 0, 0);
            }
            references.put(reference.name(), read.get());
            parts.add(new Fingerprints.Part(reference.name(), reference.subject(), reference.version(),
                    Fingerprints.sha256(JsonNormalizer.canonical(read.get()))));
            normalizedParts.add(new Fingerprints.Part(reference.name(), reference.subject(), reference.version(),
                    Fingerprints.sha256(JsonNormalizer.normalized(read.get()))));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(source.text());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return invalid(JsonProblems.describeWithoutPosition(e), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        }
        if (root == null || !(root.isObject() || root.isBoolean())) {
            return invalid("a schema is a JSON object or a boolean", 0, 0);
        }
        Optional<Draft> draft = Draft.of(root);
        if (draft.isEmpty()) {
            return invalid("$schema " + root.get("$schema") + " is not a draft this registry reads (drafts 4, 6, 7, "
                    + "2019-09 and 2020-12 of json-schema.org)", 0, 0);
        }
        List<Error> errors = metaSchema(draft.get()).validate(root);
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            return invalid("at " + pointer(first.getInstanceLocation().toString()) + ": " + first.getMessage(), 0, 0);
        }
        JsonDocuments documents = new JsonDocuments(root, references);
        Optional<String> dangling = documents.firstDangling();
        if (dangling.isPresent()) {
            return invalid(dangling.get(), 0, 0);
        }
        String canonical = JsonNormalizer.canonical(root);
        String normalized = JsonNormalizer.normalized(root);
        return new ParseResult.Parsed(new JsonContractSchema(source, draft.get(), documents, canonical, normalized,
                Fingerprints.of(canonical, parts), Fingerprints.of(normalized, normalizedParts)));
    }

    private static Optional<JsonNode> read(String text) {
        try {
            return Optional.ofNullable(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The draft's meta-schema, loaded once from the copies networknt's validator ships. */
    static synchronized Schema metaSchema(Draft draft) {
        return META_SCHEMAS.computeIfAbsent(draft, d -> SchemaRegistry.withDefaultDialect(d.version())
                .getSchema(SchemaLocation.of(d.version().getDialectId())));
    }

    private static String pointer(String location) {
        return location.isEmpty() || location.equals("$") ? "the root" : location;
    }

    private static ParseResult invalid(String message, int line, int column) {
        return new ParseResult.Invalid(new SchemaProblem("Invalid JSON schema: " + message, line, column));
    }
}
