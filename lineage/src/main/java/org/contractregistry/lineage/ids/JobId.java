package org.contractregistry.lineage.ids;

import java.util.Comparator;

/** A job: namespace plus name ({@code spark} / {@code orders_enricher.execute_insert_into}). */
public record JobId(NamespaceName namespace, String name) implements Comparable<JobId> {
    public static final int MAX_NAME_LENGTH = 1024;
    private static final Comparator<JobId> ORDER = Comparator.comparing(JobId::namespace).thenComparing(JobId::name);

    public JobId {
        if (namespace == null) {
            throw new InvalidIdException("job namespace must not be null");
        }
        name = Names.require(name, "job name", MAX_NAME_LENGTH);
    }

    public static JobId of(String namespace, String name) {
        return new JobId(new NamespaceName(namespace), name);
    }

    @Override
    public int compareTo(JobId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return namespace + ":" + name;
    }
}
