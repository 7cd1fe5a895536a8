package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The shapes Confluent's JSON binding gives metadata and rules: a document of another shape is refused with 422 naming
 * the field (Confluent's binding fails the same requests), so nothing a client cannot read back is stored or hashed.
 * Metadata: {@code tags} an object of string arrays, {@code properties} an object of strings, {@code sensitive} a string
 * array. A rule's {@code tags} a string array, {@code params} an object of strings, {@code disabled} a boolean. Other
 * keys are left alone, as the binding ignores them.
 */
final class DocumentShapes {
    static final String[] RULE_LISTS = {"migrationRules", "domainRules", "encodingRules"};

    private DocumentShapes() {}

    /** @param field how the request names the document ({@code metadata}, {@code defaultMetadata}, ...) */
    static void requireMetadata(JsonNode metadata, String field) {
        JsonNode tags = Json.present(metadata.get("tags"));
        if (tags != null) {
            requireObject(tags, field + ".tags", "an object of string arrays");
            for (Iterator<Map.Entry<String, JsonNode>> it = tags.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                requireStrings(entry.getValue(), field + ".tags." + entry.getKey());
            }
        }
        JsonNode properties = Json.present(metadata.get("properties"));
        if (properties != null) {
            requireStringMap(properties, field + ".properties");
        }
        JsonNode sensitive = Json.present(metadata.get("sensitive"));
        if (sensitive != null) {
            requireStrings(sensitive, field + ".sensitive");
        }
    }

    /** The rule lists are arrays of objects, each rule of the shape above (42210's checks come after, on registration). */
    static void requireRuleSet(JsonNode ruleSet) {
        for (String field : RULE_LISTS) {
            JsonNode rules = Json.present(ruleSet.get(field));
            if (rules == null) {
                continue;
            }
            if (!rules.isArray()) {
                throw DataContractConfig.wrongShape(field + " must be an array of rules");
            }
            for (int i = 0; i < rules.size(); i++) {
                String where = field + "[" + i + "]";
                if (!rules.get(i).isObject()) {
                    throw DataContractConfig.wrongShape("'" + where + "' must be a JSON object (a rule)");
                }
                requireRule(rules.get(i), where);
            }
        }
    }

    private static void requireRule(JsonNode rule, String where) {
        JsonNode tags = Json.present(rule.get("tags"));
        if (tags != null) {
            requireStrings(tags, where + ".tags");
        }
        JsonNode params = Json.present(rule.get("params"));
        if (params != null) {
            requireStringMap(params, where + ".params");
        }
        JsonNode disabled = Json.present(rule.get("disabled"));
        if (disabled != null && !disabled.isBoolean()) {
            throw DataContractConfig.wrongShape("'" + where + ".disabled' must be true or false");
        }
    }

    private static void requireStringMap(JsonNode node, String path) {
        requireObject(node, path, "an object of strings");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw DataContractConfig.wrongShape("'" + path + "." + entry.getKey() + "' must be a string");
            }
        }
    }

    private static void requireStrings(JsonNode node, String path) {
        if (!node.isArray()) {
            throw DataContractConfig.wrongShape("'" + path + "' must be an array of strings");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw DataContractConfig.wrongShape("'" + path + "' must be an array of strings");
            }
        }
    }

    private static void requireObject(JsonNode node, String path, String what) {
        if (!node.isObject()) {
            throw DataContractConfig.wrongShape("'" + path + "' must be " + what);
        }
    }
}
