package org.contractregistry.lineage.graph;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.contractregistry.lineage.ids.NodeId;
import org.contractregistry.lineage.ids.NodeType;

/** A graph node shaped like Marquez's: id, type, data, inEdges, outEdges (edges sorted). */
public record Node(NodeId id, NodeType type, NodeData data, SortedSet<Edge> inEdges, SortedSet<Edge> outEdges)
        implements Comparable<Node> {

    public Node {
        inEdges = Collections.unmodifiableSortedSet(new TreeSet<>(inEdges));
        outEdges = Collections.unmodifiableSortedSet(new TreeSet<>(outEdges));
    }

    @Override
    public int compareTo(Node other) {
        return id.compareTo(other.id);
    }
}
