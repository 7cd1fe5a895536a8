package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A schema as a client sent it for registration, lookup or a compatibility check (Confluent's RegisterSchemaRequest).
 *
 * @param schemaType the wire value; null means AVRO
 * @param id an explicit id (IMPORT mode only), or null
 * @param version an explicit version (IMPORT, or compare-and-set), or null
 */
public record SchemaDraft(
        String schema,
        String schemaType,
        List<SchemaReference> references,
        JsonNode metadata,
        JsonNode ruleSet,
        Integer id,
        Integer version) {

    /** The references as sent, a null entry included (refused with 42201 when the draft is prepared). */
    public SchemaDraft {
        references = references == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(references));
    }

    public static SchemaDraft of(String schema, String schemaType) {
        return new SchemaDraft(schema, schemaType, List.of(), null, null, null, null);
    }
}
