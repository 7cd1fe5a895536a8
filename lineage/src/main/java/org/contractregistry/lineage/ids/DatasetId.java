package org.contractregistry.lineage.ids;

import java.util.Comparator;

/** A dataset by OpenLineage naming: namespace ({@code kafka://host:port}) plus name ({@code orders}). */
public record DatasetId(NamespaceName namespace, String name) implements Comparable<DatasetId> {
    public static final int MAX_NAME_LENGTH = 1024;
    private static final Comparator<DatasetId> ORDER =
            Comparator.comparing(DatasetId::namespace).thenComparing(DatasetId::name);

    public DatasetId {
        if (namespace == null) {
            throw new InvalidIdException("dataset namespace must not be null");
        }
        name = Names.require(name, "dataset name", MAX_NAME_LENGTH);
    }

    public static DatasetId of(String namespace, String name) {
        return new DatasetId(new NamespaceName(namespace), name);
    }

    @Override
    public int compareTo(DatasetId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return namespace + ":" + name;
    }
}
