package org.contractregistry.maven.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.maven.registry.RegistryException;
import org.contractregistry.maven.subject.RemoteSchemas;
import org.contractregistry.maven.subject.SourceAssembler;
import org.contractregistry.maven.subject.SpecText;
import org.contractregistry.maven.subject.SubjectSpec;

/**
 * A folder of earlier versions. For each subject, in this order:
 * <ol>
 *   <li>{@code <dir>/<subject>/} - every schema file in it is a version, ordered by the number in its name
 *       ({@code v1.avsc, v2.avsc, ..., v10.avsc});</li>
 *   <li>{@code <dir>/<path relative to the project>} - one earlier version;</li>
 *   <li>{@code <dir>/<file name>} - one earlier version.</li>
 * </ol>
 * A referenced file is read from the same folder (its latest version there), else from the working tree.
 */
public final class DirBaseline implements Baseline {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    private final Path dir;
    private final Path projectDir;
    private final List<SubjectSpec> specs;
    private final LevelPolicy levels;

    public DirBaseline(Path dir, Path projectDir, List<SubjectSpec> specs, LevelPolicy levels) {
        this.dir = dir;
        this.projectDir = projectDir;
        this.specs = specs;
        this.levels = levels;
    }

    @Override
    public Optional<History> history(SubjectSpec spec) throws IOException, RegistryException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("baseline folder " + dir + " does not exist");
        }
        List<Path> versions = versionsOf(spec);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        SpecText referenced = other -> {
            List<Path> found = versionsOf(other);
            return found.isEmpty()
                    ? SpecText.WORKING_TREE.read(other)
                    : Optional.of(Files.readString(found.get(found.size() - 1), StandardCharsets.UTF_8));
        };
        List<PriorSchema> priors = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Path file = versions.get(i);
            SpecText thisVersion = other -> other.subject().equals(spec.subject())
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : referenced.read(other);
            SchemaSource source = new SourceAssembler(specs, thisVersion, RemoteSchemas.NONE).assemble(spec)
                    .orElseThrow();
            priors.add(new PriorSchema(i + 1, dir.relativize(file).toString().replace('\\', '/'), source));
        }
        return Optional.of(levels.historyOf(spec.subject(), priors));
    }

    private List<Path> versionsOf(SubjectSpec spec) throws IOException {
        Path perSubject = dir.resolve(safe(spec.subject()));
        if (Files.isDirectory(perSubject)) {
            String extension = org.contractregistry.maven.subject.SchemaFiles.extension(spec.type());
            try (Stream<Path> files = Files.list(perSubject)) {
                return files.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(extension))
                        .sorted(Comparator.comparingLong(DirBaseline::number).thenComparing(Path::toString))
                        .toList();
            }
        }
        Path mirrored = dir.resolve(projectDir.toAbsolutePath().normalize()
                .relativize(spec.file().toAbsolutePath().normalize()).toString());
        if (Files.isRegularFile(mirrored)) {
            return List.of(mirrored);
        }
        Path flat = dir.resolve(spec.file().getFileName().toString());
        return Files.isRegularFile(flat) ? List.of(flat) : List.of();
    }

    private static String safe(String subject) {
        return subject.replace('/', '_').replace(':', '_');
    }

    private static long number(Path file) {
        Matcher matcher = NUMBER.matcher(file.getFileName().toString());
        long last = Long.MAX_VALUE;
        while (matcher.find()) {
            last = Long.parseLong(matcher.group(1).length() > 18 ? "0" : matcher.group(1));
        }
        return last;
    }

    @Override
    public String describe() {
        return "dir:" + dir;
    }
}
