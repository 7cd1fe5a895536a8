package org.contractregistry.contracts.avro.rules;

import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.contractregistry.contracts.rules.RuleDescriptor;

/**
 * One Avro rule: an Avro incompatibility type, what it means, and how to say it. The rule id is Avro's type name, so
 * findings read the same as Confluent's {@code errorType}.
 */
public interface AvroRule {
    String CATEGORY = "AVRO";
    String FORMAT = "AVRO";

    SchemaIncompatibilityType type();

    /** One line: why this stops a reader. */
    String purpose();

    /** A change that triggers it. */
    String example();

    /** One sentence naming the field and saying which side cannot read which. */
    String message(AvroBreak found);

    /** What to do about it. */
    String fixHint(AvroBreak found);

    default String id() {
        return type().name();
    }

    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(id(), FORMAT, java.util.List.of(CATEGORY), purpose(), example());
    }
}
