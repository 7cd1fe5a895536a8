package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contractregistry.registry.domain.DocumentMergeTest.json;

import java.util.Map;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.junit.jupiter.api.Test;

/** {@code confluent:reserved} under {@code validateFields}, and reading metadata properties. */
class ReservedFieldsTest {
    private static final ContractSchema ORDER = avro("{'type':'record','name':'Order','fields':[{'name':'id','type':'string'},"
            + "{'name':'customer','type':{'type':'record','name':'C','fields':[{'name':'ssn','type':'string'}]}}]}");

    private static ContractSchema avro(String text) {
        return ((ParseResult.Parsed) Contracts.parse(new SchemaSource(SchemaType.AVRO, text.replace('\'', '"'),
                java.util.List.of()))).schema();
    }

    private static com.fasterxml.jackson.databind.JsonNode reserving(String list) {
        return json("{'properties':{'confluent:reserved':'" + list + "'}}");
    }

    @Test
    void aReservedNameUsedAsATopLevelFieldIsAProblemANestedOneIsNot() {
        assertThat(ReservedFields.problems(ORDER, reserving(" ssn , id,"), null))
                .containsExactly("The new schema has field that conflicts with the reserved field id.");
    }

    @Test
    void droppingANameThePreviousVersionReservedIsAProblem() {
        assertThat(ReservedFields.problems(ORDER, reserving("legacy"), reserving("legacy,old_total")))
                .containsExactly("The new schema has reserved field old_total removed from its metadata which is"
                        + " present in the old schema's metadata.");
        assertThat(ReservedFields.problems(ORDER, null, null)).isEmpty();
    }

    @Test
    void propertiesMatchOnlyWhenMetadataIsPresentAndHoldsEveryPair() {
        var metadata = json("{'properties':{'app':'1','team':'a'}}");
        assertThat(Documents.hasProperties(metadata, Map.of("app", "1", "team", "a"))).isTrue();
        assertThat(Documents.hasProperties(metadata, Map.of("app", "2"))).isFalse();
        assertThat(Documents.hasProperties(json("{}"), Map.of())).isTrue();
        assertThat(Documents.hasProperties(null, Map.of())).isFalse();
    }
}
