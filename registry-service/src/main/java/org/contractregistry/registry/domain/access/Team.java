package org.contractregistry.registry.domain.access;

import java.util.List;
import java.util.Objects;
import org.contractregistry.registry.domain.QualifiedSubject;

/**
 * A team and what it owns: subject prefixes in their wire form ({@code orders.} in the default context,
 * {@code :.ctx:orders.} in another) and whole contexts ({@code .payments}, written {@code :.payments:} too).
 */
public record Team(String name, List<String> prefixes, List<String> contexts) {

    public Team {
        Objects.requireNonNull(name, "name");
        prefixes = List.copyOf(prefixes);
        contexts = contexts.stream().map(QualifiedSubject::parseContext).toList();
    }

    /** Whether the team owns this subject (a context-wide scope has an empty name: only a context owns it). */
    public boolean owns(QualifiedSubject subject) {
        if (ownsContext(subject.context())) {
            return true;
        }
        String qualified = subject.qualified();
        return !subject.name().isEmpty() && prefixes.stream().anyMatch(qualified::startsWith);
    }

    public boolean ownsContext(String context) {
        return contexts.contains(context);
    }
}
