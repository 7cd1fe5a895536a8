package org.contractregistry.maven.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.contractregistry.contracts.SchemaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionDiscoveryTest {
    @TempDir
    Path project;

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void findsAvroAndProtoFilesRecursivelyAndNamesThemByTopic() throws IOException {
        write("src/main/avro/orders.avsc", "{}");
        write("src/main/avro/nested/customers-key.avsc", "{}");
        write("src/main/proto/acme/payments.proto", "syntax = \"proto3\";");
        write("src/main/avro/readme.txt", "not a schema");

        var found = discovery(SubjectNaming.TOPIC_NAME).discover();

        assertThat(found.problems()).isEmpty();
        assertThat(found.specs()).extracting(SubjectSpec::subject, SubjectSpec::type, SubjectSpec::referenceOnly)
                .containsExactlyInAnyOrder(
                        tuple("customers-key", SchemaType.AVRO, false),
                        tuple("orders-value", SchemaType.AVRO, false),
                        tuple("payments-value", SchemaType.PROTOBUF, false));
    }

    @Test
    void anImportedProtoIsAReferenceUnderItsImportPath() throws IOException {
        write("src/main/proto/acme/money.proto", "syntax = \"proto3\";\npackage acme;\nmessage Money {}\n");
        write("src/main/proto/orders.proto",
                "syntax = \"proto3\";\nimport \"acme/money.proto\";\nimport \"google/protobuf/timestamp.proto\";\n");

        var found = discovery(SubjectNaming.TOPIC_NAME).discover();

        assertThat(found.specs()).extracting(SubjectSpec::subject, SubjectSpec::referenceOnly)
                .containsExactly(tuple("acme/money.proto", true), tuple("orders-value", false));
        SubjectSpec orders = found.specs().get(1);
        assertThat(orders.references()).extracting(Reference::getName, Reference::getSubject)
                .containsExactly(tuple("acme/money.proto", "acme/money.proto"));
    }

    @Test
    void jsonSchemasAreFoundAndARefByRelativePathIsAReference() throws IOException {
        write("src/main/json/common/money.json", "{\"type\":\"object\",\"properties\":{\"cents\":{\"type\":\"integer\"}}}");
        write("src/main/json/invoices.json", "{\"title\":\"acme.Invoice\",\"type\":\"object\",\"properties\":{"
                + "\"total\":{\"$ref\":\"common/money.json\"},\"tax\":{\"$ref\":\"common/money.json#/properties/cents\"},"
                + "\"self\":{\"$ref\":\"#\"}}}");

        var found = discovery(SubjectNaming.TOPIC_NAME).discover();

        assertThat(found.problems()).isEmpty();
        assertThat(found.specs()).extracting(SubjectSpec::subject, SubjectSpec::type, SubjectSpec::referenceOnly)
                .containsExactly(tuple("common/money.json", SchemaType.JSON, true),
                        tuple("invoices-value", SchemaType.JSON, false));
        assertThat(found.specs().get(1).references()).extracting(Reference::getName, Reference::getSubject)
                .containsExactly(tuple("common/money.json", "common/money.json"));
        assertThat(discovery(SubjectNaming.RECORD_NAME).discover().specs()).extracting(SubjectSpec::subject)
                .contains("acme.Invoice");
    }

    @Test
    void twoFilesWithTheSameSubjectAreAProblemNamingBoth() throws IOException {
        write("src/main/avro/a/orders.avsc", "{}");
        Path second = write("src/main/avro/b/orders.avsc", "{}");

        var found = discovery(SubjectNaming.TOPIC_NAME).discover();

        assertThat(found.specs()).hasSize(1);
        assertThat(found.problems()).singleElement().asString()
                .contains(second.toString()).contains("orders-value").contains("already taken");
    }

    @Test
    void missingFoldersFindNothing() throws IOException {
        assertThat(discovery(SubjectNaming.TOPIC_NAME).discover().specs()).isEmpty();
    }

    @Test
    void importsAreReadFromProtoText() {
        assertThat(ConventionDiscovery.imports(
                "import \"a.proto\";\n  import public \"b/c.proto\" ;\n// import \"no.proto\";\nimport weak \"d.proto\";"))
                .containsExactly("a.proto", "b/c.proto", "d.proto");
    }

    private ConventionDiscovery discovery(SubjectNaming naming) {
        return new ConventionDiscovery(project.resolve("src/main/avro"), project.resolve("src/main/proto"),
                project.resolve("src/main/json"), naming);
    }
}
