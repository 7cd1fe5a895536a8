package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Property dependencies ({@code dependentRequired}, or {@code dependencies} with a name list) and schema dependencies
 * ({@code dependentSchemas}, or {@code dependencies} with a schema), whichever draft wrote them.
 */
final class DependencyDiff {
    private DependencyDiff() {}

    static void compare(Walk walk, SchemaView original, SchemaView update) {
        boolean split = original.draft.splitsDependencies();
        try (Walk.Scope ignored = walk.enter(split ? "dependentRequired" : "dependencies")) {
            Map<String, Set<String>> was = names(original.node);
            Map<String, Set<String>> is = names(update.node);
            Set<String> keys = new LinkedHashSet<>(was.keySet());
            keys.addAll(is.keySet());
            for (String key : keys) {
                Set<String> before = was.get(key);
                Set<String> after = is.get(key);
                if (after == null) {
                    walk.add(key, JsonDifference.DEPENDENCY_ARRAY_REMOVED);
                } else if (before == null) {
                    walk.add(key, JsonDifference.DEPENDENCY_ARRAY_ADDED);
                } else if (!before.equals(after)) {
                    walk.add(key, after.containsAll(before) ? JsonDifference.DEPENDENCY_ARRAY_EXTENDED
                            : before.containsAll(after) ? JsonDifference.DEPENDENCY_ARRAY_NARROWED
                            : JsonDifference.DEPENDENCY_ARRAY_CHANGED);
                }
            }
        }
        try (Walk.Scope ignored = walk.enter(split ? "dependentSchemas" : "dependencies")) {
            Map<String, JsonNode> was = schemas(original.node);
            Map<String, JsonNode> is = schemas(update.node);
            Set<String> keys = new LinkedHashSet<>(was.keySet());
            keys.addAll(is.keySet());
            for (String key : keys) {
                try (Walk.Scope dependency = walk.enter(key)) {
                    if (!is.containsKey(key)) {
                        walk.add(JsonDifference.DEPENDENCY_SCHEMA_REMOVED);
                    } else if (!was.containsKey(key)) {
                        walk.add(JsonDifference.DEPENDENCY_SCHEMA_ADDED);
                    } else {
                        SchemaDiff.compare(walk, original.at(was.get(key)), update.at(is.get(key)));
                    }
                }
            }
        }
    }

    private static Map<String, Set<String>> names(JsonNode node) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String keyword : new String[] {"dependencies", "dependentRequired"}) {
            node.path(keyword).fields().forEachRemaining(e -> {
                if (e.getValue().isArray()) {
                    Set<String> names = new LinkedHashSet<>();
                    e.getValue().forEach(n -> names.add(n.asText()));
                    out.put(e.getKey(), names);
                }
            });
        }
        return out;
    }

    private static Map<String, JsonNode> schemas(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String keyword : new String[] {"dependencies", "dependentSchemas"}) {
            node.path(keyword).fields().forEachRemaining(e -> {
                if (!e.getValue().isArray()) {
                    out.put(e.getKey(), e.getValue());
                }
            });
        }
        return out;
    }
}
