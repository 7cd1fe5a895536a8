package org.contractregistry.contracts.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.Direction;
import org.contractregistry.contracts.compatibility.Finding;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.contractregistry.contracts.compatibility.ProtobufStrictness;
import org.contractregistry.contracts.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;

/** What a person reads: rule, category, path, line, sentence and fix hint; and the catalogue as data. */
class ProtobufFindingsTest {
    private static final String OLD = """
            syntax = "proto3";
            package acme;
            message User {
              string id = 1;
              int64 amount = 3;
              string email = 4;
            }
            """;
    private static final String NEW = """
            syntax = "proto3";
            package acme;

            message User {
              string id = 1;
              string amount = 3;
            }
            """;

    private static ContractSchema parse(String text) {
        return Contracts.parse(SchemaSource.protobuf(text)).orThrow();
    }

    @Test
    void deletedFieldNamesNumberPathAndTheReservationToAdd() {
        List<Finding> findings = new ProtobufFormat().judge(parse(OLD), parse(NEW), Direction.BACKWARD,
                CheckOptions.DEFAULT);
        Finding deleted = findings.stream().filter(f -> f.ruleId().equals("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"))
                .findFirst().orElseThrow();
        assertThat(deleted.category()).isEqualTo("WIRE");
        assertThat(deleted.path()).isEqualTo("acme.User.email");
        assertThat(deleted.message()).isEqualTo(
                "Field 4 `email` was deleted from `acme.User` without reserving its number.");
        assertThat(deleted.fixHint()).isEqualTo("reserve field number 4 and name `email`");
        assertThat(deleted.line()).as("the message's line in the new schema").isEqualTo(4);

        Finding retyped = findings.stream().filter(f -> f.ruleId().equals("FIELD_WIRE_COMPATIBLE_TYPE"))
                .findFirst().orElseThrow();
        assertThat(retyped.path()).isEqualTo("acme.User.amount");
        assertThat(retyped.line()).isEqualTo(6);
        assertThat(retyped.fixHint()).isEqualTo("keep the type int64 or add a new field");
        assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", "FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
                "FIELD_WIRE_COMPATIBLE_TYPE");
        assertThat(findings.stream().filter(f -> f.ruleId().equals("FIELD_NO_DELETE_UNLESS_NAME_RESERVED")))
                .extracting(Finding::category).containsOnly("WIRE_JSON");
    }

    @Test
    void transitiveCheckReportsEachBrokenVersion() {
        ContractSchema v1 = parse(OLD);
        ContractSchema v2 = parse(OLD.replace("string email = 4;", "string email = 4;\n  bool vip = 5;"));
        var result = CompatibilityChecker.check(parse(NEW), List.of(new PriorVersion(1, v1), new PriorVersion(2, v2)),
                CompatibilityLevel.BACKWARD_TRANSITIVE, new CheckOptions(ProtobufStrictness.WIRE));
        assertThat(result.findings()).extracting(Finding::againstVersion).contains(1, 2);
        assertThat(result.messages()).anyMatch(m -> m.contains("`vip`") && m.contains("old version 2"));
    }

    @Test
    void confluentModeWordsTheSwappedForwardDiff() {
        String withAddress = OLD + "message Address {\n  string city = 1;\n}\n";
        List<Finding> findings = new ProtobufFormat().judge(parse(withAddress), parse(OLD), Direction.FORWARD,
                new CheckOptions(ProtobufStrictness.CONFLUENT));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MESSAGE_REMOVED");
            assertThat(f.category()).isEqualTo("CONFLUENT");
            assertThat(f.path()).isEqualTo("#/Address");
            assertThat(f.message()).isEqualTo(
                    "Message `acme.Address` is in the new schema but not in the old schema.");
            assertThat(f.line()).as("line of Address in the new schema").isEqualTo(8);
        });
    }

    @Test
    void everyRuleIsDeclaredAsData() {
        List<RuleDescriptor> rules = Contracts.format(SchemaType.PROTOBUF).rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(39);
        assertThat(rules).extracting(RuleDescriptor::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Z][A-Z0-9_]+"));
        for (RuleDescriptor rule : rules) {
            assertThat(rule.format()).isEqualTo("PROTOBUF");
            assertThat(rule.purpose()).as(rule.id()).isNotBlank().endsWith(".");
            assertThat(rule.example()).as(rule.id()).isNotBlank();
            assertThat(Set.of("WIRE", "WIRE_JSON", "CONFLUENT")).as(rule.id()).containsAll(rule.categories());
        }
        assertThat(ProtoRules.forMode(ProtobufStrictness.WIRE_JSON)).containsAll(
                ProtoRules.forMode(ProtobufStrictness.WIRE));
        assertThat(ProtoRules.forMode(ProtobufStrictness.CONFLUENT)).extracting(r -> r.id()).containsExactlyInAnyOrder(
                "PACKAGE_CHANGED", "MESSAGE_REMOVED", "FIELD_KIND_CHANGED", "FIELD_SCALAR_KIND_CHANGED",
                "FIELD_NAMED_TYPE_CHANGED", "FIELD_NUMERIC_LABEL_CHANGED", "REQUIRED_FIELD_ADDED",
                "REQUIRED_FIELD_REMOVED", "ONEOF_FIELD_REMOVED", "MULTIPLE_FIELDS_MOVED_TO_ONEOF",
                "FIELD_MOVED_TO_EXISTING_ONEOF");
    }
}
