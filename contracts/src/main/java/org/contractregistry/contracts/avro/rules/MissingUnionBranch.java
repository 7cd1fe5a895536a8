package org.contractregistry.contracts.avro.rules;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.contractregistry.contracts.avro.AvroTypes;

/** The writer may write a union branch (or a type) the reader's union has no branch for. */
final class MissingUnionBranch implements AvroRule {
    @Override
    public SchemaIncompatibilityType type() {
        return SchemaIncompatibilityType.MISSING_UNION_BRANCH;
    }

    @Override
    public String purpose() {
        return "Every type the writer may write must match a branch of the reader's union.";
    }

    @Override
    public String example() {
        return "BACKWARD: `id` changes from [\"null\",\"string\",\"long\"] to [\"null\",\"string\"]; "
                + "FORWARD: a branch is added to a union.";
    }

    @Override
    public String message(AvroBreak found) {
        String branch = branch(found);
        return found.backward()
                ? "The new union for " + found.field() + " has no branch for " + branch
                        + ", which old data may hold, so the new schema cannot read it."
                : "The new schema lets " + found.field() + " hold " + branch
                        + ", which the old union lacks, so old readers cannot read it.";
    }

    @Override
    public String fixHint(AvroBreak found) {
        String branch = branch(found);
        return found.backward()
                ? "add " + branch + " back to the union of " + found.lastField()
                : "do not add " + branch + " to " + found.lastField() + " while readers of the old schema exist";
    }

    private static String branch(AvroBreak found) {
        Schema writer = found.writerAtPath() != null && found.writerAtPath().getType() != Schema.Type.UNION
                ? found.writerAtPath()
                : found.writer();
        return AvroTypes.describe(writer);
    }
}
