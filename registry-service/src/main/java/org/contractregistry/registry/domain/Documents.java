package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A schema's metadata and ruleSet (either may be null), and what the registry reads in them. */
public record Documents(JsonNode metadata, JsonNode ruleSet) {
    static final String CONFLUENT_VERSION = "confluent:version";
    static final String CONFLUENT_RESERVED = "confluent:reserved";

    static Documents of(StoredSchema schema) {
        return schema == null ? null : new Documents(schema.metadata(), schema.ruleSet());
    }

    boolean isEmpty() {
        return metadata == null && ruleSet == null;
    }

    /** A metadata property as text, or null when the metadata or the property is absent. */
    static String property(JsonNode metadata, String key) {
        if (metadata == null) {
            return null;
        }
        JsonNode value = metadata.path("properties").get(key);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /**
     * Confluent's match of {@code GET /subjects/{s}/metadata}: metadata present and its properties holding every
     * pair (no pairs: any version with metadata).
     */
    static boolean hasProperties(JsonNode metadata, Map<String, String> wanted) {
        if (metadata == null || !metadata.isObject()) {
            return false;
        }
        for (Map.Entry<String, String> pair : wanted.entrySet()) {
            if (!pair.getValue().equals(property(metadata, pair.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The names listed in {@code confluent:reserved} (comma-separated, trimmed, blanks dropped), sorted. */
    static Set<String> reservedFields(JsonNode metadata) {
        Set<String> reserved = new TreeSet<>();
        String list = property(metadata, CONFLUENT_RESERVED);
        if (list != null) {
            for (String name : list.split(",")) {
                if (!name.isBlank()) {
                    reserved.add(name.trim());
                }
            }
        }
        return reserved;
    }
}
