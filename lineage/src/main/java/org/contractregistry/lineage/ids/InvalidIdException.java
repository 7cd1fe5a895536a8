package org.contractregistry.lineage.ids;

/** A name or id that breaks its rules; thrown from constructors so bad input never reaches a service. */
public final class InvalidIdException extends IllegalArgumentException {
    public InvalidIdException(String message) {
        super(message);
    }
}
