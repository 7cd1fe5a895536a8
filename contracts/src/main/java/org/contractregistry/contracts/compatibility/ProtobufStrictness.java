package org.contractregistry.contracts.compatibility;

import java.util.Optional;

/** How strictly Protobuf evolution is judged. */
public enum ProtobufStrictness {
    /** Only what breaks the binary wire format. */
    WIRE,
    /** Wire format and the canonical JSON mapping (field and enum value names matter). The default. */
    WIRE_JSON,
    /** Confluent Schema Registry's verdicts, for teams migrating from it. */
    CONFLUENT;

    public static Optional<ProtobufStrictness> parse(String value) {
        return EnumNames.parse(ProtobufStrictness.class, value);
    }
}
