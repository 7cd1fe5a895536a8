package org.contractregistry.lineage.event;

/** The three OpenLineage event shapes of the current spec. */
public enum EventKind {
    RUN,
    DATASET,
    JOB
}
