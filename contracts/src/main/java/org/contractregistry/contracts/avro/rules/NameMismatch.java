package org.contractregistry.contracts.avro.rules;

import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/** A named type (record, enum, fixed) has a different name and the reader carries no alias for the writer's name. */
final class NameMismatch implements AvroRule {
    @Override
    public SchemaIncompatibilityType type() {
        return SchemaIncompatibilityType.NAME_MISMATCH;
    }

    @Override
    public String purpose() {
        return "A record, enum or fixed type must keep its name, or the reader must carry the writer's name as an alias.";
    }

    @Override
    public String example() {
        return "BACKWARD: record `acme.Customer` is renamed `acme.Client` without `\"aliases\":[\"acme.Customer\"]`.";
    }

    @Override
    public String message(AvroBreak found) {
        String writer = "`" + found.writer().getFullName() + "`";
        String reader = "`" + found.reader().getFullName() + "`";
        String where = found.fields().isEmpty() ? "" : " (" + found.field() + ")";
        return found.backward()
                ? "Type " + writer + where + " was renamed " + reader
                        + " without an alias, so the new schema cannot read old data."
                : "Type " + reader + where + " was renamed " + writer
                        + ", and old readers do not know the new name.";
    }

    @Override
    public String fixHint(AvroBreak found) {
        return found.backward()
                ? "add alias `" + found.writer().getFullName() + "` to `" + found.reader().getFullName() + "`"
                : "keep the name `" + found.reader().getFullName() + "` (aliases in the new schema do not help old readers)";
    }
}
