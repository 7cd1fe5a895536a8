package org.contractregistry.contracts.avro;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Default checks Avro's parser leaves out: an enum default must be one of the enum's symbols and a fixed default must
 * have the fixed size, also inside record, array and map defaults. (Avro only checks that such defaults are strings.)
 */
final class AvroDefaults {
    private AvroDefaults() {}

    static Optional<String> problem(Schema schema) {
        return walk(schema, new HashSet<>());
    }

    private static Optional<String> walk(Schema schema, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (!seen.add(schema.getFullName())) {
                    return Optional.empty();
                }
                for (Schema.Field field : schema.getFields()) {
                    if (field.hasDefaultValue() && !valid(field.schema(), field.defaultVal())) {
                        return Optional.of("Invalid default for field " + field.name() + ": " + field.defaultVal()
                                + " is not a " + AvroTypes.describe(field.schema())
                                + (field.schema().getType() == Schema.Type.ENUM ? " symbol " + field.schema().getEnumSymbols() : ""));
                    }
                    Optional<String> inner = walk(field.schema(), seen);
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
                return Optional.empty();
            }
            case ARRAY -> {
                return walk(schema.getElementType(), seen);
            }
            case MAP -> {
                return walk(schema.getValueType(), seen);
            }
            case UNION -> {
                for (Schema branch : schema.getTypes()) {
                    Optional<String> inner = walk(branch, seen);
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** Whether a default Avro already accepted also fits enum symbols and fixed sizes. */
    private static boolean valid(Schema schema, Object value) {
        return switch (schema.getType()) {
            case ENUM -> value != null && schema.getEnumSymbols().contains(value.toString());
            case FIXED -> value instanceof byte[] bytes ? bytes.length == schema.getFixedSize()
                    : value == null || value.toString().length() == schema.getFixedSize();
            case RECORD -> !(value instanceof Map<?, ?> map) || schema.getFields().stream()
                    .allMatch(f -> !map.containsKey(f.name()) || valid(f.schema(), map.get(f.name())));
            case ARRAY -> !(value instanceof Collection<?> items) || items.stream().allMatch(i -> valid(schema.getElementType(), i));
            case MAP -> !(value instanceof Map<?, ?> map) || map.values().stream().allMatch(v -> valid(schema.getValueType(), v));
            case UNION -> validInUnion(schema, value);
            default -> true;
        };
    }

    /** A string default in a union whose only string-like branches are enums must be a symbol of one of them. */
    private static boolean validInUnion(Schema union, Object value) {
        if (!(value instanceof CharSequence)) {
            return true;
        }
        boolean plainText = union.getTypes().stream().anyMatch(b -> b.getType() == Schema.Type.STRING
                || b.getType() == Schema.Type.BYTES || b.getType() == Schema.Type.FIXED);
        return plainText || union.getTypes().stream()
                .filter(b -> b.getType() == Schema.Type.ENUM)
                .anyMatch(b -> b.getEnumSymbols().contains(value.toString()));
    }
}
