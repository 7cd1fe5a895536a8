package org.contractregistry.contracts.avro;

import java.util.Locale;
import org.apache.avro.Schema;

/** How findings name Avro types in sentences and paths. */
public final class AvroTypes {
    private AvroTypes() {}

    /** {@code int}, {@code timestamp-millis}, {@code acme.Customer}, {@code array<string>}, {@code union[null, string]}. */
    public static String describe(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> schema.getFullName();
            case ARRAY -> "array<" + describe(schema.getElementType()) + ">";
            case MAP -> "map<" + describe(schema.getValueType()) + ">";
            case UNION -> "union" + schema.getTypes().stream().map(AvroTypes::describe).toList();
            default -> schema.getLogicalType() != null
                    ? schema.getLogicalType().getName()
                    : schema.getType().getName().toLowerCase(Locale.ROOT);
        };
    }
}
