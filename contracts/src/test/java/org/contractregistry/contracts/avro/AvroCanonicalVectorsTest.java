package org.contractregistry.contracts.avro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.avro.AvroVectors.Vector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins canonical text, normalized text and fingerprints, and the problems invalid input gives. */
class AvroCanonicalVectorsTest {

    static Stream<Vector> canonical() {
        return AvroVectors.ofKind("canonical");
    }

    static Stream<Vector> invalid() {
        return AvroVectors.ofKind("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonical")
    void canonicalFormsAndFingerprintsArePinned(Vector vector) {
        JsonNode json = vector.json();
        ContractSchema schema = AvroVectors.parsed(vector.file(), json.get("schema"), AvroVectors.references(json));
        String why = vector.file() + " (" + json.get("description").asText() + ")";
        assertThat(schema.canonicalText()).as(why + " canonical").isEqualTo(json.get("canonical").asText());
        assertThat(schema.normalizedText()).as(why + " normalized").isEqualTo(json.get("normalized").asText());
        assertThat(schema.fingerprint()).as(why + " fingerprint").isEqualTo(json.get("fingerprint").asText());
        assertThat(schema.normalizedFingerprint()).as(why + " normalized fingerprint")
                .isEqualTo(json.get("normalizedFingerprint").asText());
        if (json.has("recordName")) {
            assertThat(schema.recordName()).as(why + " record name").contains(json.get("recordName").asText());
        } else {
            assertThat(schema.recordName()).as(why + " record name").isEmpty();
        }
        ContractSchema again = AvroVectors.parsed(vector.file(), com.fasterxml.jackson.databind.node.TextNode.valueOf(schema.canonicalText()),
                AvroVectors.references(json));
        assertThat(again.canonicalText()).as(why + " canonical text is a fixed point").isEqualTo(schema.canonicalText());
        ContractSchema fromNormalized = AvroVectors.parsed(vector.file(),
                com.fasterxml.jackson.databind.node.TextNode.valueOf(schema.normalizedText()), AvroVectors.references(json));
        assertThat(fromNormalized.normalizedText()).as(why + " normalized text is a fixed point").isEqualTo(schema.normalizedText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidInputIsAValueWithAClearMessage(Vector vector) {
        JsonNode json = vector.json();
        ParseResult result = AvroVectors.parse(json.get("schema"), AvroVectors.references(json));
        String why = vector.file() + " (" + json.get("description").asText() + ")";
        assertThat(result).as(why).isInstanceOf(ParseResult.Invalid.class);
        var problem = ((ParseResult.Invalid) result).problem();
        assertThat(problem.message()).as(why).contains(json.get("messageContains").asText());
        if (json.has("line")) {
            assertThat(problem.line()).as(why + " line").isEqualTo(json.get("line").asInt());
            assertThat(problem.column()).as(why + " column").isPositive();
        }
    }
}
