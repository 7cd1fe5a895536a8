package org.contractregistry.contracts.avro.rules;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/** The reader needs a field the writer never wrote, and has no default to fill it with. */
final class ReaderFieldMissingDefaultValue implements AvroRule {
    @Override
    public SchemaIncompatibilityType type() {
        return SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE;
    }

    @Override
    public String purpose() {
        return "A reader field that the writer lacks must have a default, or the reader cannot fill it.";
    }

    @Override
    public String example() {
        return "BACKWARD: v2 adds `{\"name\":\"email\",\"type\":\"string\"}` without `default`; "
                + "FORWARD: v2 removes a field that has no default in v1.";
    }

    @Override
    public String message(AvroBreak found) {
        String field = found.field();
        return found.backward()
                ? "The new schema adds field " + field + " without a default, so it cannot read old data, which has no "
                        + field + "."
                : "The new schema no longer writes field " + field + ", which the old schema requires (it has no default),"
                        + " so old readers cannot read new data.";
    }

    @Override
    public String fixHint(AvroBreak found) {
        String name = found.avro().getMessage();
        if (!found.backward()) {
            return "keep field `" + name + "` in the new schema; to remove it later, first release a version that gives it a default";
        }
        return renamedFrom(found)
                .map(old -> "add alias `" + old + "` to field `" + name + "` if it is the renamed `" + old
                        + "`; otherwise give `" + name + "` a default")
                .orElse("give `" + name + "` a default");
    }

    /**
     * The old name of a renamed field, offered only when the match is unambiguous: exactly one writer field that no
     * reader field takes has the added field's type, and exactly one added field without a default has that type.
     * Two new fields of one type (or two dropped ones) could each be the rename, so no alias is suggested then.
     */
    private static Optional<String> renamedFrom(AvroBreak found) {
        Schema reader = found.reader();
        Schema writer = found.writer();
        if (reader.getType() != Schema.Type.RECORD || writer.getType() != Schema.Type.RECORD) {
            return Optional.empty();
        }
        Schema.Field added = reader.getField(found.avro().getMessage());
        if (added == null) {
            return Optional.empty();
        }
        List<Schema.Field> dropped = writer.getFields().stream()
                .filter(w -> reader.getFields().stream().noneMatch(r -> SchemaCompatibility.lookupWriterField(writer, r) == w))
                .filter(w -> w.schema().equals(added.schema()))
                .toList();
        long addedAlike = reader.getFields().stream()
                .filter(r -> !r.hasDefaultValue() && SchemaCompatibility.lookupWriterField(writer, r) == null)
                .filter(r -> r.schema().equals(added.schema()))
                .count();
        return dropped.size() == 1 && addedAlike == 1 ? Optional.of(dropped.get(0).name()) : Optional.empty();
    }
}
