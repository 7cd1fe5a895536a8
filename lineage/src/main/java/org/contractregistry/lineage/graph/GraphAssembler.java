package org.contractregistry.lineage.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.lineage.ids.NodeId;

/** Builds a {@link Lineage} from the edges a walk found, plus the start node (which may have no edges). */
public final class GraphAssembler {
    private GraphAssembler() {}

    public static Lineage assemble(
            NodeId start, Collection<IoEdge> edges, Function<DatasetId, DatasetNodeData> datasets,
            Function<JobId, JobNodeData> jobs) {
        Map<NodeId, TreeSet<Edge>> in = new HashMap<>();
        Map<NodeId, TreeSet<Edge>> out = new HashMap<>();
        Map<NodeId, NodeData> data = new TreeMap<>();
        data.put(start, dataOf(start, datasets, jobs));
        for (IoEdge io : edges) {
            Edge edge = io.edge();
            out.computeIfAbsent(edge.origin(), k -> new TreeSet<>()).add(edge);
            in.computeIfAbsent(edge.destination(), k -> new TreeSet<>()).add(edge);
            data.computeIfAbsent(NodeId.of(io.job()), id -> jobs.apply(io.job()));
            data.computeIfAbsent(NodeId.of(io.dataset()), id -> datasets.apply(io.dataset()));
        }
        TreeSet<Node> nodes = new TreeSet<>();
        data.forEach((id, nodeData) -> nodes.add(new Node(id, id.type(), nodeData,
                in.getOrDefault(id, new TreeSet<>()), out.getOrDefault(id, new TreeSet<>()))));
        return new Lineage(nodes);
    }

    private static NodeData dataOf(
            NodeId id, Function<DatasetId, DatasetNodeData> datasets, Function<JobId, JobNodeData> jobs) {
        return switch (id.type()) {
            case DATASET -> datasets.apply(id.asDataset());
            case JOB -> jobs.apply(id.asJob());
        };
    }
}
