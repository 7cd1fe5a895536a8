package org.contractregistry.registry.domain;

/**
 * One subject version: which schema id it holds, whether it is soft-deleted, and when it was registered.
 *
 * @param registeredAt epoch milliseconds
 */
public record VersionRecord(QualifiedSubject subject, int version, int schemaId, boolean deleted, long registeredAt) {}
