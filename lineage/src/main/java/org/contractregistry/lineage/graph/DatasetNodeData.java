package org.contractregistry.lineage.graph;

import java.util.List;
import org.contractregistry.lineage.drift.DriftFinding;

/**
 * A dataset node's data: its contract binding as last seen and the drift findings of the latest run that observed it.
 *
 * @param subject the bound subject, or null
 * @param contractVersion the contract version recorded by the latest run input/output, or null
 */
public record DatasetNodeData(
        String namespace, String name, String subject, Integer contractVersion, List<DriftFinding> drift)
        implements NodeData {
    public DatasetNodeData {
        drift = List.copyOf(drift);
    }
}
