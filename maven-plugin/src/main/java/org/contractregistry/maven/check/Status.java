package org.contractregistry.maven.check;

/** The verdict on one subject. */
public enum Status {
    /** Judged against its history and nothing breaks. */
    COMPATIBLE,
    /** At least one finding: the change breaks a reader or writer of an earlier version. */
    INCOMPATIBLE,
    /** No earlier version in the baseline: nothing to break. */
    NEW,
    /** The schema does not parse. */
    INVALID;

    public boolean fails() {
        return this == INCOMPATIBLE || this == INVALID;
    }
}
