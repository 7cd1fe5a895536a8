package org.contractregistry.contracts;

import java.util.List;
import java.util.Optional;

/**
 * A parsed, valid schema. Parse once, judge many times: implementations keep the parsed form.
 */
public interface ContractSchema {

    SchemaType type();

    /** The text and references this schema was parsed from. */
    SchemaSource source();

    /**
     * The formatting-insensitive canonical text: what the registry stores and serves. Two texts that differ only in
     * whitespace or layout have the same canonical text.
     */
    String canonicalText();

    /**
     * The canonical text after Confluent-style normalisation ({@code normalize=true}): additionally insensitive to
     * choices that do not change meaning (Avro: attribute order, redundant namespaces; Protobuf: declaration order of
     * options, imports, fully-qualified type names).
     */
    String normalizedText();

    /** SHA-256 (lower-case hex) over the canonical text and the references (name, subject, version, fingerprint). */
    String fingerprint();

    /** As {@link #fingerprint()} but over {@link #normalizedText()}. */
    String normalizedFingerprint();

    /** The full name of the main record (Avro) or first message (Protobuf), for RecordNameStrategy. */
    Optional<String> recordName();

    /** Every field, depth-first, for drift checks against other type systems. */
    List<FieldShape> fields();
}
