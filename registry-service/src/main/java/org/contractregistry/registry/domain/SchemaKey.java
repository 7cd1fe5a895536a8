package org.contractregistry.registry.domain;

/** A schema id is unique within its context. */
public record SchemaKey(String context, int id) {}
