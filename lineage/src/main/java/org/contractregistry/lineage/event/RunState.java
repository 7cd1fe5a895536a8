package org.contractregistry.lineage.event;

import java.util.Arrays;
import java.util.Optional;

/** A run's state, from a RunEvent's {@code eventType}. */
public enum RunState {
    START(false),
    RUNNING(false),
    COMPLETE(true),
    ABORT(true),
    FAIL(true),
    OTHER(false);

    private final boolean terminal;

    RunState(boolean terminal) {
        this.terminal = terminal;
    }

    /** COMPLETE, ABORT and FAIL end a run. */
    public boolean terminal() {
        return terminal;
    }

    public static Optional<RunState> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
    }
}
