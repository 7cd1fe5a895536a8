package org.contractregistry.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The rule-per-folder vector layout shared by the formats: {@code vectors/<format>/<rule_id>/<case>.json}. */
public final class VectorFolders {
    private VectorFolders() {}

    public static Path root(String format) {
        try {
            return Path.of(Objects.requireNonNull(
                    VectorFolders.class.getClassLoader().getResource("vectors/" + format)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case file under the root, relative to it, sorted. */
    public static Stream<String> cases(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule of the format has a folder, and every folder but the named extra ones is a rule. */
    public static void assertOneFolderPerRule(Path root, SchemaType type, String... extraFolders) {
        List<String> ruleFolders = Contracts.format(type).rules().stream().map(rule -> rule.id().toLowerCase()).toList();
        try (Stream<Path> dirs = Files.list(root)) {
            List<String> folders = dirs.map(p -> p.getFileName().toString()).toList();
            assertThat(folders).containsAll(ruleFolders);
            assertThat(ruleFolders).containsAll(folders.stream().filter(f -> !List.of(extraFolders).contains(f)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
