package org.contractregistry.lineage.graph;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** A lineage graph: nodes sorted by id, so the same data always gives the same JSON. */
public record Lineage(SortedSet<Node> graph) {
    public Lineage {
        graph = Collections.unmodifiableSortedSet(new TreeSet<>(graph));
    }
}
