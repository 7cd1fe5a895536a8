package org.contractregistry.lineage.event;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Facets by name, each kept as its JSON text exactly as received. Sorted by name so output is stable. */
public record Facets(SortedMap<String, String> byName) {
    public static final Facets NONE = new Facets(new TreeMap<>());

    public Facets {
        byName = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byName));
    }

    public static Facets of(Map<String, String> facets) {
        return new Facets(new TreeMap<>(facets));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /** This plus {@code other}; on a name clash {@code other} wins. */
    public Facets with(Facets other) {
        TreeMap<String, String> merged = new TreeMap<>(byName);
        merged.putAll(other.byName);
        return new Facets(merged);
    }
}
