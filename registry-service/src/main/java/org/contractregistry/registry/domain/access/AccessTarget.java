package org.contractregistry.registry.domain.access;

import java.util.function.Predicate;
import org.contractregistry.registry.domain.QualifiedSubject;

/**
 * What a permission is asked on, as a 403 names it, and whether a team owns it.
 *
 * @param description e.g. {@code subject 'orders.created'}, {@code context '.payments'}, {@code the registry}
 */
public record AccessTarget(String description, Predicate<Team> ownedBy) {
    public static final AccessTarget REGISTRY = new AccessTarget("the registry", team -> false);

    /** A subject; a context-wide scope (empty name) is its context, and the global scope is the registry. */
    public static AccessTarget of(QualifiedSubject scope) {
        if (scope.name().isEmpty()) {
            return scope.isDefaultContext() ? REGISTRY : context(scope.context());
        }
        return new AccessTarget("subject '" + scope.qualified() + "'", team -> team.owns(scope));
    }

    public static AccessTarget context(String context) {
        return new AccessTarget("context '" + context + "'", team -> team.ownsContext(context));
    }

    public static AccessTarget team(String name) {
        return new AccessTarget("team '" + name + "'", team -> team.name().equals(name));
    }
}
