package org.contractregistry.registry.domain;

import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;

/** Server-wide defaults, used where no scope configures a value. */
public record RegistryDefaults(CompatibilityLevel compatibility, ProtobufStrictness protobufStrictness) {
    public static final RegistryDefaults STANDARD =
            new RegistryDefaults(CompatibilityLevel.BACKWARD, ProtobufStrictness.WIRE_JSON);
}
