package org.contractregistry.contracts.avro.rules;

import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/** A fixed type changed its size. */
final class FixedSizeMismatch implements AvroRule {
    @Override
    public SchemaIncompatibilityType type() {
        return SchemaIncompatibilityType.FIXED_SIZE_MISMATCH;
    }

    @Override
    public String purpose() {
        return "A fixed type must keep its size: readers take exactly that many bytes.";
    }

    @Override
    public String example() {
        return "`{\"type\":\"fixed\",\"name\":\"Hash\",\"size\":16}` becomes size 32.";
    }

    @Override
    public String message(AvroBreak found) {
        int oldSize = found.backward() ? found.writer().getFixedSize() : found.reader().getFixedSize();
        int newSize = found.backward() ? found.reader().getFixedSize() : found.writer().getFixedSize();
        String side = found.backward() ? "the new schema cannot read old values" : "old readers cannot read new values";
        return "Fixed `" + found.reader().getFullName() + "` (" + found.field() + ") changed size from " + oldSize
                + " to " + newSize + " bytes, so " + side + ".";
    }

    @Override
    public String fixHint(AvroBreak found) {
        int oldSize = found.backward() ? found.writer().getFixedSize() : found.reader().getFixedSize();
        return "keep size " + oldSize + "; for a new size add a new fixed type and a new field";
    }
}
