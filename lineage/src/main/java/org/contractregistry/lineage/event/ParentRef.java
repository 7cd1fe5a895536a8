package org.contractregistry.lineage.event;

import java.util.UUID;
import org.contractregistry.lineage.ids.JobId;

/** The {@code parent} run facet: the job and run above this one (an Airflow DAG run, a Spark application). */
public record ParentRef(JobId job, UUID runId) {}
