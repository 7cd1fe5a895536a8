package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.contractregistry.contracts.json.JsonDocuments;

/**
 * One comparison of an original (writer) schema with an update (reader) schema: the path so far, the differences
 * found, and the pairs being compared (a recursive schema is compared once per pair). Path segments open in a
 * try-with-resources scope and close themselves. A sub-walk shares the path and the pair guard but keeps its own
 * differences, so a trial comparison (does this alternative accept that one?) adds nothing unless kept.
 */
public final class Walk {
    /** One difference at a path such as {@code #/properties/name/maxLength} (empty for compatible ones). */
    public record Difference(JsonDifference type, String path) {}

    /** The compatible differences have no path, so one instance of each serves every walk. */
    private static final Difference[] PATHLESS = java.util.Arrays.stream(JsonDifference.values())
            .map(type -> new Difference(type, "")).toArray(Difference[]::new);

    private final Deque<String> path;
    private final Map<JsonNode, Set<JsonNode>> comparing;
    private final List<Difference> differences = new ArrayList<>();
    private final Scope leave;

    private Walk(Deque<String> path, Map<JsonNode, Set<JsonNode>> comparing) {
        this.path = path;
        this.comparing = comparing;
        this.leave = path::removeLast;
    }

    /** Every difference between the two roots, compatible ones included. */
    public static List<Difference> compare(JsonDocuments original, org.contractregistry.contracts.json.Draft originalDraft,
            JsonDocuments update, org.contractregistry.contracts.json.Draft updateDraft) {
        Walk walk = new Walk(new ArrayDeque<>(), new IdentityHashMap<>());
        SchemaDiff.compare(walk,
                SchemaView.root(original, originalDraft), SchemaView.root(update, updateDraft));
        return List.copyOf(walk.differences);
    }

    Walk sub() {
        return new Walk(path, comparing);
    }

    boolean isCompatible() {
        return differences.stream().allMatch(d -> d.type().isCompatible());
    }

    List<Difference> differences() {
        return differences;
    }

    /** Records a difference; only an incompatible one, which may become a finding, gets its path written out. */
    void add(JsonDifference type) {
        differences.add(type.isCompatible() ? PATHLESS[type.ordinal()] : new Difference(type, currentPath()));
    }

    void add(String keyword, JsonDifference type) {
        try (Scope ignored = enter(keyword)) {
            add(type);
        }
    }

    void addAll(List<Difference> found) {
        differences.addAll(found);
    }

    Scope enter(String segment) {
        path.addLast(segment.replace("~", "~0").replace("/", "~1"));
        return leave;
    }

    /** Two segments, a keyword and an index, e.g. {@code prefixItems/1}. */
    Scope enter(String keyword, int index) {
        path.addLast(keyword.replace("~", "~0").replace("/", "~1"));
        path.addLast(String.valueOf(index));
        return () -> {
            path.removeLast();
            path.removeLast();
        };
    }

    /** Marks the pair as being compared; false when it already is (a cycle), and then nothing needs comparing. */
    boolean start(SchemaView original, SchemaView update) {
        return comparing.computeIfAbsent(original.identity(), k -> java.util.Collections.newSetFromMap(
                new IdentityHashMap<>())).add(update.identity());
    }

    void finish(SchemaView original, SchemaView update) {
        Objects.requireNonNull(comparing.get(original.identity())).remove(update.identity());
    }

    private String currentPath() {
        return path.isEmpty() ? "#" : "#/" + String.join("/", path);
    }

    /** A path segment that removes itself when closed. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
