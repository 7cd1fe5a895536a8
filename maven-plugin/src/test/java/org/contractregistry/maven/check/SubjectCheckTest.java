package org.contractregistry.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.maven.baseline.DirBaseline;
import org.contractregistry.maven.baseline.LevelPolicy;
import org.contractregistry.maven.subject.RemoteSchemas;
import org.contractregistry.maven.subject.SourceAssembler;
import org.contractregistry.maven.subject.SpecText;
import org.contractregistry.maven.subject.SubjectSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check service with the real contracts engine: files in, located findings out. */
class SubjectCheckTest {
    private static final String V1 = """
            {"type":"record","name":"Order","namespace":"acme","fields":[{"name":"id","type":"string"}]}""";
    private static final String V2 = """
            {"type":"record","name":"Order","namespace":"acme","fields":[{"name":"id","type":"string"},
             {"name":"email","type":"string","default":"unknown"}]}""";
    private static final String CANDIDATE = """
            {
              "type": "record", "name": "Order", "namespace": "acme",
              "fields": [
                {"name": "id", "type": "string"},
                {"name": "email", "type": "string"}
              ]
            }""";

    @TempDir
    Path project;

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private SubjectOutcome check(SubjectSpec spec, CompatibilityLevel level) throws Exception {
        LevelPolicy levels = new LevelPolicy(Map.of(), level);
        DirBaseline baseline = new DirBaseline(project.resolve("history"), project, List.of(spec), levels);
        SourceAssembler tree = new SourceAssembler(List.of(spec), SpecText.WORKING_TREE, RemoteSchemas.NONE);
        return new SubjectCheck(tree, baseline, CheckOptions.DEFAULT, project).check(spec);
    }

    @Test
    void aTransitiveLevelReportsTheOldVersionThatBreaksAndOnlyThatOne() throws Exception {
        write("history/orders-value/v1.avsc", V1);
        write("history/orders-value/v2.avsc", V2);
        SubjectSpec spec = SubjectSpec.of("orders-value", write("src/main/avro/orders.avsc", CANDIDATE), SchemaType.AVRO);

        SubjectOutcome outcome = check(spec, CompatibilityLevel.BACKWARD_TRANSITIVE);

        assertThat(outcome.status()).isEqualTo(Status.INCOMPATIBLE);
        assertThat(outcome.compared()).containsExactly("orders-value/v1.avsc", "orders-value/v2.avsc");
        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.finding().ruleId()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
            assertThat(f.versionLabel()).isEqualTo("orders-value/v1.avsc");
            assertThat(f.file()).isEqualTo("src/main/avro/orders.avsc");
            assertThat(f.finding().fixHint()).isNotBlank();
        });
    }

    @Test
    void aProblemThatBreaksSeveralOldVersionsIsReportedOnceWithAllOfThem() throws Exception {
        write("history/orders-value/v1.avsc", V1);
        write("history/orders-value/v2.avsc", V1.replace("\"string\"}]", "\"string\"},{\"name\":\"n\",\"type\":\"int\",\"default\":0}]"));
        SubjectSpec spec = SubjectSpec.of("orders-value", write("src/main/avro/orders.avsc", CANDIDATE), SchemaType.AVRO);

        SubjectOutcome outcome = check(spec, CompatibilityLevel.BACKWARD_TRANSITIVE);

        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.finding().ruleId()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
            assertThat(f.versionLabels()).containsExactly("orders-value/v1.avsc", "orders-value/v2.avsc");
            assertThat(f.versionLabel()).isEqualTo("orders-value/v1.avsc, orders-value/v2.avsc");
        });
    }

    @Test
    void theSameChangeUnderANonTransitiveLevelIsCompatible() throws Exception {
        write("history/orders-value/v1.avsc", V1);
        write("history/orders-value/v2.avsc", V2);
        SubjectSpec spec = SubjectSpec.of("orders-value", write("src/main/avro/orders.avsc", CANDIDATE), SchemaType.AVRO);

        SubjectOutcome outcome = check(spec, CompatibilityLevel.BACKWARD);

        assertThat(outcome.status()).isEqualTo(Status.COMPATIBLE);
        assertThat(outcome.compared()).containsExactly("orders-value/v2.avsc");
    }

    @Test
    void noHistoryIsNewWithANote() throws Exception {
        Files.createDirectories(project.resolve("history"));
        SubjectSpec spec = SubjectSpec.of("orders-value", write("src/main/avro/orders.avsc", CANDIDATE), SchemaType.AVRO);
        SubjectOutcome outcome = check(spec, CompatibilityLevel.BACKWARD);
        assertThat(outcome.status()).isEqualTo(Status.NEW);
        assertThat(outcome.notes()).singleElement().asString().contains("nothing to break");
    }

    @Test
    void anUnparsableSchemaIsInvalidWithTheParsersMessage() throws Exception {
        Files.createDirectories(project.resolve("history"));
        SubjectSpec spec = SubjectSpec.of("orders-value", write("src/main/avro/orders.avsc", "{\"type\": \"recor"),
                SchemaType.AVRO);
        SubjectOutcome outcome = check(spec, CompatibilityLevel.BACKWARD);
        assertThat(outcome.status()).isEqualTo(Status.INVALID);
        assertThat(outcome.notes()).singleElement().asString().startsWith("does not parse");
    }

    @Test
    void aProtobufBreakCarriesTheLineInTheNewFile() throws Exception {
        write("history/payments.proto", "syntax = \"proto3\";\npackage acme;\nmessage Payment {\n  int64 amount = 1;\n}\n");
        SubjectSpec spec = SubjectSpec.of("payments-value", write("src/main/proto/payments.proto",
                "syntax = \"proto3\";\npackage acme;\n\nmessage Payment {\n  string amount = 1;\n}\n"),
                SchemaType.PROTOBUF);

        SubjectOutcome outcome = check(spec, CompatibilityLevel.BACKWARD);

        assertThat(outcome.findings()).isNotEmpty();
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.location())
                .isEqualTo("src/main/proto/payments.proto:5"));
        assertThat(outcome.consumers()).isEqualTo(Optional.empty());
    }

    @Test
    void aJsonSchemaIsCheckedAgainstItsHistoryWithConfluentsDifferenceNames() throws Exception {
        write("history/customers-value/v1.json", "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}");
        SubjectSpec spec = SubjectSpec.of("customers-value", write("src/main/json/customers.json",
                "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"maxLength\":4}}}"),
                SchemaType.JSON);

        SubjectOutcome outcome = check(spec, CompatibilityLevel.BACKWARD);

        assertThat(outcome.status()).isEqualTo(Status.INCOMPATIBLE);
        assertThat(outcome.findings()).extracting(f -> f.finding().ruleId()).containsExactly("MAX_LENGTH_ADDED");
    }
}
