package org.contractregistry.contracts.avro;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;

/**
 * A parsed Avro schema with its canonical forms, computed once at parse time.
 *
 * @param schema the parsed Avro schema (named types from references resolved)
 * @param canonicalText Avro's own compact rendering, referenced types printed by name (Confluent's canonical string)
 * @param normalizedText see {@link AvroNormalizer}
 * @param fieldIndex the top-level fields' types rendered standalone, computed once so that judging many pairs can
 *     skip identical fields cheaply (see {@link AvroPruning})
 */
public record AvroContractSchema(
        SchemaSource source,
        Schema schema,
        String canonicalText,
        String normalizedText,
        String fingerprint,
        String normalizedFingerprint,
        AvroPruning.Index fieldIndex)
        implements ContractSchema {

    @Override
    public SchemaType type() {
        return SchemaType.AVRO;
    }

    @Override
    public Optional<String> recordName() {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> Optional.of(schema.getFullName());
            default -> Optional.empty();
        };
    }

    @Override
    public List<FieldShape> fields() {
        return AvroFieldShapes.of(schema);
    }

    @Override
    public String toString() {
        return canonicalText;
    }
}
