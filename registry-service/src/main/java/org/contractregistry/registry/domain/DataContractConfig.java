package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The data-contract keys of the config in force (Confluent's {@code defaultMetadata}, {@code overrideMetadata},
 * {@code defaultRuleSet}, {@code overrideRuleSet}, {@code compatibilityGroup}, {@code validateFields}), taken from the
 * merged config document as they are: no copy, no parsing. The documents are shared with the config they came from,
 * so they are never changed in place.
 */
public record DataContractConfig(
        JsonNode defaultMetadata,
        JsonNode overrideMetadata,
        JsonNode defaultRuleSet,
        JsonNode overrideRuleSet,
        String compatibilityGroup,
        boolean validateFields) {
    public static final String DEFAULT_METADATA = "defaultMetadata";
    public static final String OVERRIDE_METADATA = "overrideMetadata";
    public static final String DEFAULT_RULE_SET = "defaultRuleSet";
    public static final String OVERRIDE_RULE_SET = "overrideRuleSet";
    public static final String COMPATIBILITY_GROUP = "compatibilityGroup";
    public static final String VALIDATE_FIELDS = "validateFields";

    /** A config with none of the keys (the common case): shared, so the registration path allocates nothing. */
    public static final DataContractConfig NONE = new DataContractConfig(null, null, null, null, null, false);

    /** The keys of a merged config document ({@link SettingsService}); {@link #NONE} when it has none of them. */
    static DataContractConfig of(ObjectNode merged) {
        JsonNode defaultMetadata = Json.present(merged.get(DEFAULT_METADATA));
        JsonNode overrideMetadata = Json.present(merged.get(OVERRIDE_METADATA));
        JsonNode defaultRuleSet = Json.present(merged.get(DEFAULT_RULE_SET));
        JsonNode overrideRuleSet = Json.present(merged.get(OVERRIDE_RULE_SET));
        JsonNode group = Json.present(merged.get(COMPATIBILITY_GROUP));
        boolean validateFields = merged.path(VALIDATE_FIELDS).asBoolean(false);
        if (defaultMetadata == null && overrideMetadata == null && defaultRuleSet == null && overrideRuleSet == null
                && group == null && !validateFields) {
            return NONE;
        }
        return new DataContractConfig(defaultMetadata, overrideMetadata, defaultRuleSet, overrideRuleSet,
                group == null ? null : group.asText(), validateFields);
    }

    /** Confluent's {@code hasDefaultsOrOverrides}: whether a registration's documents may differ from the request's. */
    public boolean hasDefaultsOrOverrides() {
        return defaultMetadata != null || overrideMetadata != null || defaultRuleSet != null || overrideRuleSet != null;
    }

    /**
     * Checks the data-contract documents of a {@code PUT /config} body, whose keys {@link ConfigKeys} has typed:
     * metadata of Confluent's shape (422), rule sets valid (42210). {@code null} clears.
     */
    static void validateUpdate(ObjectNode update) {
        for (String key : new String[] {DEFAULT_METADATA, OVERRIDE_METADATA}) {
            JsonNode metadata = Json.present(update.get(key));
            if (metadata != null) {
                DocumentShapes.requireMetadata(metadata, key);
            }
        }
        for (String key : new String[] {DEFAULT_RULE_SET, OVERRIDE_RULE_SET}) {
            JsonNode ruleSet = Json.present(update.get(key));
            if (ruleSet != null) {
                RuleSetValidation.validate(ruleSet);
            }
        }
    }

    static RegistryException wrongShape(String message) {
        return new RegistryException(ErrorCode.UNPROCESSABLE_REQUEST, message);
    }
}
