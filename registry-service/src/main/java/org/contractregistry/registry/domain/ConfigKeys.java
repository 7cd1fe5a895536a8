package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The keys a config update may carry ({@code PUT /config[/{subject}]}): Confluent's ConfigUpdateRequest keys (8.5) plus
 * our {@code protobufStrictness}, each of its JSON type or {@code null} (which clears it). A missing body, an unknown
 * key or a wrong type is 422 naming it: the store keeps only what a later GET can explain. {@link SettingsService}
 * checks every update here first, so the values it reads further on have their types.
 */
public final class ConfigKeys {
    private static final String EXAMPLE = " such as {\"compatibility\": \"BACKWARD\"}";
    public static final Map<String, JsonNodeType> KEYS = Map.ofEntries(
            Map.entry("compatibility", JsonNodeType.STRING),
            Map.entry("compatibilityLevel", JsonNodeType.STRING),
            Map.entry("compatibilityPolicy", JsonNodeType.STRING),
            Map.entry("compatibilityGroup", JsonNodeType.STRING),
            Map.entry("protobufStrictness", JsonNodeType.STRING),
            Map.entry("alias", JsonNodeType.STRING),
            Map.entry("aliasForDeks", JsonNodeType.STRING),
            Map.entry("normalize", JsonNodeType.BOOLEAN),
            Map.entry("validateFields", JsonNodeType.BOOLEAN),
            Map.entry("validateRules", JsonNodeType.BOOLEAN),
            Map.entry("validateNewSchemas", JsonNodeType.BOOLEAN),
            Map.entry("defaultMetadata", JsonNodeType.OBJECT),
            Map.entry("overrideMetadata", JsonNodeType.OBJECT),
            Map.entry("defaultRuleSet", JsonNodeType.OBJECT),
            Map.entry("overrideRuleSet", JsonNodeType.OBJECT));

    private ConfigKeys() {}

    /** The body itself when every key is known and of its type; 422 otherwise. */
    static ObjectNode validated(ObjectNode body) {
        if (body == null) {
            throw unprocessable("The body must be a JSON object of config keys" + EXAMPLE);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNodeType type = KEYS.get(field.getKey());
            if (type == null) {
                throw unprocessable("Unknown config key '" + field.getKey() + "'; the keys are "
                        + String.join(", ", KEYS.keySet().stream().sorted().toList()));
            }
            JsonNode value = field.getValue();
            if (!value.isNull() && value.getNodeType() != type) {
                throw unprocessable("Config key '" + field.getKey() + "' must be " + word(type)
                        + " (or JSON null to clear it), not " + word(value.getNodeType()));
            }
        }
        return body;
    }

    /** A JSON type as a sentence says it: "a string", "an object", ... */
    public static String word(JsonNodeType type) {
        return switch (type) {
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NUMBER -> "a number";
            default -> "JSON null";
        };
    }

    private static RegistryException unprocessable(String message) {
        return new RegistryException(ErrorCode.UNPROCESSABLE_REQUEST, message);
    }
}
