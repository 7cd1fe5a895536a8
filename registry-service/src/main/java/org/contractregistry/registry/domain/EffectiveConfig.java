package org.contractregistry.registry.domain;

import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;

/**
 * The settings in force for a subject after subject, context, global and server defaults are merged.
 *
 * @param contract the data-contract keys ({@link DataContractConfig#NONE} when the config has none)
 */
public record EffectiveConfig(CompatibilityLevel level, boolean normalize, ProtobufStrictness protobufStrictness,
        DataContractConfig contract) {

    public CheckOptions checkOptions() {
        return new CheckOptions(protobufStrictness);
    }
}
