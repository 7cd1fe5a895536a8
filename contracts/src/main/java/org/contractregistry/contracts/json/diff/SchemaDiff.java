package org.contractregistry.contracts.json.diff;

import org.contractregistry.contracts.json.JsonDocuments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.contractregistry.contracts.json.diff.SchemaView.Kind;

/**
 * The walk's entry for one pair of schemas: absent schemas, singleton and sum-type special cases, a kind change, then
 * the annotations and the kind's own comparison (strings, numbers, enums, objects, arrays, combinations, not).
 */
final class SchemaDiff {
    private SchemaDiff() {}

    static void compare(Walk walk, SchemaView original, SchemaView update) {
        if (original == null && update == null) {
            return;
        }
        if (original == null) {
            walk.add(JsonDifference.SCHEMA_ADDED);
            return;
        }
        if (update == null) {
            walk.add(JsonDifference.SCHEMA_REMOVED);
            return;
        }
        if (sameMeaning(original, update)) {
            return;
        }
        if (original.kind != Kind.COMBINED && update.kind == Kind.COMBINED && widened(walk, original, update)) {
            return;
        }
        if (original.kind == Kind.COMBINED && update.kind != Kind.COMBINED && original.subschemas.size() == 1
                && keptIfCompatible(walk, original.subschemas.get(0), update)) {
            return;
        }
        if (original.kind != update.kind) {
            if (original.kind != Kind.FALSE && update.kind != Kind.EMPTY) {
                walk.add(JsonDifference.TYPE_CHANGED);
            }
            return;
        }
        if (!walk.start(original, update)) {
            return;
        }
        try {
            annotations(walk, original.node, update.node);
            switch (original.kind) {
                case STRING -> ScalarDiff.strings(walk, original.node, update.node);
                case NUMBER -> ScalarDiff.numbers(walk, original, update);
                case ENUM -> ScalarDiff.enums(walk, original, update);
                case OBJECT -> ObjectDiff.compare(walk, original, update);
                case ARRAY -> ArrayDiff.compare(walk, original, update);
                case COMBINED -> CombinedDiff.compare(walk, original, update);
                case NOT -> not(walk, original, update);
                default -> { }
            }
        } finally {
            walk.finish(original, update);
        }
    }

    /** Equal JSON without any {@code $ref} inside, read under the same draft: nothing can differ. */
    private static boolean sameMeaning(SchemaView original, SchemaView update) {
        return original.draft == update.draft && sameContent(original.node, original.digest, update.node, update.digest);
    }

    /**
     * Whether two nodes are equal JSON without any {@code $ref} inside, given their content digests (null for a
     * container node that holds a {@code $ref} or does not belong to the parsed documents): containers compare by
     * digest, other nodes by value.
     */
    static boolean sameContent(JsonNode was, JsonDocuments.ContentDigest wasDigest, JsonNode is,
            JsonDocuments.ContentDigest isDigest) {
        boolean wasContainer = was.isContainerNode();
        boolean isContainer = is.isContainerNode();
        if (wasContainer && isContainer) {
            return wasDigest != null && wasDigest.equals(isDigest);
        }
        return (!wasContainer || wasDigest != null) && (!isContainer || isDigest != null) && was.equals(is);
    }

    /** A plain schema that became a union: fine when one alternative accepts everything the old schema did. */
    private static boolean widened(Walk walk, SchemaView original, SchemaView update) {
        if (update.subschemas.size() == 1) {
            return keptIfCompatible(walk, original, update.subschemas.get(0));
        }
        if (update.criterion.equals("allOf")) {
            return false;
        }
        for (SchemaView alternative : update.subschemas) {
            if (keptIfCompatible(walk, original, alternative)) {
                walk.add(JsonDifference.SUM_TYPE_EXTENDED);
                return true;
            }
        }
        return false;
    }

    private static boolean keptIfCompatible(Walk walk, SchemaView original, SchemaView update) {
        Walk trial = walk.sub();
        compare(trial, original, update);
        if (trial.isCompatible()) {
            walk.addAll(trial.differences());
            return true;
        }
        return false;
    }

    private static void annotations(Walk walk, JsonNode original, JsonNode update) {
        if (!original.isObject() || !update.isObject()) {
            return;
        }
        note(walk, original, update, "$id", JsonDifference.ID_CHANGED);
        note(walk, original, update, "title", JsonDifference.TITLE_CHANGED);
        note(walk, original, update, "description", JsonDifference.DESCRIPTION_CHANGED);
        note(walk, original, update, "default", JsonDifference.DEFAULT_CHANGED);
    }

    private static void note(Walk walk, JsonNode original, JsonNode update, String keyword, JsonDifference type) {
        if (!Objects.equals(original.get(keyword), update.get(keyword))) {
            walk.add(type);
        }
    }

    /** {@code not}: the reader must exclude no more than the writer, so compare the negated schemas reversed. */
    private static void not(Walk walk, SchemaView original, SchemaView update) {
        try (Walk.Scope ignored = walk.enter("not")) {
            Walk trial = walk.sub();
            compare(trial, update.subschemas.get(0), original.subschemas.get(0));
            boolean same = trial.differences().isEmpty();
            if (!same) {
                walk.add(trial.isCompatible() ? JsonDifference.NOT_TYPE_NARROWED : JsonDifference.NOT_TYPE_EXTENDED);
            }
        }
    }
}
