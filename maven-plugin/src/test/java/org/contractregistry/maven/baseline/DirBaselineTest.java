package org.contractregistry.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.maven.subject.SubjectSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirBaselineTest {
    @TempDir
    Path project;

    private final LevelPolicy levels = new LevelPolicy(Map.of(), CompatibilityLevel.BACKWARD_TRANSITIVE);

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private SubjectSpec orders() throws IOException {
        return SubjectSpec.of("orders-value", write("src/main/avro/orders.avsc", "current"), SchemaType.AVRO);
    }

    @Test
    void aSubjectFolderHoldsEveryVersionInNumericOrder() throws Exception {
        write("history/orders-value/v10.avsc", "ten");
        write("history/orders-value/v2.avsc", "two");
        write("history/orders-value/v1.avsc", "one");
        write("history/orders-value/notes.txt", "ignored");
        SubjectSpec orders = orders();

        History history = new DirBaseline(project.resolve("history"), project, List.of(orders), levels)
                .history(orders).orElseThrow();

        assertThat(history.priors()).extracting(p -> p.source().text()).containsExactly("one", "two", "ten");
        assertThat(history.priors()).extracting(PriorSchema::version).containsExactly(1, 2, 3);
        assertThat(history.priors()).extracting(PriorSchema::label)
                .containsExactly("orders-value/v1.avsc", "orders-value/v2.avsc", "orders-value/v10.avsc");
        assertThat(history.level()).isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
    }

    @Test
    void aMirroredPathIsOneEarlierVersion() throws Exception {
        write("old/src/main/avro/orders.avsc", "mirrored");
        SubjectSpec orders = orders();
        History history = new DirBaseline(project.resolve("old"), project, List.of(orders), levels)
                .history(orders).orElseThrow();
        assertThat(history.priors()).extracting(p -> p.source().text()).containsExactly("mirrored");
    }

    @Test
    void aFileByNameIsOneEarlierVersion() throws Exception {
        write("flat/orders.avsc", "flat");
        SubjectSpec orders = orders();
        assertThat(new DirBaseline(project.resolve("flat"), project, List.of(orders), levels).history(orders)
                .orElseThrow().priors()).extracting(p -> p.source().text()).containsExactly("flat");
    }

    @Test
    void nothingInTheFolderMeansNoHistory() throws Exception {
        Files.createDirectories(project.resolve("empty"));
        SubjectSpec orders = orders();
        assertThat(new DirBaseline(project.resolve("empty"), project, List.of(orders), levels).history(orders))
                .isEmpty();
    }

    @Test
    void aMissingFolderIsAnError() throws Exception {
        SubjectSpec orders = orders();
        assertThatThrownBy(() -> new DirBaseline(project.resolve("nope"), project, List.of(orders), levels)
                .history(orders)).isInstanceOf(IOException.class).hasMessageContaining("nope");
    }
}
