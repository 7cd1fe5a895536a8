package org.contractregistry.maven.baseline;

import org.contractregistry.contracts.SchemaSource;

/**
 * One earlier version of a subject.
 *
 * @param version the number the engine records in findings (registry version, or position in a folder)
 * @param label how the report names it: {@code v3}, {@code origin/main}, {@code v2.avsc}
 */
public record PriorSchema(int version, String label, SchemaSource source) {}
