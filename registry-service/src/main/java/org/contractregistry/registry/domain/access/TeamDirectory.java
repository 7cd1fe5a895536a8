package org.contractregistry.registry.domain.access;

import java.util.List;
import java.util.Optional;
import org.contractregistry.registry.domain.QualifiedSubject;

/** Where the permission check finds what a team owns; the security store implements it with a short-lived cache. */
@FunctionalInterface
public interface TeamDirectory {
    TeamDirectory NONE = name -> Optional.empty();

    Optional<Team> team(String name);

    /** Every team, by name; none unless the directory can list them. */
    default List<Team> all() {
        return List.of();
    }

    /** The names of the teams whose prefixes or contexts own the subject, sorted; usually one, none when unowned. */
    default List<String> owning(QualifiedSubject subject) {
        return all().stream().filter(team -> team.owns(subject)).map(Team::name).sorted().toList();
    }
}
