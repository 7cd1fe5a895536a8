package org.contractregistry.contracts.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.junit.jupiter.api.Test;

/** How findings read: rule id, readable path, a sentence naming the field and the direction, and a fix hint. */
class AvroFindingsTest {
    private static final AvroFormat AVRO = new AvroFormat();

    private static ContractSchema avro(String text) {
        return Contracts.parse(SchemaSource.avro(text)).orThrow();
    }

    private static List<Finding> backward(String oldText, String newText) {
        return AVRO.judge(avro(oldText), avro(newText), Direction.BACKWARD, CheckOptions.DEFAULT);
    }

    private static List<Finding> forward(String oldText, String newText) {
        return AVRO.judge(avro(newText), avro(oldText), Direction.FORWARD, CheckOptions.DEFAULT);
    }

    private static final String ORDER_V1 = """
            {"type":"record","name":"Order","namespace":"acme","fields":[
              {"name":"id","type":"string"},
              {"name":"customer","type":{"type":"record","name":"Customer","fields":[
                {"name":"name","type":"string"}]}}]}""";

    private static final String ORDER_V2 = """
            {"type":"record","name":"Order","namespace":"acme","fields":[
              {"name":"id","type":"string"},
              {"name":"customer","type":{"type":"record","name":"Customer","fields":[
                {"name":"name","type":"string"},
                {"name":"email","type":"string"}]}}]}""";

    @Test
    void missingDefaultNamesTheNestedFieldItsPathAndTheFix() {
        List<Finding> findings = backward(ORDER_V1, ORDER_V2);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
            assertThat(f.category()).isEqualTo("AVRO");
            assertThat(f.path()).isEqualTo("/fields/customer/fields/email");
            assertThat(f.message()).contains("`customer.email`").contains("new schema").contains("old data");
            assertThat(f.fixHint()).isEqualTo("give `email` a default");
            assertThat(f.direction()).isEqualTo(Direction.BACKWARD);
            assertThat(f.line()).as("line of `email` in the new text").isEqualTo(5);
        });
    }

    @Test
    void forwardWordingSaysOldReadersCannotReadNewData() {
        List<Finding> findings = forward(ORDER_V2, ORDER_V1);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
            assertThat(f.message()).contains("`customer.email`").contains("old readers");
            assertThat(f.fixHint()).contains("keep field `email`");
        });
    }

    @Test
    void renameWithoutAliasSuggestsTheAlias() {
        List<Finding> findings = backward(
                "{\"type\":\"record\",\"name\":\"U\",\"fields\":[{\"name\":\"old_name\",\"type\":\"string\"}]}",
                "{\"type\":\"record\",\"name\":\"U\",\"fields\":[{\"name\":\"new_name\",\"type\":\"string\"}]}");

        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.fixHint()).contains("add alias `old_name` to field `new_name`"));
    }

    @Test
    void typeMismatchUsesFieldNamesAndSuggestsPromotions() {
        List<Finding> findings = backward(
                "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"n\",\"type\":\"long\"}]}",
                "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TYPE_MISMATCH");
            assertThat(f.path()).isEqualTo("/fields/n/type");
            assertThat(f.message()).isEqualTo("Field `n` changed from long to int: the new schema cannot read old long values as int.");
            assertThat(f.fixHint()).contains("float, double");
        });
    }

    @Test
    void droppingNullFromAUnionSaysTheFieldIsNoLongerNullable() {
        List<Finding> findings = backward(
                "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"email\",\"type\":[\"null\",\"string\"],\"default\":null}]}",
                "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"email\",\"type\":\"string\"}]}");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TYPE_MISMATCH");
            assertThat(f.path()).isEqualTo("/fields/email/null");
            assertThat(f.message()).contains("no longer nullable");
        });
    }

    @Test
    void missingUnionBranchNamesTheBranch() {
        List<Finding> findings = backward(
                "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"id\",\"type\":[\"null\",\"string\",\"long\"]}]}",
                "{\"type\":\"record\",\"name\":\"M\",\"fields\":[{\"name\":\"id\",\"type\":[\"null\",\"string\"]}]}");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MISSING_UNION_BRANCH");
            assertThat(f.path()).isEqualTo("/fields/id/long");
            assertThat(f.message()).contains("`id`").contains("long");
            assertThat(f.fixHint()).isEqualTo("add long back to the union of `id`");
        });
    }

    @Test
    void enumHintNamesTheSymbol() {
        List<Finding> findings = backward(
                "{\"type\":\"enum\",\"name\":\"S\",\"symbols\":[\"A\",\"X\"]}",
                "{\"type\":\"enum\",\"name\":\"S\",\"symbols\":[\"A\"]}");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MISSING_ENUM_SYMBOLS");
            assertThat(f.path()).isEqualTo("/symbols");
            assertThat(f.fixHint()).isEqualTo("add symbol X back or give the enum a default");
        });
    }

    @Test
    void nameMismatchSuggestsTheAlias() {
        List<Finding> findings = backward(
                "{\"type\":\"record\",\"name\":\"a.Customer\",\"fields\":[]}",
                "{\"type\":\"record\",\"name\":\"a.Client\",\"fields\":[]}");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NAME_MISMATCH");
            assertThat(f.path()).isEqualTo("/name");
            assertThat(f.fixHint()).isEqualTo("add alias `a.Customer` to `a.Client`");
        });
    }

    @Test
    void fixedSizeChangeSaysBothSizes() {
        List<Finding> findings = forward(
                "{\"type\":\"record\",\"name\":\"B\",\"fields\":[{\"name\":\"h\",\"type\":{\"type\":\"fixed\",\"name\":\"H\",\"size\":16}}]}",
                "{\"type\":\"record\",\"name\":\"B\",\"fields\":[{\"name\":\"h\",\"type\":{\"type\":\"fixed\",\"name\":\"H\",\"size\":32}}]}");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("FIXED_SIZE_MISMATCH");
            assertThat(f.path()).isEqualTo("/fields/h/size");
            assertThat(f.message()).contains("from 16 to 32").contains("old readers");
        });
    }

    @Test
    void arrayAndMapStepsStayInThePath() {
        List<Finding> findings = backward(
                "{\"type\":\"record\",\"name\":\"C\",\"fields\":[{\"name\":\"lines\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"L\",\"fields\":[{\"name\":\"attrs\",\"type\":{\"type\":\"map\",\"values\":\"double\"}}]}}}]}",
                "{\"type\":\"record\",\"name\":\"C\",\"fields\":[{\"name\":\"lines\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"L\",\"fields\":[{\"name\":\"attrs\",\"type\":{\"type\":\"map\",\"values\":\"float\"}}]}}}]}");

        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.path()).isEqualTo("/fields/lines/items/fields/attrs/values"));
    }

    @Test
    void fieldsAreFlattenedDepthFirst() {
        ContractSchema schema = avro("""
                {"type":"record","name":"Order","fields":[
                  {"name":"id","type":{"type":"string","logicalType":"uuid"}},
                  {"name":"customer","type":["null",{"type":"record","name":"Customer","fields":[
                    {"name":"email","type":["null","string"],"default":null}]}],"default":null},
                  {"name":"lines","type":{"type":"array","items":{"type":"record","name":"Line","fields":[
                    {"name":"qty","type":"int"},{"name":"next","type":["null","Line"]}]}}},
                  {"name":"tags","type":{"type":"map","values":"string"}}]}""");

        assertThat(schema.fields()).containsExactly(
                new FieldShape("id", "uuid", false, false),
                new FieldShape("customer", "record", true, false),
                new FieldShape("customer.email", "string", true, false),
                new FieldShape("lines", "record", false, true),
                new FieldShape("lines.qty", "int", false, false),
                new FieldShape("lines.next", "record", true, false),
                new FieldShape("tags", "map", false, false));
        assertThat(schema.recordName()).contains("Order");
    }

    @Test
    void referencesAreParsedDependencyFirstIntoOneParser() {
        ResolvedReference address = new ResolvedReference("acme.Address", "address", 1, SchemaType.AVRO,
                "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}");
        ResolvedReference customer = new ResolvedReference("acme.Customer", "customer", 4, SchemaType.AVRO,
                "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"home\",\"type\":\"Address\"}]}");
        String order = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"c\",\"type\":\"Customer\"}]}";

        var parsed = Contracts.parse(new SchemaSource(SchemaType.AVRO, order, List.of(address, customer)));
        var otherVersion = Contracts.parse(new SchemaSource(SchemaType.AVRO, order,
                List.of(address, new ResolvedReference("acme.Customer", "customer", 5, SchemaType.AVRO, customer.text()))));
        var wrongOrder = Contracts.parse(new SchemaSource(SchemaType.AVRO, order, List.of(customer, address)));

        assertThat(parsed.orThrow().canonicalText()).isEqualTo(order);
        assertThat(parsed.orThrow().fields()).extracting(FieldShape::path).containsExactly("c", "c.home", "c.home.city");
        assertThat(otherVersion.orThrow().fingerprint()).isNotEqualTo(parsed.orThrow().fingerprint());
        assertThat(otherVersion.orThrow().canonicalText()).isEqualTo(parsed.orThrow().canonicalText());
        assertThat(wrongOrder.isValid()).isFalse();
    }

    @Test
    void aFieldMatchingTwoWriterFieldsIsAFindingNotAnException() {
        List<Finding> findings = backward(
                "{\"type\":\"record\",\"name\":\"U\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"string\"}]}",
                "{\"type\":\"record\",\"name\":\"U\",\"fields\":[{\"name\":\"b\",\"type\":\"string\",\"aliases\":[\"a\"]}]}");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("AMBIGUOUS_FIELD_MATCH");
            assertThat(f.message()).contains("new schema");
        });
    }

    @Test
    void rulesAreDataWithOneDescriptorPerAvroIncompatibility() {
        List<String> ids = new java.util.ArrayList<>(java.util.Arrays.stream(
                org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType.values()).map(Enum::name).toList());
        ids.add("AMBIGUOUS_FIELD_MATCH");
        assertThat(AVRO.rules()).extracting(r -> r.id()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(AVRO.rules()).allSatisfy(r -> {
            assertThat(r.format()).isEqualTo("AVRO");
            assertThat(r.categories()).containsExactly("AVRO");
            assertThat(r.purpose()).isNotBlank();
            assertThat(r.example()).isNotBlank();
        });
    }

    @Test
    void aRenameHintIsOfferedOnlyWhenOneDroppedFieldMatchesOneAddedField() {
        String v1 = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"customer_id\",\"type\":\"string\"}]}";
        String twoNew = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"channel\",\"type\":\"string\"},"
                + "{\"name\":\"client\",\"type\":\"string\"}]}";
        assertThat(backward(v1, twoNew)).hasSize(2).allSatisfy(f -> assertThat(f.fixHint()).doesNotContain("alias")
                .startsWith("give `"));

        String twoOld = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
                + "{\"name\":\"b\",\"type\":\"string\"}]}";
        String oneNew = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"c\",\"type\":\"string\"}]}";
        assertThat(backward(twoOld, oneNew)).singleElement().satisfies(f -> assertThat(f.fixHint())
                .isEqualTo("give `c` a default"));

        String renamed = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"client_id\",\"type\":\"string\"}]}";
        assertThat(backward(v1, renamed)).singleElement().satisfies(f -> assertThat(f.fixHint())
                .startsWith("add alias `customer_id` to field `client_id`"));
    }
}
