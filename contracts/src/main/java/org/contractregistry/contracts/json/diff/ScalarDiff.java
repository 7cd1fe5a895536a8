package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Strings (length, pattern), numbers (bounds, multipleOf, integer or not) and enums (a const is a one-value enum). */
final class ScalarDiff {
    private static final Bounds MAX_LENGTH = Bounds.of("maxLength", "MAX_LENGTH");
    private static final Bounds MIN_LENGTH = Bounds.of("minLength", "MIN_LENGTH");
    private static final Bounds MAXIMUM = Bounds.of("maximum", "MAXIMUM");
    private static final Bounds MINIMUM = Bounds.of("minimum", "MINIMUM");
    private static final Bounds EXCLUSIVE_MAXIMUM = Bounds.of("exclusiveMaximum", "EXCLUSIVE_MAXIMUM");
    private static final Bounds EXCLUSIVE_MINIMUM = Bounds.of("exclusiveMinimum", "EXCLUSIVE_MINIMUM");

    private ScalarDiff() {}

    static void strings(Walk walk, JsonNode original, JsonNode update) {
        MAX_LENGTH.compare(walk, original, update);
        MIN_LENGTH.compare(walk, original, update);
        JsonNode was = original.get("pattern");
        JsonNode is = update.get("pattern");
        if (!Objects.equals(was, is)) {
            walk.add("pattern", was == null ? JsonDifference.PATTERN_ADDED
                    : is == null ? JsonDifference.PATTERN_REMOVED : JsonDifference.PATTERN_CHANGED);
        }
    }

    static void numbers(Walk walk, SchemaView original, SchemaView update) {
        NumberLimits was = NumberLimits.of(original);
        NumberLimits is = NumberLimits.of(update);
        MAXIMUM.compare(walk, was.maximum, is.maximum);
        MINIMUM.compare(walk, was.minimum, is.minimum);
        EXCLUSIVE_MAXIMUM.compare(walk, was.exclusiveMaximum, is.exclusiveMaximum);
        EXCLUSIVE_MINIMUM.compare(walk, was.exclusiveMinimum, is.exclusiveMinimum);
        multipleOf(walk, Bounds.number(original.node.get("multipleOf")), Bounds.number(update.node.get("multipleOf")));
        if (original.integer != update.integer) {
            walk.add(original.integer ? JsonDifference.TYPE_EXTENDED : JsonDifference.TYPE_NARROWED);
        }
    }

    private static void multipleOf(Walk walk, BigDecimal original, BigDecimal update) {
        if (original == null && update == null || original != null && update != null && original.compareTo(update) == 0) {
            return;
        }
        JsonDifference found;
        if (original == null) {
            found = JsonDifference.MULTIPLE_OF_ADDED;
        } else if (update == null) {
            found = JsonDifference.MULTIPLE_OF_REMOVED;
        } else if (update.remainder(original).signum() == 0) {
            found = JsonDifference.MULTIPLE_OF_EXPANDED;
        } else if (original.remainder(update).signum() == 0) {
            found = JsonDifference.MULTIPLE_OF_REDUCED;
        } else {
            found = JsonDifference.MULTIPLE_OF_CHANGED;
        }
        walk.add("multipleOf", found);
    }

    static void enums(Walk walk, SchemaView original, SchemaView update) {
        Set<JsonNode> was = new HashSet<>();
        original.enumValues().forEach(was::add);
        Set<JsonNode> is = new HashSet<>();
        update.enumValues().forEach(is::add);
        if (was.equals(is)) {
            return;
        }
        String keyword = update.node.has("enum") ? "enum" : "const";
        walk.add(keyword, is.containsAll(was) ? JsonDifference.ENUM_ARRAY_EXTENDED
                : was.containsAll(is) ? JsonDifference.ENUM_ARRAY_NARROWED : JsonDifference.ENUM_ARRAY_CHANGED);
    }

    /** Numeric limits with draft 4's boolean exclusive flags turned into the later drafts' exclusive limits. */
    private record NumberLimits(BigDecimal maximum, BigDecimal minimum, BigDecimal exclusiveMaximum,
            BigDecimal exclusiveMinimum) {
        static NumberLimits of(SchemaView view) {
            JsonNode node = view.node;
            BigDecimal maximum = Bounds.number(node.get("maximum"));
            BigDecimal minimum = Bounds.number(node.get("minimum"));
            BigDecimal exclusiveMaximum = Bounds.number(node.get("exclusiveMaximum"));
            BigDecimal exclusiveMinimum = Bounds.number(node.get("exclusiveMinimum"));
            if (node.path("exclusiveMaximum").asBoolean(false) && node.get("exclusiveMaximum").isBoolean()) {
                exclusiveMaximum = maximum;
                maximum = null;
            }
            if (node.path("exclusiveMinimum").asBoolean(false) && node.get("exclusiveMinimum").isBoolean()) {
                exclusiveMinimum = minimum;
                minimum = null;
            }
            return new NumberLimits(maximum, minimum, exclusiveMaximum, exclusiveMinimum);
        }
    }
}
