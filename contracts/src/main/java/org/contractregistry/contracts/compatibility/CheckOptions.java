package org.contractregistry.contracts.compatibility;

import java.util.Objects;

/** Options that change verdicts. */
public record CheckOptions(ProtobufStrictness protobufStrictness) {
    public static final CheckOptions DEFAULT = new CheckOptions(ProtobufStrictness.WIRE_JSON);

    public CheckOptions {
        Objects.requireNonNull(protobufStrictness, "protobufStrictness");
    }
}
