package org.contractregistry.contracts.json.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * allOf, anyOf and oneOf: the criterion (anything may become anyOf; a single subschema may become oneOf or allOf),
 * the count of subschemas (allOf growing or anyOf/oneOf shrinking restricts), and a maximum matching between the
 * writer's and the reader's subschemas over the pairs that compare compatibly; when the matching does not cover the
 * smaller side, the subschemas changed.
 */
final class CombinedDiff {
    private CombinedDiff() {}

    static void compare(Walk walk, SchemaView original, SchemaView update) {
        if (!criterion(walk, original, update)) {
            return;
        }
        List<SchemaView> was = distinct(original.subschemas);
        List<SchemaView> is = distinct(update.subschemas);
        boolean product = update.criterion.equals("allOf");
        if (was.size() < is.size()) {
            walk.add(product ? JsonDifference.PRODUCT_TYPE_EXTENDED : JsonDifference.SUM_TYPE_EXTENDED);
        } else if (was.size() > is.size()) {
            walk.add(product ? JsonDifference.PRODUCT_TYPE_NARROWED : JsonDifference.SUM_TYPE_NARROWED);
        }
        List<List<Walk.Difference>>[] compatible = compatiblePairs(walk, original.criterion, was, is);
        int[] matchOfUpdate = new int[is.size()];
        Arrays.fill(matchOfUpdate, -1);
        int matched = 0;
        for (int i = 0; i < was.size(); i++) {
            if (augment(i, compatible, matchOfUpdate, new boolean[is.size()])) {
                matched++;
            }
        }
        for (int j = 0; j < is.size(); j++) {
            if (matchOfUpdate[j] >= 0) {
                walk.addAll(compatible[matchOfUpdate[j]].get(j));
            }
        }
        if (matched < Math.min(was.size(), is.size())) {
            walk.add(JsonDifference.COMBINED_TYPE_SUBSCHEMAS_CHANGED);
        }
    }

    /** Records a criterion change; false when the combination changed beyond comparing subschemas. */
    private static boolean criterion(Walk walk, SchemaView original, SchemaView update) {
        if (original.criterion.equals(update.criterion)) {
            return true;
        }
        boolean extended = switch (update.criterion) {
            case "anyOf" -> true;
            case "oneOf" -> original.subschemas.size() == 1;
            default -> original.subschemas.size() == 1 && update.subschemas.size() == 1;
        };
        walk.add(extended ? JsonDifference.COMBINED_TYPE_EXTENDED : JsonDifference.COMBINED_TYPE_CHANGED);
        return extended;
    }

    /** For each writer subschema i and reader subschema j, the differences when compatible, else null. */
    @SuppressWarnings("unchecked")
    private static List<List<Walk.Difference>>[] compatiblePairs(Walk walk, String criterion, List<SchemaView> was,
            List<SchemaView> is) {
        List<List<Walk.Difference>>[] pairs = new List[was.size()];
        for (int i = 0; i < was.size(); i++) {
            pairs[i] = new ArrayList<>();
            try (Walk.Scope ignored = walk.enter(criterion, i)) {
                for (SchemaView candidate : is) {
                    Walk trial = walk.sub();
                    SchemaDiff.compare(trial, was.get(i), candidate);
                    pairs[i].add(trial.isCompatible() ? List.copyOf(trial.differences()) : null);
                }
            }
        }
        return pairs;
    }

    /** Kuhn's augmenting path: can writer subschema i be matched, moving earlier matches if needed? */
    private static boolean augment(int i, List<List<Walk.Difference>>[] compatible, int[] matchOfUpdate,
            boolean[] seen) {
        for (int j = 0; j < matchOfUpdate.length; j++) {
            if (compatible[i].get(j) == null || seen[j]) {
                continue;
            }
            seen[j] = true;
            if (matchOfUpdate[j] < 0 || augment(matchOfUpdate[j], compatible, matchOfUpdate, seen)) {
                matchOfUpdate[j] = i;
                return true;
            }
        }
        return false;
    }

    /** Subschemas without repeats (the same text twice counts once). */
    private static List<SchemaView> distinct(List<SchemaView> subschemas) {
        Map<String, SchemaView> byText = new LinkedHashMap<>();
        subschemas.forEach(s -> byText.putIfAbsent(s.node.toString(), s));
        return List.copyOf(byText.values());
    }
}
