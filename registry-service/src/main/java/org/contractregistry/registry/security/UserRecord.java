package org.contractregistry.registry.security;

import org.contractregistry.registry.domain.access.Role;

/** A stored user; {@code passwordHash} never leaves the security package. */
public record UserRecord(String name, String passwordHash, Role role, String team, long createdAt, long updatedAt) {
}
