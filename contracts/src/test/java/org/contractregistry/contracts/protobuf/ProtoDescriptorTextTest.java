package org.contractregistry.contracts.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileOptions;
import java.util.Base64;
import java.util.List;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProtoDescriptorTextTest {
    private static final String CUSTOMER = """
            syntax = "proto3";
            package acme;
            message Customer { string email = 1; }
            """;
    private static final ResolvedReference CUSTOMER_REF =
            new ResolvedReference("acme/customer.proto", "customer", 1, SchemaType.PROTOBUF, CUSTOMER);

    private static ProtobufSchema parse(String text, ResolvedReference... references) {
        return (ProtobufSchema) Contracts.parse(new SchemaSource(SchemaType.PROTOBUF, text, List.of(references)))
                .orThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        """
        syntax = "proto3";
        package acme;
        import "google/protobuf/timestamp.proto";
        import "acme/customer.proto";
        message Order {
          string id = 1;
          repeated Line lines = 2;
          google.protobuf.Timestamp placed_at = 3;
          Customer customer = 4;
          map<string, int64> totals = 5;
          map<int32, Line> by_number = 9;
          optional int32 priority = 6;
          string odd_name = 10 [json_name = "weird"];
          oneof payment { string card = 7; bytes token = 8; }
          reserved 11, 12 to 14, 100 to max;
          reserved "gone", "old";
          message Line { int64 quantity = 1; Status status = 2; repeated double prices = 3 [packed = true]; }
        }
        enum Status { option allow_alias = true; STATUS_UNKNOWN = 0; SHIPPED = 1; SENT = 1; }
        service Orders {
          rpc Place (Order) returns (Order);
          rpc Watch (stream Order) returns (stream Order.Line);
        }
        """,
        """
        syntax = "proto2";
        package legacy.v1;
        message Thing {
          required string id = 1;
          optional int32 count = 2 [default = 7];
          optional string label = 3 [default = "a \\"b\\""];
          repeated Kind kinds = 4;
          optional Kind kind = 5 [default = BIG];
          optional Thing parent = 6;
          message Deep { message Deeper { optional bool ok = 1; } optional Deeper deeper = 1; }
          enum Kind { SMALL = 1; BIG = 2; }
        }
        """,
        """
        syntax = "proto3";
        import "google/protobuf/any.proto";
        import "google/protobuf/wrappers.proto";
        message Envelope {
          google.protobuf.Any payload = 1;
          google.protobuf.StringValue note = 2;
          map<string, Envelope> children = 5;
          oneof kind { Envelope inner = 3; int64 number = 4; }
        }
        """})
    void descriptorRoundTripKeepsTheNormalizedFile(String text) {
        ResolvedReference[] references = text.contains("customer.proto")
                ? new ResolvedReference[] {CUSTOMER_REF} : new ResolvedReference[0];
        ProtobufSchema original = parse(text, references);
        String serialized = original.serializedDescriptor();

        ProtobufSchema fromDescriptor = parse(serialized, references);

        assertThat(fromDescriptor.normalizedText()).isEqualTo(original.normalizedText());
        assertThat(fromDescriptor.model().messages().keySet()).isEqualTo(original.model().messages().keySet());
        assertThat(fromDescriptor.serializedDescriptor()).isEqualTo(serialized);
        FileDescriptorProto decoded = ProtoDescriptorText.decode(serialized).orElseThrow();
        assertThat(decoded.getMessageTypeList()).allSatisfy(message -> assertThat(message.getFieldList())
                .allSatisfy(field -> assertThat(field.hasType()).as(field.getName() + " has a type").isTrue()));
    }

    @Test
    void theConverterWritesProtocFeaturesTheEngineDoesNotEmit() {
        ProtobufSchema original = parse("""
                syntax = "proto3";
                package acme;
                option java_package = "com.acme";
                message A { string first_name = 1 [json_name = "given"]; reserved 3 to 5; reserved "x"; }
                """);
        FileDescriptorProto proto = original.fileDescriptor().toProto().toBuilder()
                .setOptions(FileOptions.newBuilder().setJavaPackage("com.acme")).build();
        String text = ProtoDescriptorText.toText(proto);

        assertThat(text).contains("package acme;", "option java_package = \"com.acme\";",
                "string first_name = 1 [json_name = \"given\"];");
        assertThat(parse(text).normalizedText()).isEqualTo(original.normalizedText());
        assertThat(parse(Base64.getEncoder().encodeToString(proto.toByteArray())).recordName())
                .contains("acme.A");
    }

    @Test
    void protoTextAndTinyBase64LookingInputAreNotDescriptors() {
        assertThat(ProtoDescriptorText.decode(CUSTOMER)).isEmpty();
        assertThat(ProtoDescriptorText.decode("")).isEmpty();
        assertThat(ProtoDescriptorText.decode("abcd")).isEmpty();
        assertThat(ProtoDescriptorText.decode("message")).isEmpty();
        ParseResult result = Contracts.parse(new SchemaSource(SchemaType.PROTOBUF, "abcd", List.of()));
        assertThat(result).isInstanceOf(ParseResult.Invalid.class);
    }
}
