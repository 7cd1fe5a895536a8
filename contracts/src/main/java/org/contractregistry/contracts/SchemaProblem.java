package org.contractregistry.contracts;

/**
 * Why a schema text could not be accepted: the parser's message and, where the parser knows it, the position.
 *
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SchemaProblem(String message, int line, int column) {
    public static SchemaProblem of(String message) {
        return new SchemaProblem(message, 0, 0);
    }

    /** The message with the position appended when known, e.g. {@code "unexpected '}' at 3:14"}. */
    public String describe() {
        return line > 0 ? message + " at " + line + ":" + column : message;
    }
}
