package org.contractregistry.lineage.graph;

/** What a graph node carries besides its edges. */
public sealed interface NodeData permits DatasetNodeData, JobNodeData {}
