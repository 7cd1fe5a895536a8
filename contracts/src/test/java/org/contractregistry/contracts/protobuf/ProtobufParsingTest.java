package org.contractregistry.contracts.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.List;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaProblem;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.junit.jupiter.api.Test;

class ProtobufParsingTest {
    private static final String ORDER = """
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
              optional int32 priority = 6;
              oneof payment { string card = 7; bytes token = 8; }
              message Line { int64 quantity = 1; Status status = 2; }
            }
            enum Status { STATUS_UNKNOWN = 0; SHIPPED = 1; }
            """;
    private static final String CUSTOMER = """
            syntax = "proto3";
            package acme;
            message Customer { string email = 1; }
            """;

    private static ProtobufSchema parse(String text, ResolvedReference... references) {
        return (ProtobufSchema) Contracts.parse(new SchemaSource(SchemaType.PROTOBUF, text, List.of(references)))
                .orThrow();
    }

    private static SchemaProblem problem(String text, ResolvedReference... references) {
        ParseResult result = Contracts.parse(new SchemaSource(SchemaType.PROTOBUF, text, List.of(references)));
        assertThat(result).isInstanceOf(ParseResult.Invalid.class);
        return ((ParseResult.Invalid) result).problem();
    }

    private static ResolvedReference customer() {
        return new ResolvedReference("acme/customer.proto", "customer-value", 1, SchemaType.PROTOBUF, CUSTOMER);
    }

    @Test
    void parsesImportsAndWellKnownTypes() {
        ProtobufSchema schema = parse(ORDER, customer());
        assertThat(schema.recordName()).contains("acme.Order");
        assertThat(schema.model().mainMessages()).containsExactly("Order", "Order.Line");
        assertThat(schema.model().messages()).containsKey("acme.Customer");
    }

    @Test
    void wellKnownTypesOutsideWireAreAvailableToo() {
        ProtobufSchema schema = parse("""
                syntax = "proto3";
                import "google/protobuf/type.proto";
                import "google/protobuf/struct.proto";
                message M { google.protobuf.Type t = 1; google.protobuf.Struct s = 2; }
                """);
        assertThat(schema.fileDescriptor().findMessageTypeByName("M").getFields()).hasSize(2);
    }

    @Test
    void flattensFieldsIntoNeutralShapes() {
        List<FieldShape> fields = parse(ORDER, customer()).fields();
        assertThat(fields).contains(
                new FieldShape("id", "string", false, false),
                new FieldShape("lines", "record", false, true),
                new FieldShape("lines.quantity", "long", false, false),
                new FieldShape("lines.status", "enum", false, false),
                new FieldShape("placed_at", "timestamp-millis", true, false),
                new FieldShape("customer.email", "string", false, false),
                new FieldShape("totals", "map", false, false),
                new FieldShape("priority", "int", true, false),
                new FieldShape("card", "string", true, false),
                new FieldShape("token", "bytes", true, false));
    }

    @Test
    void canonicalTextIgnoresFormattingAndFingerprintCoversReferences() {
        ProtobufSchema compact = parse("syntax=\"proto3\";package p;message A{int32 x=1;}");
        ProtobufSchema spaced = parse("syntax = \"proto3\";\n\npackage p;\n\nmessage A {\n    int32   x = 1;\n}\n");
        assertThat(compact.canonicalText()).isEqualTo(spaced.canonicalText());
        assertThat(compact.fingerprint()).isEqualTo(spaced.fingerprint()).hasSize(64);

        ResolvedReference v2 = new ResolvedReference("acme/customer.proto", "customer-value", 2, SchemaType.PROTOBUF,
                CUSTOMER);
        assertThat(parse(ORDER, customer()).fingerprint()).isNotEqualTo(parse(ORDER, v2).fingerprint());
    }

    @Test
    void normalizedTextSortsImportsAndOptionsAndQualifiesTypes() {
        ProtobufSchema one = parse("""
                syntax = "proto3";
                package acme;
                import "google/protobuf/timestamp.proto";
                import "acme/customer.proto";
                option java_package = "com.acme";
                option java_multiple_files = true;
                message Order { Customer customer = 1; google.protobuf.Timestamp at = 2; }
                """, customer());
        ProtobufSchema two = parse("""
                syntax = "proto3";
                package acme;
                import "acme/customer.proto";
                import "google/protobuf/timestamp.proto";
                option java_multiple_files = true;
                option java_package = "com.acme";
                message Order { acme.Customer customer = 1; .google.protobuf.Timestamp at = 2; }
                """, customer());
        assertThat(one.canonicalText()).isNotEqualTo(two.canonicalText());
        assertThat(one.normalizedText()).isEqualTo(two.normalizedText()).contains(".acme.Customer customer = 1;");
        assertThat(one.normalizedFingerprint()).isEqualTo(two.normalizedFingerprint());
    }

    @Test
    void buildsProtobufJavaDescriptorsWithImportsMapsAndOneofs() {
        FileDescriptor file = parse(ORDER, customer()).fileDescriptor();
        Descriptor order = file.findMessageTypeByName("Order");
        assertThat(file.getDependencies()).extracting(FileDescriptor::getName)
                .containsExactly("google/protobuf/timestamp.proto", "acme/customer.proto");
        assertThat(order.findFieldByName("totals").isMapField()).isTrue();
        assertThat(order.findFieldByName("customer").getMessageType().getFullName()).isEqualTo("acme.Customer");
        assertThat(order.findFieldByName("placed_at").getMessageType())
                .isSameAs(com.google.protobuf.Timestamp.getDescriptor());
        assertThat(order.findFieldByName("priority").hasPresence()).isTrue();
        assertThat(order.findFieldByName("card").getRealContainingOneof().getName()).isEqualTo("payment");
        FieldDescriptor status = order.findNestedTypeByName("Line").findFieldByName("status");
        assertThat(status.getEnumType().getFullName()).isEqualTo("acme.Status");
    }

    @Test
    void syntaxErrorIsAProblemWithPosition() {
        SchemaProblem problem = problem("syntax = \"proto3\";\nmessage A {\n  int32 x = ;\n}\n");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).contains("Invalid Protobuf schema");
        assertThat(problem.message()).as("the sender's text has no file name; ours is not shown")
                .doesNotContain("schema.proto");
    }

    @Test
    void unresolvedTypeIsAProblemWithPosition() {
        SchemaProblem problem = problem("syntax = \"proto3\";\nmessage A {\n  Missing x = 1;\n}\n");
        assertThat(problem.message()).contains("Missing").doesNotContain("schema.proto");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void missingImportIsAProblemNamingTheFile() {
        SchemaProblem problem = problem("syntax = \"proto3\";\nimport \"acme/customer.proto\";\nmessage A {}\n");
        assertThat(problem.message()).contains("acme/customer.proto");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void duplicateFieldNumberIsAProblem() {
        SchemaProblem problem = problem("syntax = \"proto3\";\nmessage A {\n  int32 x = 1;\n  int32 y = 1;\n}\n");
        assertThat(problem.message()).contains("1");
        assertThat(problem.line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void transitiveImportsResolveByName() {
        ResolvedReference base = new ResolvedReference("base.proto", "base", 1, SchemaType.PROTOBUF,
                "syntax = \"proto3\"; package b; message Base { int32 id = 1; }");
        ResolvedReference middle = new ResolvedReference("middle.proto", "middle", 1, SchemaType.PROTOBUF,
                "syntax = \"proto3\"; package m; import \"base.proto\"; message Mid { b.Base base = 1; }");
        ProtobufSchema schema = parse("syntax = \"proto3\"; import \"middle.proto\"; message Top { m.Mid mid = 1; }",
                base, middle);
        assertThat(schema.fields()).contains(new FieldShape("mid.base.id", "int", false, false));
        assertThat(schema.fileDescriptor().findMessageTypeByName("Top").getFields()).hasSize(1);
    }
}
