package org.contractregistry.registry.domain.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The roles' permissions, as data: what each role may do anywhere, and what it may do only on what its team owns.
 * One table, read by {@link AccessControl}; README's role table says the same.
 */
public final class Grants {
    private static final Set<Permission> ALL = EnumSet.allOf(Permission.class);

    /** Granted whatever the target. */
    static final Map<Role, Set<Permission>> ANYWHERE = Map.of(
            Role.ADMIN, ALL,
            Role.OWNER, EnumSet.of(Permission.READ, Permission.INGEST_LINEAGE),
            Role.PRODUCER, EnumSet.of(Permission.READ, Permission.INGEST_LINEAGE),
            Role.READER, EnumSet.of(Permission.READ),
            Role.AUDITOR, EnumSet.of(Permission.READ, Permission.READ_AUDIT));

    /** Granted only on subjects, contexts and keys of the caller's own team. */
    static final Map<Role, Set<Permission>> ON_OWN_TEAM = Map.of(
            Role.ADMIN, Set.of(),
            Role.OWNER, EnumSet.of(Permission.REGISTER, Permission.MANAGE_SUBJECT, Permission.MANAGE_CONTEXT,
                    Permission.MANAGE_KEYS),
            Role.PRODUCER, EnumSet.of(Permission.REGISTER),
            Role.READER, Set.of(),
            Role.AUDITOR, Set.of());

    private Grants() {
    }

    public static boolean anywhere(Role role, Permission permission) {
        return ANYWHERE.get(role).contains(permission);
    }

    public static boolean onOwnTeam(Role role, Permission permission) {
        return ON_OWN_TEAM.get(role).contains(permission);
    }

    /** Roles that act for a team: a user or key with one of them must name a team. */
    public static boolean needsTeam(Role role) {
        return !ON_OWN_TEAM.get(role).isEmpty();
    }
}
