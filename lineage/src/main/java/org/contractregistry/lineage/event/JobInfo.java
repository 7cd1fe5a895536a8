package org.contractregistry.lineage.event;

import java.util.Optional;
import org.contractregistry.lineage.ids.JobId;

/**
 * A job and what its {@code jobType} facet says about it.
 *
 * @param integration upper-case {@code SPARK}, {@code AIRFLOW}, ... from {@code jobType.integration}
 */
public record JobInfo(
        JobId id, Facets facets, Optional<String> integration, Optional<String> jobType,
        Optional<String> processingType) {}
