package org.contractregistry.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.contracts.Fingerprints;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonSchemaParsingTest {

    private static ContractSchema parse(String text, ResolvedReference... references) {
        return Contracts.parse(new SchemaSource(SchemaType.JSON, text, List.of(references))).orThrow();
    }

    private static String problem(String text) {
        ParseResult result = Contracts.parse(SchemaSource.json(text));
        assertThat(result.isValid()).as(text).isFalse();
        return ((ParseResult.Invalid) result).problem().describe();
    }

    @ParameterizedTest
    @CsvSource({
        "http://json-schema.org/draft-04/schema#, DRAFT_4",
        "http://json-schema.org/draft-06/schema#, DRAFT_6",
        "http://json-schema.org/draft-07/schema#, DRAFT_7",
        "https://json-schema.org/draft/2019-09/schema, DRAFT_2019_09",
        "https://json-schema.org/draft/2020-12/schema, DRAFT_2020_12"})
    void readsEachDraftFromSchemaKeyword(String dialect, Draft draft) {
        var schema = (JsonContractSchema) parse("{\"$schema\": \"" + dialect + "\", \"type\": \"object\"}");
        assertThat(schema.draft()).isEqualTo(draft);
    }

    @Test
    void withoutSchemaKeywordItIsDraft7() {
        assertThat(((JsonContractSchema) parse("{\"type\":\"string\"}")).draft()).isEqualTo(Draft.DRAFT_7);
    }

    @Test
    void refusesWhatTheMetaSchemaRefusesNamingThePlace() {
        assertThat(problem("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":5}}}"))
                .startsWith("Invalid JSON schema: at ").contains("/properties/a/type");
        assertThat(problem("{\"minLength\": -1}")).contains("minLength");
    }

    @Test
    void refusesUnknownDialectsBadJsonDuplicateKeysAndDanglingRefs() {
        assertThat(problem("{\"$schema\":\"http://example.com/mine\"}")).contains("is not a draft this registry reads");
        assertThat(problem("{\"type\": ")).startsWith("Invalid JSON schema:").contains("at 1:");
        assertThat(problem("{\"type\":\"string\",\"type\":\"integer\"}")).contains("type");
        assertThat(problem("{\"properties\":{\"a\":{\"$ref\":\"#/$defs/missing\"}}}"))
                .contains("$ref \"#/$defs/missing\" points to nothing");
        assertThat(problem("{\"properties\":{\"a\":{\"$ref\":\"customer.json\"}}}")).contains("customer.json");
        assertThat(problem("[1, 2]")).contains("a schema is a JSON object or a boolean");
    }

    @Test
    void refsResolveIntoReferencesByNameAndByIdAndInsideTheDocument() {
        var reference = new ResolvedReference("customer.json", "customer-value", 3, SchemaType.JSON,
                "{\"$id\":\"https://acme.example/customer.json\",\"$defs\":{\"email\":{\"type\":\"string\"}},"
                        + "\"type\":\"object\",\"properties\":{\"email\":{\"$ref\":\"#/$defs/email\"}}}");
        ContractSchema byName = parse("{\"type\":\"object\",\"properties\":{\"c\":{\"$ref\":\"customer.json\"},"
                + "\"e\":{\"$ref\":\"customer.json#/$defs/email\"}}}", reference);
        ContractSchema byId = parse("{\"$id\":\"https://acme.example/order.json\",\"type\":\"object\","
                + "\"properties\":{\"c\":{\"$ref\":\"customer.json\"}}}", reference);
        assertThat(byName.fields()).contains(new FieldShape("c", "record", true, false),
                new FieldShape("c.email", "string", true, false), new FieldShape("e", "string", true, false));
        assertThat(byId.fields()).contains(new FieldShape("c.email", "string", true, false));
    }

    @Test
    void canonicalTextIgnoresLayoutAndFingerprintIsItsSha256() {
        ContractSchema compact = parse("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");
        ContractSchema spaced = parse("{\n  \"type\" : \"object\",\n  \"properties\" : { \"a\" : { \"type\" : \"string\" } }\n}");
        assertThat(spaced.canonicalText()).isEqualTo(compact.canonicalText())
                .isEqualTo("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");
        assertThat(spaced.fingerprint()).isEqualTo(Fingerprints.sha256(compact.canonicalText()));
    }

    @Test
    void normalisationRemovesChoicesThatDoNotChangeMeaning() {
        ContractSchema one = parse("{\"type\":\"object\",\"required\":[\"b\",\"a\"],\"additionalProperties\":true,"
                + "\"properties\":{\"b\":{\"type\":[\"integer\"],\"maximum\":10.0},\"a\":{\"type\":[\"null\",\"string\"]}}}");
        ContractSchema two = parse("{\"properties\":{\"a\":{\"type\":[\"string\",\"null\"]},\"b\":{\"maximum\":10,"
                + "\"type\":\"integer\"}},\"required\":[\"a\",\"b\"],\"type\":\"object\"}");
        assertThat(one.canonicalText()).isNotEqualTo(two.canonicalText());
        assertThat(one.normalizedText()).isEqualTo(two.normalizedText());
        assertThat(one.normalizedFingerprint()).isEqualTo(two.normalizedFingerprint());
        assertThat(one.normalizedText()).isEqualTo("{\"properties\":{\"a\":{\"type\":[\"null\",\"string\"]},"
                + "\"b\":{\"maximum\":10,\"type\":\"integer\"}},\"required\":[\"a\",\"b\"],\"type\":\"object\"}");
    }

    @Test
    void normalisationLeavesDataAndPropertyNamesAlone() {
        ContractSchema schema = parse("{\"properties\":{\"additionalProperties\":true,\"type\":{\"enum\":[[\"b\",\"a\"]],"
                + "\"default\":{\"type\":[\"x\"]}}}}");
        assertThat(schema.normalizedText()).contains("\"additionalProperties\":true")
                .contains("[[\"b\",\"a\"]]").contains("{\"type\":[\"x\"]}");
    }

    @Test
    void referencesEnterTheFingerprint() {
        String text = "{\"$ref\":\"a.json\"}";
        var v1 = new ResolvedReference("a.json", "a", 1, SchemaType.JSON, "{\"type\":\"string\"}");
        var v2 = new ResolvedReference("a.json", "a", 2, SchemaType.JSON, "{\"type\":\"string\"}");
        assertThat(parse(text, v1).fingerprint()).isNotEqualTo(parse(text, v2).fingerprint())
                .isNotEqualTo(Fingerprints.sha256(text));
    }

    @Test
    void titleIsTheRecordNameAndFieldsAreFlattened() {
        ContractSchema schema = parse("{\"title\":\"Order\",\"type\":\"object\",\"required\":[\"id\"],\"properties\":{"
                + "\"id\":{\"type\":\"integer\"},\"at\":{\"type\":\"string\",\"format\":\"date-time\"},"
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"note\":{\"type\":[\"string\",\"null\"]}}}");
        assertThat(schema.recordName()).contains("Order");
        assertThat(schema.fields()).containsExactly(new FieldShape("id", "long", false, false),
                new FieldShape("at", "timestamp-millis", true, false), new FieldShape("tags", "string", true, true),
                new FieldShape("note", "string", true, false));
    }
}
