package org.contractregistry.contracts;

/** The outcome of parsing: a usable contract, or the problem that stops it. Never an exception. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Invalid {

    record Parsed(ContractSchema schema) implements ParseResult {}

    record Invalid(SchemaProblem problem) implements ParseResult {}

    default boolean isValid() {
        return this instanceof Parsed;
    }

    /** The parsed schema; throws {@link IllegalStateException} naming the problem when invalid. */
    default ContractSchema orThrow() {
        if (this instanceof Parsed parsed) {
            return parsed.schema();
        }
        throw new IllegalStateException(((Invalid) this).problem().describe());
    }
}
