package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ConfigKeysTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode body(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void knownKeysOfTheirTypeOrNullPass() throws Exception {
        ObjectNode body = body("{\"compatibility\":\"FULL\",\"normalize\":true,\"defaultMetadata\":{},"
                + "\"alias\":null,\"protobufStrictness\":\"WIRE\",\"compatibilityLevel\":\"NONE\"}");
        assertThat(ConfigKeys.validated(body)).isSameAs(body);
    }

    @Test
    void aMissingBodyAnUnknownKeyOrAWrongTypeIs422NamingIt() {
        assertRefused(null, "The body must be a JSON object of config keys such as {\"compatibility\": \"BACKWARD\"}");
        assertRefused("{\"compatability\":\"FULL\"}", "Unknown config key 'compatability'; the keys are alias, ");
        assertRefused("{\"compatibility\":1}", "Config key 'compatibility' must be a string (or JSON null to clear"
                + " it), not a number");
        assertRefused("{\"overrideRuleSet\":[]}", "Config key 'overrideRuleSet' must be an object");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> ConfigKeys.validated(json == null ? null : body(json)))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.UNPROCESSABLE_REQUEST);
                    assertThat(e.getMessage()).startsWith(message);
                });
    }
}
