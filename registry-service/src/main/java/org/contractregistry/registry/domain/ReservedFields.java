package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.FieldShape;

/**
 * Confluent's {@code validateFields} check of reserved fields, named in the metadata property
 * {@code confluent:reserved} (a comma-separated list): a new schema may not drop a name the previous version reserved,
 * nor use a reserved name as a top-level field (Avro: a field of the record; JSON Schema: a property of the root object; Protobuf: a field of the first message,
 * where Confluent looks at every top-level message). Each problem is a sentence of Confluent's; they make the schema
 * incompatible.
 */
final class ReservedFields {
    private ReservedFields() {}

    /**
     * @param metadata the new schema's metadata (as it would be stored)
     * @param previousMetadata the metadata of the version compared with last (the latest), or null when none
     */
    static List<String> problems(ContractSchema candidate, JsonNode metadata, JsonNode previousMetadata) {
        List<String> problems = new ArrayList<>();
        Set<String> reserved = Documents.reservedFields(metadata);
        for (String kept : Documents.reservedFields(previousMetadata)) {
            if (!reserved.contains(kept)) {
                problems.add("The new schema has reserved field " + kept
                        + " removed from its metadata which is present in the old schema's metadata.");
            }
        }
        if (!reserved.isEmpty()) {
            Set<String> topLevel = new HashSet<>();
            for (FieldShape field : candidate.fields()) {
                if (field.path().indexOf('.') < 0) {
                    topLevel.add(field.path());
                }
            }
            for (String name : reserved) {
                if (topLevel.contains(name)) {
                    problems.add("The new schema has field that conflicts with the reserved field " + name + ".");
                }
            }
        }
        return problems;
    }
}
