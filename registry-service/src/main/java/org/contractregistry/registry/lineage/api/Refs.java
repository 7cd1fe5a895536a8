package org.contractregistry.registry.lineage.api;

/** Small shared shapes of the lineage API. */
public final class Refs {
    private Refs() {}

    /** A dataset by namespace and name. */
    public record DatasetRef(String namespace, String name) {}

    /** A job by namespace and name. */
    public record JobRef(String namespace, String name) {}
}
