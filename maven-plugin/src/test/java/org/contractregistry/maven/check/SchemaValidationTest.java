package org.contractregistry.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.maven.subject.Reference;
import org.contractregistry.maven.subject.SubjectSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaValidationTest {
    @TempDir
    Path project;

    @Test
    void reportsEachBrokenSchemaWithItsRelativeFileAndKeepsGoing() throws Exception {
        Files.createDirectories(project.resolve("src/main/avro"));
        Path good = Files.writeString(project.resolve("src/main/avro/good.avsc"), "{\"type\":\"string\"}");
        Path bad = Files.writeString(project.resolve("src/main/avro/bad.avsc"), "{\"type\": \"record\", \"name\": ");
        Path dangling = Files.writeString(project.resolve("src/main/avro/dangling.avsc"), "{\"type\":\"string\"}");
        List<SubjectSpec> specs = List.of(
                SubjectSpec.of("good-value", good, SchemaType.AVRO),
                SubjectSpec.of("bad-value", bad, SchemaType.AVRO),
                new SubjectSpec("dangling-value", dangling, SchemaType.AVRO,
                        List.of(new Reference("acme.Customer", "customers-value", null)), false));

        List<SchemaValidation.Problem> problems = SchemaValidation.validate(specs, project);

        assertThat(problems).extracting(SchemaValidation.Problem::subject)
                .containsExactly("bad-value", "dangling-value");
        assertThat(problems.get(0).describe()).startsWith("src/main/avro/bad.avsc").contains("bad-value");
        assertThat(problems.get(1).message()).contains("customers-value").contains("local files only");
    }
}
