package org.contractregistry.contracts.compatibility;

/** Which side reads which side's data in one comparison. */
public enum Direction {
    /** The new schema reads data written with an old version. */
    BACKWARD,
    /** An old version reads data written with the new schema. */
    FORWARD
}
