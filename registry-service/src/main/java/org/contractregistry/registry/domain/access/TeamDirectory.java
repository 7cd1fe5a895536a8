package org.contractregistry.registry.domain.access;

import java.util.Optional;

/** Where the permission check finds what a team owns; the security store implements it with a short-lived cache. */
@FunctionalInterface
public interface TeamDirectory {
    TeamDirectory NONE = name -> Optional.empty();

    Optional<Team> team(String name);
}
