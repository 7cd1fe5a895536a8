package org.contractregistry.registry.security;

import java.util.Set;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.Role;

/**
 * Who a verified credential names, before it is bound to a request: the cached part of a {@link Caller}.
 *
 * @param validUntil epoch milliseconds after which the credential must be verified again (key or token expiry), or
 *                   {@link Long#MAX_VALUE}
 */
public record Identity(String principal, Caller.Kind kind, String team, Set<Role> roles, long validUntil) {

    public Identity {
        roles = Set.copyOf(roles);
    }

    public Caller caller(String requestId, String clientAddress) {
        return new Caller(principal, kind, team, roles, requestId, clientAddress);
    }
}
