package org.contractregistry.registry.domain.access;

import java.util.Locale;
import java.util.stream.Collectors;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;

/**
 * The permission check every domain write makes first: the current caller ({@link CallerSource}) against the
 * {@link Grants} table and what the caller's team owns ({@link TeamDirectory}). A refusal is 40301 naming the target,
 * the caller and the permission missing. The caller it returns is the one the write's audit entry records.
 */
public final class AccessControl {
    /** Everything allowed, recorded as the system: plain-class tests and tools without identities. */
    public static final AccessControl OPEN = permitAll(CallerSource.SYSTEM);

    private final CallerSource callers;
    private final TeamDirectory teams;
    private final boolean checks;

    public AccessControl(CallerSource callers, TeamDirectory teams) {
        this(callers, teams, true);
    }

    private AccessControl(CallerSource callers, TeamDirectory teams, boolean checks) {
        this.callers = callers;
        this.teams = teams;
        this.checks = checks;
    }

    /** Everything allowed, the caller being whoever {@code callers} says: tests of what writes record, and tools. */
    public static AccessControl permitAll(CallerSource callers) {
        return new AccessControl(callers, TeamDirectory.NONE, false);
    }

    public Caller caller() {
        return callers.current();
    }

    /** The caller, when it holds {@code permission} on the subject or scope; else 40301. */
    public Caller require(Permission permission, QualifiedSubject scope) {
        return require(permission, AccessTarget.of(scope));
    }

    /** The caller, when it holds {@code permission} on {@code target}; else 40301. */
    public Caller require(Permission permission, AccessTarget target) {
        Caller caller = callers.current();
        if (checks && !allows(caller, permission, target)) {
            throw new RegistryException(ErrorCode.FORBIDDEN, describe(caller) + " lacks permission '"
                    + permission.id() + "' on " + target.description());
        }
        return caller;
    }

    public boolean allows(Caller caller, Permission permission, AccessTarget target) {
        for (Role role : caller.roles()) {
            if (Grants.anywhere(role, permission)) {
                return true;
            }
            if (Grants.onOwnTeam(role, permission) && caller.team() != null
                    && teams.team(caller.team()).filter(target.ownedBy()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** e.g. {@code User 'alice' (producer of team 'orders')}. */
    static String describe(Caller caller) {
        String kind = switch (caller.kind()) {
            case USER -> "User";
            case API_KEY -> "API key";
            case TOKEN -> "Token subject";
            case ANONYMOUS -> "Anonymous caller";
            case SYSTEM -> "System";
        };
        String roles = caller.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(", "));
        String team = caller.team() == null ? "" : " of team '" + caller.team() + "'";
        return kind + " '" + caller.principal() + "' (" + (roles.isEmpty() ? "no role" : roles) + team + ")";
    }
}
