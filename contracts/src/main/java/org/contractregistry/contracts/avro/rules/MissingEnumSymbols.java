package org.contractregistry.contracts.avro.rules;

import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/** The writer's enum has symbols the reader lacks, and the reader's enum has no default to fall back to. */
final class MissingEnumSymbols implements AvroRule {
    @Override
    public SchemaIncompatibilityType type() {
        return SchemaIncompatibilityType.MISSING_ENUM_SYMBOLS;
    }

    @Override
    public String purpose() {
        return "Every symbol the writer may write must exist in the reader's enum, unless the reader's enum has a default.";
    }

    @Override
    public String example() {
        return "BACKWARD: symbol `CANCELLED` is removed from enum `Status` that has no `default`; "
                + "FORWARD: a symbol is added while the old enum has no default.";
    }

    @Override
    public String message(AvroBreak found) {
        String symbols = symbols(found);
        String name = "`" + found.reader().getFullName() + "`";
        return found.backward()
                ? "Enum " + name + " (" + found.field() + ") no longer has " + symbols
                        + " and has no default, so the new schema cannot read old data holding them."
                : "The new schema adds " + symbols + " to enum " + name + " (" + found.field()
                        + "), and the old enum has no default, so old readers cannot read them.";
    }

    @Override
    public String fixHint(AvroBreak found) {
        String symbols = symbols(found);
        return found.backward()
                ? "add symbol " + symbols + " back or give the enum a default"
                : "remove " + symbols + " from the new enum; to add symbols later, first release the enum with a default";
    }

    /** Avro's message is the missing symbols, e.g. {@code [B, C]}. */
    private static String symbols(AvroBreak found) {
        String text = found.avro().getMessage();
        return text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    }
}
