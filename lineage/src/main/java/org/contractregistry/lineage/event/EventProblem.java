package org.contractregistry.lineage.event;

/**
 * Why an event was refused.
 *
 * @param kind what class of problem, which decides the HTTP status
 * @param message a sentence naming the field and the problem
 */
public record EventProblem(Kind kind, String message) {

    /** Problem classes with their HTTP status, together. */
    public enum Kind {
        MALFORMED_JSON(400),
        INVALID_EVENT(422),
        TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    static EventProblem invalid(String message) {
        return new EventProblem(Kind.INVALID_EVENT, message);
    }
}
