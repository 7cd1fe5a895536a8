package org.contractregistry.lineage.ids;


/** An OpenLineage namespace ({@code spark}, {@code kafka://broker:9092}, {@code postgres://db:5432}): never blank. */
public record NamespaceName(String value) implements Comparable<NamespaceName> {
    public static final int MAX_LENGTH = 1024;

    public NamespaceName {
        value = Names.require(value, "namespace", MAX_LENGTH);
    }

    public static NamespaceName of(String value) {
        return new NamespaceName(value);
    }

    @Override
    public int compareTo(NamespaceName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

}
