package org.contractregistry.lineage.graph;

/**
 * A job node's data.
 *
 * @param integration SPARK, AIRFLOW, ... or null
 * @param parent the parent job as {@code job:ns:name}, or null
 * @param latestRunState the state of the job's latest run, or null
 */
public record JobNodeData(
        String namespace, String name, String integration, String jobType, String parent, String latestRunId,
        String latestRunState) implements NodeData {}
