package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrays: the schema every item matches, the tuple (2020-12 {@code prefixItems}, earlier drafts an {@code items}
 * array) under the content model of what follows it (2020-12 {@code items}, earlier {@code additionalItems}), and the
 * length and uniqueness bounds. Paths use the keyword the writer's draft uses.
 */
final class ArrayDiff {
    private static final Bounds MAX_ITEMS = Bounds.of("maxItems", "MAX_ITEMS");
    private static final Bounds MIN_ITEMS = Bounds.of("minItems", "MIN_ITEMS");

    private ArrayDiff() {}

    static void compare(Walk walk, SchemaView original, SchemaView update) {
        try (Walk.Scope ignored = walk.enter("items")) {
            SchemaDiff.compare(walk, allItems(original), allItems(update));
        }
        ContentModel originalRest = rest(original);
        ContentModel updateRest = rest(update);
        tuple(walk, original, update, originalRest, updateRest);
        try (Walk.Scope ignored = walk.enter(original.draft.hasPrefixItems() ? "items" : "additionalItems")) {
            ObjectDiff.restOfContent(walk, originalRest, updateRest, JsonDifference.ADDITIONAL_ITEMS_ADDED,
                    JsonDifference.ADDITIONAL_ITEMS_REMOVED, JsonDifference.ADDITIONAL_ITEMS_NARROWED,
                    JsonDifference.ADDITIONAL_ITEMS_EXTENDED);
        }
        MAX_ITEMS.compare(walk, original.node, update.node);
        MIN_ITEMS.compare(walk, original.node, update.node);
        boolean wasUnique = original.node.path("uniqueItems").asBoolean(false);
        boolean isUnique = update.node.path("uniqueItems").asBoolean(false);
        if (wasUnique != isUnique) {
            walk.add("uniqueItems", wasUnique ? JsonDifference.UNIQUE_ITEMS_REMOVED : JsonDifference.UNIQUE_ITEMS_ADDED);
        }
    }

    private static void tuple(Walk walk, SchemaView original, SchemaView update, ContentModel originalRest,
            ContentModel updateRest) {
        List<JsonNode> was = tupleItems(original);
        List<JsonNode> is = tupleItems(update);
        String keyword = original.draft.hasPrefixItems() ? "prefixItems" : "items";
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            try (Walk.Scope ignored = walk.enter(keyword, i)) {
                if (i < was.size() && i < is.size()) {
                    SchemaDiff.compare(walk, original.at(was.get(i)), update.at(is.get(i)));
                } else if (i < was.size()) {
                    removed(walk, original.at(was.get(i)), updateRest);
                } else {
                    added(walk, originalRest, update.at(is.get(i)));
                }
            }
        }
    }

    private static void removed(Walk walk, SchemaView was, ContentModel updateRest) {
        if (updateRest.isOpen()) {
            walk.add(JsonDifference.ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL);
        } else if (updateRest.restSchema() != null) {
            ObjectDiff.covered(walk, was, updateRest.restSchema(),
                    JsonDifference.ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL,
                    JsonDifference.ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
        } else {
            walk.add(was.kind == SchemaView.Kind.FALSE ? JsonDifference.ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL
                    : JsonDifference.ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL);
        }
    }

    private static void added(Walk walk, ContentModel originalRest, SchemaView is) {
        if (originalRest.isOpen()) {
            walk.add(is.kind == SchemaView.Kind.EMPTY ? JsonDifference.ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL
                    : JsonDifference.ITEM_ADDED_TO_OPEN_CONTENT_MODEL);
        } else if (originalRest.restSchema() != null) {
            ObjectDiff.covered(walk, originalRest.restSchema(), is,
                    JsonDifference.ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL,
                    JsonDifference.ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
        } else {
            walk.add(JsonDifference.ITEM_ADDED_TO_CLOSED_CONTENT_MODEL);
        }
    }

    /** The schema for every item, when the array is not a tuple. */
    private static SchemaView allItems(SchemaView array) {
        JsonNode items = array.node.get("items");
        boolean tuple = !tupleItems(array).isEmpty() || items != null && items.isArray();
        return items == null || tuple ? null : array.at(items);
    }

    private static List<JsonNode> tupleItems(SchemaView array) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode tuple = array.draft.hasPrefixItems() ? array.node.get("prefixItems") : array.node.get("items");
        if (tuple != null && tuple.isArray()) {
            tuple.forEach(out::add);
        }
        return out;
    }

    /** What follows the tuple: 2020-12 {@code items} beside {@code prefixItems}, earlier {@code additionalItems}. */
    private static ContentModel rest(SchemaView array) {
        JsonNode rest = array.draft.hasPrefixItems()
                ? (array.node.has("prefixItems") ? array.node.get("items") : null)
                : (array.node.path("items").isArray() ? array.node.get("additionalItems") : null);
        return ContentModel.of(array, rest, null);
    }
}
