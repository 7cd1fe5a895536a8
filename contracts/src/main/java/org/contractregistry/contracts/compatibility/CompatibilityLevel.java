package org.contractregistry.contracts.compatibility;

import java.util.Optional;

/** Confluent's seven compatibility levels. */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** New schema must read data written with the old one. */
    public boolean checksBackward() {
        return backward;
    }

    /** Old schema must read data written with the new one. */
    public boolean checksForward() {
        return forward;
    }

    /** Compared with every prior version, not only the latest. */
    public boolean isTransitive() {
        return transitive;
    }

    /** Case-insensitive, as Confluent accepts on PUT /config. */
    public static Optional<CompatibilityLevel> parse(String value) {
        return EnumNames.parse(CompatibilityLevel.class, value);
    }
}
