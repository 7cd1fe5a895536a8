package org.contractregistry.lineage.drift;

import java.util.Comparator;

/**
 * One difference between the contract and what a run observed.
 *
 * @param contractType the contract's type ({@code string}, {@code array<long>}); empty for EXTRA_FIELD
 * @param observedType the type in the schema facet; empty for MISSING_FIELD
 */
public record DriftFinding(DriftKind kind, String fieldPath, String contractType, String observedType)
        implements Comparable<DriftFinding> {
    private static final Comparator<DriftFinding> ORDER =
            Comparator.comparing(DriftFinding::fieldPath).thenComparing(DriftFinding::kind);

    public DriftFinding {
        contractType = contractType == null ? "" : contractType;
        observedType = observedType == null ? "" : observedType;
    }

    public String message() {
        return kind.describe(this);
    }

    @Override
    public int compareTo(DriftFinding other) {
        return ORDER.compare(this, other);
    }
}
