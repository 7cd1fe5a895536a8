package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * How Confluent layers metadata and rule sets on registration: config {@code defaultMetadata}, then the request's
 * metadata (or, when the request has none, the previous version's), then {@code overrideMetadata}; the same for rule
 * sets. Merging two documents follows Confluent's {@code Metadata.mergeMetadata} and {@code RuleSet.mergeRuleSets}:
 * <ul>
 *   <li>metadata {@code tags} (path to tags) and {@code properties}: key by key, the later layer's value replaces;
 *       {@code sensitive}: the union; empty parts are left out, keys and sets sorted;</li>
 *   <li>rule sets, per list ({@code migrationRules}, {@code domainRules}, {@code encodingRules}): the earlier rules
 *       whose name the later list does not use, then the later list; any other field (such as {@code enableAt}): the
 *       later layer's when it has one.</li>
 * </ul>
 * When one side is absent the other is answered as it is (the same object), so a registration without config keys
 * keeps the request's documents untouched. Inputs are never changed.
 */
final class DocumentMerge {
    private static final String[] RULE_LISTS = {"migrationRules", "domainRules", "encodingRules"};

    private DocumentMerge() {}

    /**
     * The documents a registration stores: the request's ({@code sent}), each missing one taken from the previous
     * version (asked for only then), between the config's defaults and overrides.
     */
    static Documents layered(DataContractConfig config, Documents sent, Supplier<Documents> previous) {
        JsonNode metadata = sent.metadata();
        JsonNode ruleSet = sent.ruleSet();
        if (metadata == null || ruleSet == null) {
            Documents before = previous.get();
            if (before != null) {
                metadata = metadata == null ? before.metadata() : metadata;
                ruleSet = ruleSet == null ? before.ruleSet() : ruleSet;
            }
        }
        metadata = metadata(metadata(config.defaultMetadata(), metadata), config.overrideMetadata());
        ruleSet = ruleSet(ruleSet(config.defaultRuleSet(), ruleSet), config.overrideRuleSet());
        return metadata == sent.metadata() && ruleSet == sent.ruleSet() ? sent : new Documents(metadata, ruleSet);
    }

    static JsonNode metadata(JsonNode earlier, JsonNode later) {
        if (earlier == null || later == null) {
            return earlier == null ? later : earlier;
        }
        ObjectNode merged = Json.MAPPER.createObjectNode();
        putIfNotEmpty(merged, "tags", map(earlier.get("tags"), later.get("tags")));
        putIfNotEmpty(merged, "properties", map(earlier.get("properties"), later.get("properties")));
        putIfNotEmpty(merged, "sensitive", union(earlier.get("sensitive"), later.get("sensitive")));
        return merged;
    }

    static JsonNode ruleSet(JsonNode earlier, JsonNode later) {
        if (earlier == null || later == null) {
            return earlier == null ? later : earlier;
        }
        ObjectNode merged = Json.MAPPER.createObjectNode();
        for (String list : RULE_LISTS) {
            putIfNotEmpty(merged, list, rules(earlier.get(list), later.get(list)));
        }
        for (JsonNode source : new JsonNode[] {earlier, later}) {
            Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!List.of(RULE_LISTS).contains(field.getKey()) && !field.getValue().isNull()) {
                    merged.set(field.getKey(), field.getValue());
                }
            }
        }
        return merged;
    }

    /** Key by key, the later value replacing; array values (tag sets) sorted and without repeats. */
    private static JsonNode map(JsonNode earlier, JsonNode later) {
        if (!hasFields(earlier) || !hasFields(later)) {
            return sortedObject(hasFields(earlier) ? earlier : later);
        }
        ObjectNode copy = (ObjectNode) earlier.deepCopy();
        copy.setAll((ObjectNode) later);
        return sortedObject(copy);
    }

    private static JsonNode sortedObject(JsonNode node) {
        if (!hasFields(node)) {
            return null;
        }
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        node.fields().forEachRemaining(field -> sorted.put(field.getKey(),
                field.getValue().isArray() ? union(field.getValue(), null) : field.getValue()));
        ObjectNode result = Json.MAPPER.createObjectNode();
        sorted.forEach(result::set);
        return result;
    }

    private static JsonNode union(JsonNode earlier, JsonNode later) {
        Set<String> values = new TreeSet<>();
        for (JsonNode source : new JsonNode[] {earlier, later}) {
            if (source != null && source.isArray()) {
                source.forEach(value -> values.add(value.asText()));
            }
        }
        ArrayNode result = Json.MAPPER.createArrayNode();
        values.forEach(result::add);
        return result;
    }

    private static JsonNode rules(JsonNode earlier, JsonNode later) {
        if (!hasElements(earlier) || !hasElements(later)) {
            return hasElements(earlier) ? earlier : later;
        }
        Set<String> laterNames = new HashSet<>();
        later.forEach(rule -> laterNames.add(rule.path("name").asText(null)));
        List<JsonNode> kept = new ArrayList<>();
        earlier.forEach(rule -> {
            if (!laterNames.contains(rule.path("name").asText(null))) {
                kept.add(rule);
            }
        });
        ArrayNode result = Json.MAPPER.createArrayNode();
        result.addAll(kept);
        later.forEach(result::add);
        return result;
    }

    private static void putIfNotEmpty(ObjectNode target, String name, JsonNode value) {
        if (!isEmpty(value)) {
            target.set(name, value);
        }
    }

    private static boolean hasFields(JsonNode node) {
        return node != null && node.isObject() && !node.isEmpty();
    }

    private static boolean hasElements(JsonNode node) {
        return node != null && node.isArray() && !node.isEmpty();
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isContainerNode() && node.isEmpty());
    }
}
