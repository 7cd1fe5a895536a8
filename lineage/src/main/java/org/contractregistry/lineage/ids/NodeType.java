package org.contractregistry.lineage.ids;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of lineage graph node, with their id prefix. */
public enum NodeType {
    DATASET("dataset"),
    JOB("job");

    private final String prefix;

    NodeType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public static Optional<NodeType> fromPrefix(String prefix) {
        return Arrays.stream(values()).filter(t -> t.prefix.equals(prefix)).findFirst();
    }
}
