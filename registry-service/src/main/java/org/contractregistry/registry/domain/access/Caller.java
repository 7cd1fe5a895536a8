package org.contractregistry.registry.domain.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who sent the request a domain service is serving: a user, an API key, a bearer token's subject, or nobody (the
 * registry is open). The permission check and the audit entry of a write both read it.
 *
 * @param principal     user name, API key id or token subject; {@code "anonymous"} when the registry is open
 * @param kind          how the caller proved who it is
 * @param team          the team the caller acts for, or {@code null}
 * @param roles         what the caller may do
 * @param requestId     the request's id (as logged and returned), or {@code null} outside a request
 * @param clientAddress the remote address of the request, or {@code null} outside a request
 */
public record Caller(String principal, Kind kind, String team, Set<Role> roles, String requestId,
        String clientAddress) {

    public enum Kind { USER, API_KEY, TOKEN, ANONYMOUS, SYSTEM }

    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(kind, "kind");
        roles = Set.copyOf(roles);
    }

    /** The caller of an open registry: may do everything, recorded as anonymous. */
    public static Caller anonymous(String requestId, String clientAddress) {
        return new Caller("anonymous", Kind.ANONYMOUS, null, Set.of(Role.ADMIN), requestId, clientAddress);
    }

    /** The service itself (start-up tasks, migrations). */
    public static Caller system() {
        return new Caller("system", Kind.SYSTEM, null, Set.of(Role.ADMIN), null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
