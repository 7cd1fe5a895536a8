package org.contractregistry.maven.subject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.maven.registry.RegistryException;

/**
 * Finds {@code **}{@code /*.avsc} under the Avro folder, {@code **}{@code /*.proto} under the Protobuf folder and
 * {@code **}{@code /*.json} under the JSON Schema folder, and names each file's subject with a {@link SubjectNaming}.
 * A {@code .proto} file imported by another one found here, or a {@code .json} file another one's {@code $ref} names
 * by its relative path, is a reference, registered under that path (Confluent's default reference subject), not a
 * subject of its own.
 */
public final class ConventionDiscovery {
    private static final Pattern IMPORT =
            Pattern.compile("^\\s*import\\s+(?:public\\s+|weak\\s+)?\"([^\"]+)\"\\s*;", Pattern.MULTILINE);
    /** A {@code $ref} to another document (not one starting with {@code #}), up to its fragment. */
    private static final Pattern JSON_REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"#]+)(?:#[^\"]*)?\"");

    private final Path avroDir;
    private final List<Linked> linked;
    private final SubjectNaming naming;

    /** A folder of schema files that name each other by relative path (proto imports, JSON {@code $ref}s). */
    private record Linked(Path dir, SchemaType type, Pattern reference) {
        String pathOf(Path file) {
            return slashed(dir.relativize(file));
        }
    }

    public ConventionDiscovery(Path avroDir, Path protoDir, SubjectNaming naming) {
        this(avroDir, protoDir, null, naming);
    }

    public ConventionDiscovery(Path avroDir, Path protoDir, Path jsonDir, SubjectNaming naming) {
        this.avroDir = avroDir;
        this.linked = List.of(new Linked(protoDir, SchemaType.PROTOBUF, IMPORT),
                new Linked(jsonDir, SchemaType.JSON, JSON_REF));
        this.naming = naming;
    }

    /** What was found, and what could not be named (each a sentence naming the file). */
    public record Discovered(List<SubjectSpec> specs, List<String> problems) {}

    public Discovered discover() throws IOException {
        List<SubjectSpec> files = new ArrayList<>();
        for (Path avsc : list(avroDir, SchemaFiles.extension(SchemaType.AVRO))) {
            files.add(SubjectSpec.of("", avsc, SchemaType.AVRO));
        }
        Set<String> imported = new LinkedHashSet<>();
        for (Linked folder : linked) {
            for (Path file : list(folder.dir(), SchemaFiles.extension(folder.type()))) {
                List<Reference> references = new ArrayList<>();
                for (String path : new LinkedHashSet<>(matches(folder.reference(), Files.readString(file, StandardCharsets.UTF_8)))) {
                    if (Files.isRegularFile(folder.dir().resolve(path)) && !folder.dir().resolve(path).equals(file)) {
                        references.add(new Reference(path, path, null));
                        imported.add(folder.type() + ":" + path);
                    }
                }
                files.add(new SubjectSpec("", file, folder.type(), references, false));
            }
        }
        List<SubjectSpec> named = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // Reference-only specs first, so names resolve for the referrers below.
        for (SubjectSpec file : files) {
            String importPath = referencePath(file);
            if (importPath != null && imported.contains(file.type() + ":" + importPath)) {
                named.add(new SubjectSpec(importPath, file.file(), file.type(), file.references(), true));
            }
        }
        Map<String, Path> taken = new LinkedHashMap<>();
        for (SubjectSpec file : files) {
            String importPath = referencePath(file);
            if (importPath != null && imported.contains(file.type() + ":" + importPath)) {
                continue;
            }
            Optional<String> subject = naming.subjectFor(baseName(file.file()), recordName(file, named));
            if (subject.isEmpty()) {
                problems.add(file.file() + ": " + naming + " needs a record name, and the schema does not parse");
                continue;
            }
            Path earlier = taken.putIfAbsent(subject.get(), file.file());
            if (earlier != null) {
                problems.add(file.file() + ": subject " + subject.get() + " is already taken by " + earlier);
                continue;
            }
            named.add(new SubjectSpec(subject.get(), file.file(), file.type(), file.references(), false));
        }
        return new Discovered(named, problems);
    }

    private Optional<String> recordName(SubjectSpec file, List<SubjectSpec> known) throws IOException {
        if (naming == SubjectNaming.TOPIC_NAME) {
            return Optional.empty();
        }
        try {
            Optional<SchemaSource> source =
                    new SourceAssembler(known, SpecText.WORKING_TREE, RemoteSchemas.NONE).assemble(file);
            return source.map(Contracts::parse)
                    .filter(ParseResult::isValid)
                    .flatMap(parsed -> parsed.orThrow().recordName());
        } catch (RegistryException e) {
            return Optional.empty();
        }
    }

    /** The path other files of its folder name this file by, or null for a file that cannot be a reference. */
    private String referencePath(SubjectSpec file) {
        return linked.stream().filter(l -> l.type() == file.type()).findFirst().map(l -> l.pathOf(file.file()))
                .orElse(null);
    }

    static List<String> imports(String protoText) {
        return matches(IMPORT, protoText);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> imports = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            imports.add(matcher.group(1));
        }
        return imports;
    }

    private static List<Path> list(Path dir, String extension) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted()
                    .toList();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
