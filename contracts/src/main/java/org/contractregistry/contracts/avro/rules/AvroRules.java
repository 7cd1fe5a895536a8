package org.contractregistry.contracts.avro.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/** The catalogue: every Avro rule, once. */
public final class AvroRules {
    public static final List<AvroRule> ALL = List.of(
            new ReaderFieldMissingDefaultValue(),
            new TypeMismatch(),
            new MissingUnionBranch(),
            new MissingEnumSymbols(),
            new NameMismatch(),
            new FixedSizeMismatch());

    private static final Map<SchemaIncompatibilityType, AvroRule> BY_TYPE = new EnumMap<>(SchemaIncompatibilityType.class);

    static {
        ALL.forEach(rule -> BY_TYPE.put(rule.type(), rule));
        for (SchemaIncompatibilityType type : SchemaIncompatibilityType.values()) {
            if (!BY_TYPE.containsKey(type)) {
                throw new IllegalStateException("no rule for Avro incompatibility " + type);
            }
        }
    }

    private AvroRules() {}

    public static AvroRule forType(SchemaIncompatibilityType type) {
        return BY_TYPE.get(type);
    }
}
