package org.contractregistry.lineage.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.lineage.event.ObservedField;
import org.junit.jupiter.api.Test;

/** Drift against a Protobuf contract, parsed by the engine: nested messages, enums, maps, repeated and well-known types. */
class ProtobufDriftTest {
    private static final String ORDER_PROTO = """
            syntax = "proto3";
            package shop;
            import "google/protobuf/timestamp.proto";
            import "google/protobuf/wrappers.proto";

            message Order {
              int64 id = 1;
              Customer customer = 2;
              repeated string tags = 3;
              google.protobuf.Timestamp placed_at = 4;
              Status status = 5;
              map<string, string> attributes = 6;
              google.protobuf.StringValue coupon = 7;
              uint32 quantity = 8;
            }
            message Customer {
              string email = 1;
            }
            enum Status {
              STATUS_UNKNOWN = 0;
              STATUS_PLACED = 1;
            }
            """;

    private static List<FieldShape> contract() {
        ParseResult parsed = Contracts.parse(SchemaSource.protobuf(ORDER_PROTO));
        assertThat(parsed).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) parsed).schema().fields();
    }

    @Test
    void aSparkTableWrittenFromTheProtobufContractHasNoDrift() {
        List<ObservedField> spark = List.of(
                new ObservedField("id", "long"), new ObservedField("customer", "struct"),
                new ObservedField("customer.email", "string"), new ObservedField("tags", "array<string>"),
                new ObservedField("placed_at", "timestamp"), new ObservedField("status", "string"),
                new ObservedField("attributes", "map<string,string>"), new ObservedField("coupon", "string"),
                new ObservedField("quantity", "int"));
        assertThat(DriftChecker.compare(contract(), spark)).isEmpty();
    }

    @Test
    void driftFromTheProtobufContractIsReportedByFieldPath() {
        List<ObservedField> observed = List.of(
                new ObservedField("id", "string"), new ObservedField("customer", "struct"),
                new ObservedField("tags", "array<string>"), new ObservedField("placed_at", "date"),
                new ObservedField("status", "string"), new ObservedField("attributes", "map<string,string>"),
                new ObservedField("coupon", "string"), new ObservedField("quantity", "int"),
                new ObservedField("channel", "string"));
        assertThat(DriftChecker.compare(contract(), observed)).containsExactly(
                new DriftFinding(DriftKind.EXTRA_FIELD, "channel", "", "string"),
                new DriftFinding(DriftKind.MISSING_FIELD, "customer.email", "string", ""),
                new DriftFinding(DriftKind.TYPE_MISMATCH, "id", "long", "string"),
                new DriftFinding(DriftKind.TYPE_MISMATCH, "placed_at", "timestamp-millis", "date"));
    }
}
