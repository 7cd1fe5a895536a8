package org.contractregistry.registry.security;

/**
 * A credential that was refused, with what may be logged about it: the reason and the name it claimed (a user name,
 * key id or token subject, never the secret), or null when none could be read.
 */
public final class AuthenticationFailed extends RuntimeException {
    private final String claimedName;

    public AuthenticationFailed(String reason, String claimedName) {
        super(reason, null, false, false);
        this.claimedName = claimedName;
    }

    public String claimedName() {
        return claimedName;
    }
}
