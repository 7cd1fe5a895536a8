package org.contractregistry.registry.domain.access;

/** What a caller may do; {@code OWNER} and {@code PRODUCER} apply to the subjects and contexts of the caller's team. */
public enum Role {
    ADMIN,
    OWNER,
    PRODUCER,
    READER,
    AUDITOR
}
