package org.contractregistry.registry.security;

import java.util.List;
import java.util.Locale;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.Role;

/** What the management API answers: users and keys without their hashes, the caller, a new key's secret (once). */
public final class SecurityViews {
    private SecurityViews() {
    }

    public record UserView(String name, String role, String team, long createdAt, long updatedAt) {
        static UserView of(UserRecord user) {
            return new UserView(user.name(), roleName(user.role()), user.team(), user.createdAt(), user.updatedAt());
        }
    }

    public record KeyView(String id, String role, String team, String description, String createdBy, long createdAt,
            Long expiresAt, Long revokedAt) {
        static KeyView of(ApiKeyRecord key) {
            return new KeyView(key.id(), roleName(key.role()), key.team(), key.description(), key.createdBy(),
                    key.createdAt(), key.expiresAt(), key.revokedAt());
        }
    }

    /** A key just created: {@code secret} is shown this once; send {@code id:secret} as HTTP Basic. */
    public record NewKey(String id, String secret, KeyView key) {
    }

    /** {@code GET /api/v1/security/whoami}. */
    public record WhoAmI(String principal, String kind, String team, List<String> roles, boolean open,
            String requestId, String clientAddress) {
        public static WhoAmI of(Caller caller, boolean open) {
            return new WhoAmI(caller.principal(), caller.kind().name().toLowerCase(Locale.ROOT), caller.team(),
                    caller.roles().stream().map(SecurityViews::roleName).sorted().toList(), open, caller.requestId(),
                    caller.clientAddress());
        }
    }

    static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
