package org.contractregistry.lineage.graph;

import java.util.Comparator;
import org.contractregistry.lineage.ids.NodeId;

/** A directed edge: dataset -> job for an input, job -> dataset for an output. */
public record Edge(NodeId origin, NodeId destination) implements Comparable<Edge> {
    private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::origin).thenComparing(Edge::destination);

    @Override
    public int compareTo(Edge other) {
        return ORDER.compare(this, other);
    }
}
