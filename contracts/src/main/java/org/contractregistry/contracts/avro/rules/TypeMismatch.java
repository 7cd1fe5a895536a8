package org.contractregistry.contracts.avro.rules;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.contractregistry.contracts.avro.AvroTypes;

/** The writer's type cannot be promoted to the reader's (promotions: int→long→float→double, string↔bytes). */
final class TypeMismatch implements AvroRule {
    /** Avro's promotions, writer type to the reader types that can read it. */
    private static final Map<Schema.Type, List<String>> READABLE_AS = Map.of(
            Schema.Type.INT, List.of("long", "float", "double"),
            Schema.Type.LONG, List.of("float", "double"),
            Schema.Type.FLOAT, List.of("double"),
            Schema.Type.STRING, List.of("bytes"),
            Schema.Type.BYTES, List.of("string"));

    @Override
    public SchemaIncompatibilityType type() {
        return SchemaIncompatibilityType.TYPE_MISMATCH;
    }

    @Override
    public String purpose() {
        return "A field's type changed to one the reader cannot resolve the writer's values into "
                + "(only int→long→float→double and string↔bytes promote; a union writer needs every branch readable).";
    }

    @Override
    public String example() {
        return "BACKWARD: `amount` changes from long to int; or `email` changes from [\"null\",\"string\"] to \"string\".";
    }

    @Override
    public String message(AvroBreak found) {
        String writer = AvroTypes.describe(found.writer());
        String reader = AvroTypes.describe(found.reader());
        if (found.writer().getType() == Schema.Type.NULL) {
            return found.backward()
                    ? "Field " + found.field() + " is no longer nullable, so the new schema cannot read old data where it is null."
                    : "The new schema makes field " + found.field() + " nullable, and old readers cannot read its null values.";
        }
        return found.backward()
                ? "Field " + found.field() + " changed from " + writer + " to " + reader + ": the new schema cannot read old "
                        + writer + " values as " + reader + "."
                : "Field " + found.field() + " changed from " + reader + " to " + writer + ": old readers expect " + reader
                        + " and cannot read the new " + writer + " values.";
    }

    @Override
    public String fixHint(AvroBreak found) {
        if (found.writer().getType() == Schema.Type.NULL) {
            return found.backward()
                    ? "keep \"null\" in the union of " + found.lastField()
                    : "keep " + found.lastField() + " non-nullable while old readers exist";
        }
        String writer = AvroTypes.describe(found.writer());
        String reader = AvroTypes.describe(found.reader());
        if (found.backward()) {
            List<String> wider = READABLE_AS.getOrDefault(found.writer().getType(), List.of());
            return "keep " + found.lastField() + " as " + writer
                    + (wider.isEmpty() ? "" : ", or change it only to a type " + writer + " promotes to: " + String.join(", ", wider))
                    + "; for a different type add a new field";
        }
        List<String> narrower = READABLE_AS.entrySet().stream()
                .filter(e -> e.getValue().contains(reader))
                .map(e -> e.getKey().getName())
                .sorted()
                .toList();
        return "keep " + found.lastField() + " as " + reader
                + (narrower.isEmpty() ? "" : ", or write a type that promotes to it: " + String.join(", ", narrower))
                + "; for a different type add a new field";
    }
}
