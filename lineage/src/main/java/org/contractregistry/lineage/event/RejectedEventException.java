package org.contractregistry.lineage.event;

/** Internal signal while reading an event; {@link EventParser} turns it into a {@link ParsedEvent.Rejected}. */
final class RejectedEventException extends RuntimeException {
    private final transient EventProblem problem;

    RejectedEventException(EventProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    static RejectedEventException invalid(String message) {
        return new RejectedEventException(EventProblem.invalid(message));
    }

    EventProblem problem() {
        return problem;
    }
}
