package org.contractregistry.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.contractregistry.contracts.ResolvedReference;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.maven.subject.Reference;
import org.contractregistry.maven.subject.SubjectSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitBaselineTest {
    @TempDir
    Path repo;

    private Path project;
    private final LevelPolicy levels = new LevelPolicy(Map.of("orders-value", CompatibilityLevel.FULL),
            CompatibilityLevel.BACKWARD);

    static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    @BeforeEach
    void repoWithOneCommit() throws Exception {
        project = repo.resolve("services/orders");
        Files.createDirectories(project.resolve("src/main/proto"));
        Files.writeString(project.resolve("src/main/proto/orders.proto"), "old order");
        Files.writeString(project.resolve("src/main/proto/money.proto"), "old money");
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "v1");
        Files.writeString(project.resolve("src/main/proto/orders.proto"), "new order");
        Files.writeString(project.resolve("src/main/proto/money.proto"), "new money");
        Files.writeString(project.resolve("src/main/proto/refunds.proto"), "brand new");
    }

    private SubjectSpec orders() {
        return new SubjectSpec("orders-value", project.resolve("src/main/proto/orders.proto"), SchemaType.PROTOBUF,
                List.of(new Reference("money.proto", "money.proto", null)), false);
    }

    private SubjectSpec money() {
        return SubjectSpec.of("money.proto", project.resolve("src/main/proto/money.proto"), SchemaType.PROTOBUF);
    }

    @Test
    void readsTheFileAndItsReferencesAtTheRefFromASubfolderOfTheRepo() throws Exception {
        GitBaseline baseline = new GitBaseline(project, "main", List.of(orders(), money()), levels);

        History history = baseline.history(orders()).orElseThrow();

        assertThat(history.priors()).singleElement().satisfies(prior -> {
            assertThat(prior.label()).isEqualTo("main");
            assertThat(prior.source().text()).isEqualTo("old order");
            assertThat(prior.source().references()).extracting(ResolvedReference::text).containsExactly("old money");
        });
        assertThat(history.level()).isEqualTo(CompatibilityLevel.FULL);
        assertThat(history.levelSource()).isEqualTo("configuration");
    }

    @Test
    void aFileThatIsNewSinceTheRefHasNoHistory() throws Exception {
        SubjectSpec refunds = SubjectSpec.of("refunds-value", project.resolve("src/main/proto/refunds.proto"),
                SchemaType.PROTOBUF);
        assertThat(new GitBaseline(project, "main", List.of(refunds), levels).history(refunds)).isEmpty();
    }

    @Test
    void anUnknownRefIsAnErrorNamingIt() {
        GitBaseline baseline = new GitBaseline(project, "origin/nope", List.of(money()), levels);
        assertThatThrownBy(() -> baseline.history(money()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("origin/nope")
                .hasMessageContaining(project.toString());
    }

    @Test
    void aSubjectWithoutOverrideUsesTheDefaultLevel() throws Exception {
        History history = new GitBaseline(project, "HEAD", List.of(money()), levels).history(money()).orElseThrow();
        assertThat(history.level()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(history.levelSource()).isEqualTo("default");
    }
}
