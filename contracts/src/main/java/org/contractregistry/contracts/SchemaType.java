package org.contractregistry.contracts;

import java.util.Locale;
import java.util.Optional;

/** The schema languages the engine understands. Names match Confluent's {@code schemaType} values. */
public enum SchemaType {
    AVRO,
    PROTOBUF,
    /** JSON Schema (drafts 4, 6, 7, 2019-09, 2020-12); Confluent's name for it. */
    JSON;

    /** Parses a Confluent {@code schemaType} value; {@code null} or blank means AVRO, as in Confluent. */
    public static Optional<SchemaType> fromWire(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(AVRO);
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
