package org.contractregistry.contracts.avro;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.contractregistry.contracts.Fingerprints;
import org.contractregistry.contracts.JsonProblems;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaProblem;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;

/**
 * Parses Avro text with its references: every referenced schema (dependency first) goes into the same
 * {@link Schema.Parser}, so the main text may use the named types they define. Default values are validated.
 */
final class AvroSchemaParser {
    /** The namespace of the placeholders Avro's parser puts where an undefined name is used. */
    private static final String UNRESOLVED = "UnresolvedSchema_";
    /** The name the sender wrote, which Avro keeps as a property of its placeholder. */
    private static final Pattern UNRESOLVED_NAME =
            Pattern.compile("\"org\\.apache\\.avro\\.idl\\.unresolved\\.name\":\"([^\"]*)\"");

    private AvroSchemaParser() {}

    static ParseResult parse(SchemaSource source) {
        Schema.Parser parser = new Schema.Parser().setValidateDefaults(true);
        List<Schema> referenced = new ArrayList<>();
        List<Fingerprints.Part> parts = new ArrayList<>();
        List<Fingerprints.Part> normalizedParts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> known = new HashSet<>();
        for (ResolvedReference ref : source.references()) {
            if (ref.type() != SchemaType.AVRO) {
                return invalid("Reference `" + ref.name() + "` is " + ref.type() + "; an Avro schema can only reference Avro schemas", null);
            }
            if (!seen.add(ref.name())) {
                continue;
            }
            Schema schema;
            try {
                schema = parseOne(parser, ref.text());
            } catch (RuntimeException e) {
                return invalid("Invalid reference `" + ref.name() + "` (subject " + ref.subject() + " version "
                        + ref.version() + "): " + message(e), e);
            }
            String canonical = schema.toString(referenced, false);
            parts.add(new Fingerprints.Part(ref.name(), ref.subject(), ref.version(), Fingerprints.sha256(canonical)));
            normalizedParts.add(new Fingerprints.Part(ref.name(), ref.subject(), ref.version(),
                    Fingerprints.sha256(AvroNormalizer.normalize(canonical, known))));
            referenced.add(schema);
            AvroNormalizer.collectNames(schema, known);
        }
        Schema schema;
        try {
            schema = parseOne(parser, source.text());
        } catch (RuntimeException e) {
            return invalid(message(e), e);
        }
        String canonical = schema.toString(referenced, false);
        String normalized = AvroNormalizer.normalize(canonical, known);
        normalizedParts.sort(java.util.Comparator.comparing(Fingerprints.Part::name));
        return new ParseResult.Parsed(new AvroContractSchema(source, schema, canonical, normalized,
                Fingerprints.of(canonical, parts), Fingerprints.of(normalized, normalizedParts),
                AvroPruning.index(schema)));
    }

    private static Schema parseOne(Schema.Parser parser, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("Empty schema text: an Avro schema is a JSON value such as \"string\" or a record object");
        }
        Schema schema = parser.parse(text);
        AvroDefaults.problem(schema).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return schema;
    }

    private static ParseResult invalid(String message, Throwable error) {
        JsonLocation where = location(error);
        int line = where == null ? 0 : Math.max(where.getLineNr(), 0);
        int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
        return new ParseResult.Invalid(new SchemaProblem(message, line, column));
    }

    private static JsonLocation location(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json && json.getLocation() != null) {
                return json.getLocation();
            }
        }
        return null;
    }

    /** The innermost useful message, without Jackson's "at [Source: ...]" suffix (the position is kept separately). */
    private static String message(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().contains(t.getCause().toString()))) {
            t = t.getCause();
        }
        String text = t instanceof JsonProcessingException json ? json.getOriginalMessage() : t.getMessage();
        if (text == null) {
            text = t.getClass().getSimpleName();
        }
        if (text.startsWith("Undefined schema: ")) {
            return undefined(text.substring("Undefined schema: ".length()));
        }
        if (text.contains(UNRESOLVED)) { // also inside "Invalid default for field b: ... not a {placeholder}"
            Matcher name = UNRESOLVED_NAME.matcher(text);
            return undefined(name.find() ? name.group(1) : null);
        }
        if (text.startsWith("Schema not yet supported: ")) { // Avro's words for JSON that is no schema (null, 1, true)
            return "An Avro schema is a JSON string naming a type, an object or an array, not "
                    + text.substring("Schema not yet supported: ".length());
        }
        return t instanceof JsonProcessingException json
                ? "Invalid JSON: " + JsonProblems.describeWithoutPosition(json) : text;
    }

    /**
     * A name that is neither primitive nor defined. Avro reports a top-level one by its internal placeholder
     * ({@code org.apache.avro.compiler.UnresolvedSchema_7}), which names nothing the sender wrote.
     */
    private static String undefined(String name) {
        return "Undefined type name" + (name == null ? "" : " `" + name + "`") + ": it is not a primitive type, nor"
                + " a named type defined earlier in the schema or in one of its references";
    }
}
