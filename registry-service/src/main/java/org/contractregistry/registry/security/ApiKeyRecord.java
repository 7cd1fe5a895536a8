package org.contractregistry.registry.security;

import org.contractregistry.registry.domain.access.Role;

/** A stored API key: the secret only as its bcrypt hash; {@code expiresAt} and {@code revokedAt} may be null. */
public record ApiKeyRecord(String id, String secretHash, Role role, String team, String description, String createdBy,
        long createdAt, Long expiresAt, Long revokedAt) {

    public boolean usableAt(long now) {
        return revokedAt == null && (expiresAt == null || expiresAt > now);
    }
}
