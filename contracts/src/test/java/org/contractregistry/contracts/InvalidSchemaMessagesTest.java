package org.contractregistry.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invalid schemas are described in the sender's terms: no parser placeholders, no Java error names. */
class InvalidSchemaMessagesTest {

    private static String problem(SchemaSource source) {
        ParseResult result = Contracts.parse(source);
        assertThat(result).isInstanceOf(ParseResult.Invalid.class);
        return ((ParseResult.Invalid) result).problem().describe();
    }

    @Test
    void anUndefinedTopLevelAvroNameIsNamedAsSuch() {
        assertThat(problem(SchemaSource.avro("\"nope\"")))
                .startsWith("Undefined type name: it is not a primitive type")
                .doesNotContain("org.apache", "UnresolvedSchema");
    }

    @Test
    void anUndefinedNameInAFieldWithADefaultIsNamedNotItsPlaceholder() {
        assertThat(problem(SchemaSource.avro("{\"type\":\"record\",\"name\":\"R\",\"fields\":"
                + "[{\"name\":\"b\",\"type\":\"tring\",\"default\":\"\"}]}")))
                .startsWith("Undefined type name `tring`").doesNotContain("org.apache", "UnresolvedSchema");
    }

    @Test
    void jsonThatIsNoAvroSchemaIsSaidSo() {
        assertThat(problem(SchemaSource.avro("null")))
                .isEqualTo("An Avro schema is a JSON string naming a type, an object or an array, not null");
    }

    @Test
    void avroTextThatIsNotJsonSaysWhereWithoutJacksonInternals() {
        assertThat(problem(SchemaSource.avro("{\"type\":\"record\",")))
                .startsWith("Invalid JSON: Unexpected end-of-input").doesNotContain("Source:", "`");
    }

    @Test
    void aProtobufSchemaNestedTooDeeplyIsRefusedWithASentence() {
        String deep = "syntax = \"proto3\";\n" + "message M { ".repeat(20_000) + "}".repeat(20_000);
        assertThat(problem(SchemaSource.protobuf(deep)))
                .isEqualTo("Invalid PROTOBUF schema: it is nested too deeply to parse");
    }
}
