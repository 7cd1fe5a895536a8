package org.contractregistry.contracts.avro.rules;

import java.util.List;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.rules.RuleDescriptor;

/**
 * A reader field matches two writer fields (its own name and one of its aliases). Avro's check stops with an error
 * instead of an incompatibility; the engine reports it as this finding rather than failing.
 */
public final class AmbiguousFieldMatch {
    public static final String ID = "AMBIGUOUS_FIELD_MATCH";

    public static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(ID, AvroRule.FORMAT, List.of(AvroRule.CATEGORY),
            "A reader field must match at most one writer field by its name and aliases.",
            "New field `b` with `\"aliases\":[\"a\"]` while the old schema has both `a` and `b`.");

    private AmbiguousFieldMatch() {}

    /** @param avroMessage Avro's error, naming the reader field and the writer record */
    public static Finding finding(String avroMessage, Direction direction) {
        String reader = direction == Direction.BACKWARD ? "the new schema" : "the old schema";
        return new Finding(ID, AvroRule.CATEGORY, "/fields",
                "A field of " + reader + " matches two fields of the data it reads, by name and by alias: " + avroMessage,
                "remove the alias that names a field which still exists", 0, direction, 0);
    }
}
