package org.contractregistry.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jackson's errors become sentences naming the field or position, never a Java type or parser internals. */
class JsonProblemsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    record Reference(String name, Integer version) {}

    record Request(String schema, List<Reference> references, Integer id) {}

    private static JsonProcessingException failure(String json) {
        return catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.readValue(json, Request.class));
    }

    @Test
    void wrongShapeNamesThePathAndWhatWasExpected() {
        JsonProcessingException e = failure("{\"references\":[{\"name\":\"a\",\"version\":[1]}]}");
        assertThat(JsonProblems.isSyntax(e)).isFalse();
        assertThat(JsonProblems.describe(e)).isEqualTo("'references[0].version' must be a whole number, not an array");
        assertThat(JsonProblems.describe(failure("{\"schema\":{}}")))
                .isEqualTo("'schema' must be a string, not an object");
        assertThat(JsonProblems.describe(failure("[1]"))).isEqualTo("the body must be an object, not an array");
        JsonProcessingException coerced = catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.copy()
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .readValue("{\"id\":\"7\"}", Request.class));
        assertThat(JsonProblems.describe(coerced)).isEqualTo("'id' must be a whole number, not a string");
    }

    @Test
    void syntaxErrorsKeepJacksonsWordsWithoutItsInternalsAndAddThePosition() {
        JsonProcessingException e = failure("{\"schema\": ");
        assertThat(JsonProblems.isSyntax(e)).isTrue();
        assertThat(JsonProblems.describe(e)).startsWith("Unexpected end-of-input").contains("at line 1, column")
                .doesNotContain("Source", "`");
        String deep = "[".repeat(1500) + "]".repeat(1500);
        assertThat(JsonProblems.describe(catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.readTree(deep))))
                .startsWith("Document nesting depth (1001) exceeds the maximum allowed (1000)")
                .doesNotContain("`", "StreamReadConstraints");
    }

    @Test
    void contentAfterTheValueIsSyntax() {
        JsonProcessingException e = failure("{\"schema\":\"x\"} {}");
        assertThat(JsonProblems.isSyntax(e)).isTrue();
        assertThat(JsonProblems.describe(e)).isEqualTo("unexpected content after the JSON value at line 1, column 16");
    }

    @Test
    void numberOutOfRangeIsShapeAndNamesTheField() {
        JsonProcessingException e = failure("{\"id\": 99999999999}");
        assertThat(JsonProblems.isSyntax(e)).isFalse();
        assertThat(JsonProblems.describe(e)).startsWith("'id': Numeric value (99999999999) out of range of int");
    }
}
