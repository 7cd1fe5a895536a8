package org.contractregistry.contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecificationVersion;
import java.util.Optional;

/**
 * The JSON Schema drafts the engine reads, chosen by {@code $schema}; a schema without one is draft 7, as Confluent
 * reads it.
 */
public enum Draft {
    DRAFT_4(SpecificationVersion.DRAFT_4),
    DRAFT_6(SpecificationVersion.DRAFT_6),
    DRAFT_7(SpecificationVersion.DRAFT_7),
    DRAFT_2019_09(SpecificationVersion.DRAFT_2019_09),
    DRAFT_2020_12(SpecificationVersion.DRAFT_2020_12);

    private final SpecificationVersion version;

    Draft(SpecificationVersion version) {
        this.version = version;
    }

    SpecificationVersion version() {
        return version;
    }

    /** From 2019-09 on, {@code dependencies} is split into {@code dependentRequired} and {@code dependentSchemas}. */
    public boolean splitsDependencies() {
        return this == DRAFT_2019_09 || this == DRAFT_2020_12;
    }

    /** 2020-12 writes tuples as {@code prefixItems} and the rest as {@code items}; earlier drafts as an items array. */
    public boolean hasPrefixItems() {
        return this == DRAFT_2020_12;
    }

    /** Draft 4's {@code exclusiveMaximum}/{@code exclusiveMinimum} are booleans that modify maximum/minimum. */
    public boolean booleanExclusiveBounds() {
        return this == DRAFT_4;
    }

    /**
     * The draft a document declares, or empty when its {@code $schema} names none of the five (an unknown dialect).
     */
    static Optional<Draft> of(JsonNode root) {
        JsonNode declared = root.isObject() ? root.get("$schema") : null;
        if (declared == null) {
            return Optional.of(DRAFT_7);
        }
        if (!declared.isTextual()) {
            return Optional.empty();
        }
        String id = declared.asText().trim().replaceFirst("^https://json-schema\\.org", "http://json-schema.org")
                .replaceFirst("#$", "");
        for (Draft draft : values()) {
            String known = draft.version.getDialectId().replaceFirst("^https://", "http://").replaceFirst("#$", "");
            if (known.equals(id)) {
                return Optional.of(draft);
            }
        }
        return Optional.empty();
    }
}
