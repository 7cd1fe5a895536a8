package org.contractregistry.lineage.graph;

import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.lineage.ids.JobId;
import org.contractregistry.lineage.ids.NodeId;

/** A job's read ({@code INPUT}) or write ({@code OUTPUT}) of a dataset, as stored. */
public record IoEdge(JobId job, DatasetId dataset, Direction direction) {

    public enum Direction {
        INPUT,
        OUTPUT
    }

    public Edge edge() {
        NodeId jobNode = NodeId.of(job);
        NodeId datasetNode = NodeId.of(dataset);
        return direction == Direction.INPUT ? new Edge(datasetNode, jobNode) : new Edge(jobNode, datasetNode);
    }
}
